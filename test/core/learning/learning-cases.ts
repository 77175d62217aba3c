/** Decided cases for the learning tests, built with the real constructors and transitions. */
import { confirmCase, decideKeep, decideRemoval, openViolationCase, overturnCase, rejectAppeal, appealCase, type CaseRecord } from '../../../src/core/cases/index.js';

let n = 0;

/** A screened case as the bot opens it. */
export function screened(terms: string[], excerpt: string, opts: { categories?: string[]; action?: 'warn' | 'request_removal' | 'review' } = {}): CaseRecord {
  n += 1;
  return openViolationCase(
    { id: `C${n}`, roomId: 'r1', roomTopic: '研发部工作群', memberId: `m${n}`, memberName: '研发部-董浩', at: 1_000 + n },
    { messageId: `msg${n}`, categories: opts.categories ?? ['gambling'], terms, severity: 'high', excerpt, action: opts.action ?? 'warn' },
  );
}

function ok(t: ReturnType<typeof overturnCase>): CaseRecord {
  if (!t.ok) throw new Error(`transition refused: ${t.refusal}`);
  return t.case;
}

const admin = { at: 5_000, by: 'wxid_admin1' };

/** The case overturned by an admin. */
export const overturned = (c: CaseRecord): CaseRecord => ok(overturnCase(c, admin, '误报'));
/** The case confirmed by an admin. */
export const confirmed = (c: CaseRecord): CaseRecord => ok(confirmCase(c, admin));
/** The member removed by case. */
export const removed = (c: CaseRecord): CaseRecord => ok(decideRemoval(c, admin));
/** A pending case whose member is kept: the case stands. */
export const kept = (c: CaseRecord): CaseRecord => ok(decideKeep(c, admin));
/** An appeal by the member, rejected by an admin. */
export const appealRejected = (c: CaseRecord): CaseRecord => ok(rejectAppeal(ok(appealCase(c, { at: 4_000, by: c.memberId }, '我说的是产品')), admin, ''));
