/** The few facts of a group audit that the admins' texts report, kept apart so wording does not depend on the bot layer. */
import type { MemberLine } from './admin-texts.js';

/** The parts of an audit the texts need. */
export interface AuditResultLike {
  total: number;
  badNicknames: number;
  doubtful: readonly MemberLine[];
}
