import { Converter } from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { Carrier } from './chat-corpus.js';
import type { Rng } from './prng.js';

/** The ways people disguise a term so a plain keyword filter misses it. */
export const EVASION_KINDS = ['separators', 'emoji', 'zero-width', 'full-width', 'traditional', 'pinyin', 'traditional+separators'] as const;

/** One of EVASION_KINDS. */
export type EvasionKind = (typeof EVASION_KINDS)[number];

/** A message carrying a disguised term; a hit is a finding for `term`. */
export interface EvasionMessage {
  text: string;
  term: string;
  kind: EvasionKind;
}

const SEPARATORS = [' ', '*', '.', '-', '_', '/', '|', '~', '、', '·', '  ', '**'];
const EMOJI = ['😀', '🔥', '💰', '👉', '❤️', '🙏', '⭐', '🎉', '🌹', '👍🏻'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const FULL_WIDTH_SEPARATORS = ['\u3000', '＊', '．', '－', '＿'];
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const CJK_ONLY = /^[\u3400-\u9fff]+$/;

/** Every applicable disguise of the term in its carrier; kinds that cannot change the term are skipped. */
export function evasionsOf(term: string, carrier: Carrier, rng: Rng): EvasionMessage[] {
  const out: EvasionMessage[] = [];
  const put = (kind: EvasionKind, disguised: string, wholeText?: string): void => {
    out.push({ kind, term, text: wholeText ?? carrier.prefix + disguised + carrier.suffix });
  };
  const chars = [...term];
  if (chars.length >= 2) {
    put('separators', interleave(chars, () => rng.pick(SEPARATORS)));
    put('emoji', interleave(chars, () => rng.pick(EMOJI)));
    put('zero-width', interleave(chars, () => rng.pick(INVISIBLE)));
  }
  if (/[a-z0-9]/i.test(term)) put('full-width', toFullWidth(rng.chance(0.5) ? term.toUpperCase() : term));
  else if (chars.length >= 2) put('full-width', interleave(chars, () => rng.pick(FULL_WIDTH_SEPARATORS)));
  const traditional = toTraditional(term);
  if (traditional !== term) {
    put('traditional', traditional, toTraditional(carrier.prefix + term + carrier.suffix));
    const spaced = interleave([...traditional], () => rng.pick(SEPARATORS));
    put('traditional+separators', spaced, toTraditional(carrier.prefix) + spaced + toTraditional(carrier.suffix));
  }
  if (CJK_ONLY.test(term)) put('pinyin', pinyinSpelling(term, rng));
  return out;
}

function interleave(chars: string[], separator: () => string): string {
  return chars.map((c, i) => (i === 0 ? c : separator() + c)).join('');
}

function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function pinyinSpelling(term: string, rng: Rng): string {
  const syllables = pinyin(term, { toneType: 'none', type: 'array', v: true });
  const roll = rng.next();
  if (roll < 0.5) return syllables.join('');
  if (roll < 0.75) return syllables.join(' ');
  const capitalised = syllables.map((s) => s.charAt(0).toUpperCase() + s.slice(1));
  return roll < 0.9 ? capitalised.join('') : syllables.join('').toUpperCase();
}
