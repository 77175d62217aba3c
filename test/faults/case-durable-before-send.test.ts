/**
 * The promise `store.atomically` keeps (issue 8 item 6): a case and the notices it
 * queues become durable together, before anything is sent. On the lowdb store, through
 * the real plugin: no write of the hot file ever holds a new case without its notices,
 * and at the moment each job reaches the platform the file already holds its case and
 * the job's journal entry.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxJob } from '../../src/bot/outbox/index.js';
import { openStore } from '../../src/store/index.js';
import { readFolderOnDisk } from '../support/data-folder.js';
import { startWorld, warmUpScreening } from '../bot/flows/harness.js';

beforeAll(() => warmUpScreening(), 60_000);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface OnDisk {
  cases: { id: string }[];
  state: Record<string, { job?: { text?: string; context?: Record<string, unknown> } }>;
}

const read = (file: string): OnDisk => readFolderOnDisk(dirname(file)) as unknown as OnDisk;
const journal = (disk: OnDisk) => Object.entries(disk.state).filter(([key]) => key.startsWith('outbox.job.')).map(([, kept]) => kept.job ?? {});

describe('a case and its notices', { timeout: 60_000 }, () => {
  it('are on disk, together, before the first of them is sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qunguard-durable-'));
    dirs.push(dir);
    const seen: { caseId: string; caseOnDisk: boolean; jobOnDisk: boolean }[] = [];
    const file = join(dir, 'qunguard.json');
    const onSend = (job: OutboxJob): null => {
      const caseId = job.context?.['caseId'];
      if (typeof caseId !== 'string' || job.kind === 'remove') return null;
      const disk = read(file);
      seen.push({ caseId, caseOnDisk: disk.cases.some((c) => c.id === caseId), jobOnDisk: journal(disk).some((kept) => kept.text === job.text) });
      return null;
    };
    // Every write, as it lands: a case seen for the first time must come with the jobs it queued.
    const firstSeen = new Map<string, number>();
    const onWrite = (): void => {
      const disk = read(file);
      const jobs = journal(disk);
      for (const c of disk.cases) if (!firstSeen.has(c.id)) firstSeen.set(c.id, jobs.filter((j) => j.context?.['caseId'] === c.id).length);
    };
    // No write delay: a background write gets every chance to land in the middle of recording a case.
    const w = await startWorld({ store: await openStore(dir, { writeDelayMs: 0, onWrite }), failSend: onSend });
    await w.say('u1', '周末一起去赌博吗');
    await w.advance(5_000);
    await w.say('u1', '周末一起去赌博吗，真的');
    await w.advance(5_000);
    expect([...firstSeen.keys()]).toEqual(['C1', 'C2']);
    expect([...firstSeen.values()].every((jobs) => jobs > 0)).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.filter((s) => !s.caseOnDisk || !s.jobOnDisk)).toEqual([]);
    await w.stop();
    await w.store.close();
  });
});
