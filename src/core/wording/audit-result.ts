import type { MemberLine } from './admin-texts.js';

/** The parts of an audit the texts need. */
export interface AuditResultLike {
  total: number;
  badNicknames: number;
  doubtful: readonly MemberLine[];
}
