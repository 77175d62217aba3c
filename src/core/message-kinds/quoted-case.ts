/**
 * Which recorded case a quoted message is: a case keeps only a redacted excerpt, so the
 * quoted text is redacted the same way (the same findings masked, the same length) and
 * the excerpts compared — never raw text against raw text.
 */
import type { CaseRecord } from '../cases/index.js';
import type { Finding } from '../types.js';
import { discreet } from '../wording/discreet-text.js';
import { safeExcerpt } from '../wording/excerpt.js';

/** What marks a report case's excerpt as the reported member's quoted words, not the bot's finding. */
export const REPORTED_MESSAGE_MARK = '（被举报的消息）';

/** The quoted text as the admins may read it: redacted like any case's excerpt, personal data never raw. */
export function quotedExcerpt(quoted: string, findings: readonly Finding[]): string {
  return discreet(safeExcerpt(quoted, findings));
}

/** The excerpt a new report of a quoted message stores: the quoted excerpt, marked as reported. */
export function reportedMessageExcerpt(quoted: string, findings: readonly Finding[]): string {
  return `${REPORTED_MESSAGE_MARK}${quotedExcerpt(quoted, findings)}`;
}

/**
 * The newest still-standing case among `cases` (the quoted member's recent ones in the
 * group) whose excerpt is the quoted message's: a violation or soft-mute case of that
 * message, or an earlier member's report of it. `findings` are the quoted text's, found as
 * the group's screening finds them.
 */
export function findQuotedCase(cases: readonly CaseRecord[], quoted: string, findings: readonly Finding[]): CaseRecord | undefined {
  const excerpts = new Set([safeExcerpt(quoted, findings), safeExcerpt(discreet(quoted), []), reportedMessageExcerpt(quoted, findings)].map(discreet));
  return cases
    .filter((c) => c.status !== 'overturned' && c.status !== 'closed')
    .filter((c) => c.kind === 'violation' || c.kind === 'report')
    .filter((c) => excerpts.has(discreet(c.excerpt)))
    .sort((a, b) => a.at - b.at)
    .at(-1);
}
