import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/core/records.js';
import { MemoryArchive, monthKey, type ArchiveKind, type Timed } from '../../src/store/archive.js';
import { storedCaseSchema } from '../../src/store/document.js';
import { JsonlArchive, type BadArchiveLine } from '../../src/store/jsonl-archive.js';
import { openStore } from '../../src/store/lowdb-store.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { DAY, makeCase, NOW } from './fixtures.js';
import { useTempDir } from '../support/temp-dir.js';

describe('monthKey', () => {
  it.each([
    ['2026-10-31T15:59:59Z', '2026-10'],
    ['2026-10-31T16:00:00Z', '2026-11'],
    ['2026-12-31T23:00:00+08:00', '2026-12'],
    ['2027-01-01T00:00:00+08:00', '2027-01'],
  ])('%s is filed under %s (China time)', (iso, month) => {
    expect(monthKey(Date.parse(iso))).toBe(month);
  });
});

describe('JsonlArchive', () => {
  const tmp = useTempDir();
  let archive: JsonlArchive;
  beforeEach(() => {
    archive = new JsonlArchive(tmp.dir);
  });

  const at = (iso: string) => Date.parse(iso);
  const ids = (cs: CaseRecord[]) => cs.map((c) => c.id);

  it('files cases by month in China time and reads back a range', async () => {
    await archive.append('cases', [
      makeCase({ id: 'C1', at: at('2026-10-31T15:59:59Z') }),
      makeCase({ id: 'C2', at: at('2026-10-31T16:00:00Z') }),
      makeCase({ id: 'C3', at: at('2026-12-05T12:00:00+08:00') }),
    ]);
    expect((await readdir(tmp.dir)).sort()).toEqual(['cases-2026-10.jsonl', 'cases-2026-11.jsonl', 'cases-2026-12.jsonl']);
    expect(ids(await archive.read('cases', storedCaseSchema))).toEqual(['C1', 'C2', 'C3']);
    expect(ids(await archive.read('cases', storedCaseSchema, at('2026-11-01T00:00:00+08:00')))).toEqual(['C2', 'C3']);
    expect(ids(await archive.read('cases', storedCaseSchema, undefined, at('2026-12-01T00:00:00+08:00')))).toEqual(['C1', 'C2']);
  });

  it('opens only the months asked for', async () => {
    const skipped: BadArchiveLine[] = [];
    const watched = new JsonlArchive(tmp.dir, (bad) => skipped.push(bad));
    await writeFile(join(tmp.dir, 'cases-2020-01.jsonl'), 'not json\n');
    await watched.append('cases', [makeCase({ id: 'C1' })]);
    expect(ids(await watched.read('cases', storedCaseSchema, NOW - DAY))).toEqual(['C1']);
    expect(skipped).toEqual([]);
    expect(ids(await watched.read('cases', storedCaseSchema))).toEqual(['C1']);
    expect(skipped.map((b) => `${b.file}:${b.line}`)).toEqual([`${join(tmp.dir, 'cases-2020-01.jsonl')}:1`]);
  });

  it.each([
    ['not JSON', '{"id":\n', '不是有效的 JSON'],
    ['the wrong shape', '{"id":"C9"}\n', '内容结构不符合预期'],
    ['an empty line', '\n', '空行'],
  ])('a middle line that is %s is skipped and reported with its file and line; the rest is read (issue 9 item 11)', async (_label, bad, problem) => {
    const skipped: BadArchiveLine[] = [];
    const watched = new JsonlArchive(tmp.dir, (b) => skipped.push(b));
    const file = join(tmp.dir, `cases-${monthKey(NOW)}.jsonl`);
    await writeFile(file, JSON.stringify(makeCase({ id: 'C1' })) + '\n' + bad + JSON.stringify(makeCase({ id: 'C2' })) + '\n');
    expect(ids(await watched.read('cases', storedCaseSchema))).toEqual(['C1', 'C2']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ file, line: 2 });
    expect(skipped[0]!.problem).toContain(problem);
  });

  it('skips a torn last line (an append cut short) and cuts it off before the next append', async () => {
    await archive.append('cases', [makeCase({ id: 'C1' })]);
    const file = join(tmp.dir, `cases-${monthKey(NOW)}.jsonl`);
    await appendFile(file, JSON.stringify(makeCase({ id: 'C2' })).slice(0, 40));
    expect(ids(await archive.read('cases', storedCaseSchema))).toEqual(['C1']);
    await archive.append('cases', [makeCase({ id: 'C3' })]);
    const lines = (await readFile(file, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => (JSON.parse(l) as CaseRecord).id)).toEqual(['C1', 'C3']);
  });
});

describe('archiving through the store', () => {
  const tmp = useTempDir();

  it('a crash between the archive append and the hot write leaves one copy of each case', async () => {
    const a = await openStore(tmp.dir);
    const old = makeCase({ id: 'C1', at: NOW - 60 * DAY, status: 'closed' });
    await a.cases.add(old);
    await a.close();
    // First half of archive() happened, the hot document was never rewritten.
    await new JsonlArchive(join(tmp.dir, 'archive')).append('cases', [old]);

    const b = await openStore(tmp.dir);
    expect(await b.cases.get('C1')).toBeDefined();
    expect(ids(await b.cases.all())).toEqual(['C1']);
    await b.archive(NOW);
    expect(await b.cases.get('C1')).toBeUndefined();
    expect(ids(await b.cases.all())).toEqual(['C1']);
    await b.close();
  });

  it('a case changed while it was being archived stays hot, and its new state wins', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    class SlowArchive extends MemoryArchive {
      override async append(kind: ArchiveKind, records: readonly Timed[]): Promise<void> {
        await gate;
        return super.append(kind, records);
      }
    }
    const store = createMemoryStore({ archive: new SlowArchive() });
    await store.cases.add(makeCase({ id: 'C1', at: NOW - 60 * DAY, status: 'closed' }));
    await store.cases.add(makeCase({ id: 'C2', at: NOW - 60 * DAY, status: 'closed' }));
    const running = store.archive(NOW);
    await store.cases.update('C2', { status: 'overturned' });
    release();
    expect(await running).toEqual({ cases: 1, audit: 0 });
    expect(await store.cases.get('C1')).toBeUndefined();
    expect((await store.cases.get('C2'))?.status).toBe('overturned');
    expect((await store.cases.all()).map((c) => [c.id, c.status])).toEqual([
      ['C1', 'closed'],
      ['C2', 'overturned'],
    ]);
  });
});

const ids = (cs: CaseRecord[]) => cs.map((c) => c.id);
