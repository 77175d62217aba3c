import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseRecord } from '../../../src/core/records.js';
import { monthKey } from '../../../src/store/archive.js';
import { DAY, makeAudit, makeCase, makeMember, makeRoom, NOW } from '../fixtures.js';

/** What a written lowdb folder holds, to compare the database with. */
export interface LowdbFolder {
  hotCases: CaseRecord[];
  archivedCases: CaseRecord[];
  /** Cases counted once (one sits in both the hot file and the archive). */
  distinctCases: number;
  nextCase: number;
}

/**
 * Writes a lowdb data folder the way the embedded store lays it out (the documented
 * format, written directly): `qunguard.json` (hot document, version 1, one case with
 * free-text history as files written before events were typed) and monthly JSONL
 * archive files under `archive/`, including one case that sits in both places.
 */
export async function writeLowdbFolder(dir: string, scale = { hot: 30, archived: 40 }): Promise<LowdbFolder> {
  const archivedCases = Array.from({ length: scale.archived }, (_, i) =>
    makeCase({ id: `C${i + 1}`, at: NOW - (90 - (i % 50)) * DAY, status: i % 3 === 0 ? 'overturned' : 'closed', roomId: `room${i % 4}`, memberId: `u${i % 7}` }),
  );
  const hotCases = Array.from({ length: scale.hot }, (_, i) =>
    makeCase({ id: `C${scale.archived + i + 1}`, at: NOW - (i % 20) * DAY, status: i % 5 === 0 ? 'pending_decision' : 'open', roomId: `room${i % 4}`, memberId: `u${i % 7}`, messageId: `msg-${i}` }),
  );
  // Written before case events were typed: read (and migrated) by the hot file's reader.
  const legacy = { ...hotCases[0]!, history: [{ at: hotCases[0]!.at, by: 'bot', what: 'opened: warn' }, { at: hotCases[0]!.at + 1, by: 'wxid_admin1', what: 'reminded twice' }] };
  // A crash mid-archive left the last archived case in the hot file too (the hot copy wins).
  const last = archivedCases.at(-1);
  const both = last ? [{ ...last, excerpt: '……热数据中的版本……' }] : [];
  const hotAudit = [makeAudit({ at: NOW - DAY, action: 'pardon' }), makeAudit({ at: NOW - 2 * DAY, action: 'warn', target: 'C42' })];
  const archivedAudit = [makeAudit({ at: NOW - 60 * DAY, action: 'pause' }), makeAudit({ at: NOW - 61 * DAY, action: 'dict_add', target: null, note: '新增词条' })];
  const doc = {
    version: 1,
    nextCase: scale.archived + scale.hot + 5,
    cases: [legacy, ...hotCases.slice(1), ...both],
    members: Array.from({ length: 12 }, (_, i) => makeMember({ memberId: `u${i}`, roomId: `room${i % 4}`, left: i === 3 })),
    rooms: Array.from({ length: 4 }, (_, i) => makeRoom({ roomId: `room${i}`, topic: `第${i}工作群` })),
    seen: ['msg-a', 'msg-b', 'msg-c'],
    state: { 'digest.lastSentAt': NOW - DAY, 'outbox.job.1': { text: '提醒' } },
    audit: hotAudit,
  };
  await mkdir(join(dir, 'archive'), { recursive: true });
  await writeFile(join(dir, 'qunguard.json'), JSON.stringify(doc, null, 2));
  await writeJsonl(join(dir, 'archive'), 'cases', archivedCases);
  await writeJsonl(join(dir, 'archive'), 'audit', archivedAudit);
  return { hotCases: [...hotCases, ...both], archivedCases, distinctCases: scale.archived + scale.hot, nextCase: doc.nextCase };
}

async function writeJsonl(dir: string, kind: string, records: Array<{ at: number }>): Promise<void> {
  const byMonth = new Map<string, string[]>();
  for (const r of records) byMonth.set(monthKey(r.at), [...(byMonth.get(monthKey(r.at)) ?? []), JSON.stringify(r)]);
  for (const [month, lines] of byMonth) await writeFile(join(dir, `${kind}-${month}.jsonl`), `${lines.join('\n')}\n`);
}
