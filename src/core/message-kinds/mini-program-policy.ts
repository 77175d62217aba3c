/**
 * The policy `mini_programs` rule: a shared mini-program is screened by its title and description, and under `deny` is
 * also an `ads` finding of low severity.
 */
import { KIND_POLICY_SEVERITY, type KindScreening } from './kind-screening.js';

/** Policy `mini_programs`: allowed (their text is still screened) or denied outright. */
export type MiniProgramRule = 'allow' | 'deny';

/** The policy default: mini-programs are allowed and screened like text. */
export const DEFAULT_MINI_PROGRAM_RULE: MiniProgramRule = 'allow';

/** A mini-program shared in a group, as far as its card shows. */
export interface SharedMiniProgram {
  title: string;
  description: string;
}

/**
 * Screens a mini-program card: its title and description (one line each) are
 * the text to screen; under `deny` the card is also an `ads` finding of low
 * severity on its title (or on its description when it has no title).
 */
export function screenMiniProgram(program: SharedMiniProgram, rule: MiniProgramRule): KindScreening {
  const title = program.title.trim();
  const description = program.description.trim();
  const text = [title, description].filter((s) => s !== '').join('\n');
  if (rule === 'allow') return { text, findings: [] };
  const end = title ? title.length : text.length;
  return { text, findings: [{ category: 'ads', severity: KIND_POLICY_SEVERITY, term: 'mini_program', match: text.slice(0, end), start: 0, end, source: 'detector' }] };
}
