import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import pg_ from 'pg';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMigrate } from '../../../src/cli/migrate-command.js';
import { monthKey } from '../../../src/store/archive.js';
import { DAY, makeCase, NOW } from '../fixtures.js';
import { writeLowdbFolder } from './lowdb-folder.js';
import { usePostgres } from './pg-harness.js';
import { TEST_PASSWORD } from '../../support/postgres-server.js';

const pg = usePostgres();

async function withClient<T>(url: string, work: (c: pg_.Client) => Promise<T>): Promise<T> {
  const client = new pg_.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function migrate(args: { from?: string; to?: string; json?: boolean }, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on('data', (c: Buffer) => chunks.out.push(c));
  err.on('data', (c: Buffer) => chunks.err.push(c));
  const code = await runMigrate(args, out, err, env);
  return { code, stdout: Buffer.concat(chunks.out).toString(), stderr: Buffer.concat(chunks.err).toString() };
}

describe('qunguard migrate --from <lowdb folder> --to postgres://…', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qunguard-migrate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('moves the hot file and the archive, checks the counts, and the store then serves them', async () => {
    const folder = await writeLowdbFolder(dir);
    const url = await pg.freshDatabase();
    const run = await migrate({ from: dir, to: url, json: true });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(true);
    expect(report.to).not.toContain(TEST_PASSWORD);
    const total = folder.distinctCases;
    expect(report.counts).toEqual({
      cases: { source: total, moved: total, inDatabase: total },
      members: { source: 12, moved: 12, inDatabase: 12 },
      rooms: { source: 4, moved: 4, inDatabase: 4 },
      seen: { source: 3, moved: 3, inDatabase: 3 },
      state: { source: 2, moved: 2, inDatabase: 2 },
      audit: { source: 4, moved: 4, inDatabase: 4 },
    });
    expect(report.archivedCases).toBe(folder.archivedCases.length - 1);
    expect(report.nextCaseId).toBe(`C${folder.nextCase}`);

    const store = await pg.open(url);
    expect(store.migrationsRun).toEqual([]);
    expect((await store.cases.all()).map((c) => c.id)).toHaveLength(total);
    // The hot copy of the case in both places won, and it is hot.
    const both = folder.hotCases.at(-1)!;
    expect((await store.cases.get(both.id))?.excerpt).toBe('……热数据中的版本……');
    // Archived cases are not in the hot queries.
    expect(await store.cases.get('C1')).toBeUndefined();
    // The free-text history of an old file arrived typed.
    expect((await store.cases.get(`C${folder.archivedCases.length + 1}`))?.history).toEqual([
      { type: 'opened', at: expect.any(Number), by: 'bot', action: 'warn' },
      { type: 'reminded', at: expect.any(Number), by: 'wxid_admin1' },
    ]);
    expect((await store.cases.findByMessageId('msg-3'))?.id).toBe(`C${folder.archivedCases.length + 4}`);
    expect((await store.cases.pending()).length).toBe(folder.hotCases.filter((c) => c.status === 'pending_decision').length);
    expect((await store.members.list()).length).toBe(11);
    expect(await store.seen.markSeen('msg-b')).toBe(false);
    expect((await store.audit.list()).map((a) => a.action)).toEqual(['dict_add', 'pause', 'warn', 'pardon']);
    expect(await store.cases.nextCaseId()).toBe(`C${folder.nextCase}`);
  });

  it('moves nothing twice when run again, and keeps what the bot wrote since', async () => {
    await writeLowdbFolder(dir);
    const url = await pg.freshDatabase();
    expect((await migrate({ from: dir, to: url })).code).toBe(0);
    const store = await pg.open(url);
    await store.members.update('room0', 'u0', { nickname: '销售部-新昵称' });
    const again = await migrate({ from: dir, to: url, json: true });
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    for (const c of Object.values(report.counts) as Array<{ source: number; moved: number; inDatabase: number }>) {
      expect(c.moved).toBe(0);
      expect(c.inDatabase).toBe(c.source);
    }
    expect((await store.members.get('room0', 'u0'))?.nickname).toBe('销售部-新昵称');
    const text = await migrate({ from: dir, to: url });
    expect(text.stdout).toContain('本次没有新增');
    expect(text.stdout).toContain('数据库结构：已是最新');
  });

  it('prints a Chinese summary without the password', async () => {
    await writeLowdbFolder(dir);
    const run = await migrate({ from: dir, to: await pg.freshDatabase() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/案件：源数据 70（其中归档 39），本次迁入 70，已在数据库 0，核对 70\/70 ✓/);
    expect(run.stdout).toContain('数据库结构：已执行 1 个升级步骤（版本 1）');
    expect(run.stdout).toContain('下一个案件编号：C75');
    expect(run.stdout).toContain('核对通过');
    expect(run.stdout).not.toContain(TEST_PASSWORD);
  });

  it('skips an unreadable archive line, says so, and still moves the rest', async () => {
    await writeLowdbFolder(dir);
    await appendFile(join(dir, 'archive', `cases-${monthKey(NOW - 80 * DAY)}.jsonl`), `{"id":"C999","broken":true}\n${JSON.stringify(makeCase({ id: 'C500', at: NOW - 80 * DAY, status: 'closed' }))}\n`);
    const run = await migrate({ from: dir, to: await pg.freshDatabase(), json: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('归档中的一行无法读取');
    expect(JSON.parse(run.stdout).counts.cases.source).toBe(71);
    expect(JSON.parse(run.stdout).nextCaseId).toBe('C501');
  });

  it('rolls everything back and exits 1 when the database does not end up holding what the folder does', async () => {
    await writeLowdbFolder(dir);
    const url = await pg.freshDatabase();
    await pg.open(url);
    // A rule on the database side that silently drops one group: the count check must notice.
    await withClient(url, (c) =>
      c.query(`CREATE FUNCTION drop_room2() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.room_id = 'room2' THEN RETURN NULL; END IF; RETURN NEW; END $$;
               CREATE TRIGGER drop_room2 BEFORE INSERT ON rooms FOR EACH ROW EXECUTE FUNCTION drop_room2();`),
    );
    const run = await migrate({ from: dir, to: url, json: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('迁移核对失败');
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, counts: { rooms: { source: 4, inDatabase: 3 } } });
    const store = await pg.open(url);
    expect(await store.cases.all()).toEqual([]);
    expect(await store.rooms.list()).toEqual([]);
    expect(await store.cases.nextCaseId()).toBe('C1');
  });

  it('refuses, changing nothing, when the database already gives the folder\'s case numbers to other cases', async () => {
    await writeLowdbFolder(dir);
    const url = await pg.freshDatabase();
    const store = await pg.open(url);
    // The bot ran on the new database first and numbered its own cases from C1.
    await store.cases.add(makeCase({ id: 'C1', at: NOW + DAY, roomId: 'roomX' }));
    await store.cases.add(makeCase({ id: 'C2', at: NOW + DAY, roomId: 'roomX' }));
    const run = await migrate({ from: dir, to: url });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('编号相同但内容不同的案件（C1、C2）');
    expect((await store.cases.all()).map((c) => c.id)).toEqual(['C1', 'C2']);
    expect(await store.rooms.list()).toEqual([]);
  });

  it('counts a member listed twice in the hot file once, as the lowdb store reads it', async () => {
    await writeLowdbFolder(dir, { hot: 1, archived: 0 });
    const file = join(dir, 'qunguard.json');
    const doc = JSON.parse(await readFile(file, 'utf8'));
    doc.members.push({ ...doc.members[0], nickname: '后来的昵称' });
    await writeFile(file, JSON.stringify(doc));
    const url = await pg.freshDatabase();
    const run = await migrate({ from: dir, to: url, json: true });
    expect(JSON.parse(run.stdout).counts.members).toEqual({ source: 12, moved: 12, inDatabase: 12 });
    expect((await (await pg.open(url)).members.get(doc.members[0].roomId, doc.members[0].memberId))?.nickname).toBe('后来的昵称');
  });

  it('counts an audit entry left in both the hot file and the archive (a crash mid-archive) once', async () => {
    await writeLowdbFolder(dir, { hot: 1, archived: 1 });
    const file = join(dir, 'qunguard.json');
    const doc = JSON.parse(await readFile(file, 'utf8'));
    const archived = (await readFile(join(dir, 'archive', `audit-${monthKey(NOW - 60 * DAY)}.jsonl`), 'utf8')).split('\n')[0]!;
    doc.audit.push(JSON.parse(archived));
    await writeFile(file, JSON.stringify(doc));
    const url = await pg.freshDatabase();
    const run = await migrate({ from: dir, to: url, json: true });
    expect(JSON.parse(run.stdout).counts.audit).toEqual({ source: 4, moved: 4, inDatabase: 4 });
    expect((await (await pg.open(url)).audit.list()).map((a) => a.action)).toEqual(['dict_add', 'pause', 'warn', 'pardon']);
  });

  it('takes the URL from QUNGUARD_DATABASE_URL when --to is not given', async () => {
    await writeLowdbFolder(dir, { hot: 2, archived: 1 });
    const run = await migrate({ from: dir, json: true }, { QUNGUARD_DATABASE_URL: await pg.freshDatabase() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).counts.cases.moved).toBe(3);
  });

  it.each([
    ['no --from', () => ({ to: 'postgres://qg:s3cret@127.0.0.1:1/qunguard' }), /需要 --from/],
    ['a folder that does not exist', () => ({ from: join(dir, 'nope'), to: 'postgres://qg:s3cret@127.0.0.1:1/qunguard' }), /数据目录不存在/],
    ['an empty folder', () => ({ from: dir, to: 'postgres://qg:s3cret@127.0.0.1:1/qunguard' }), /没有 qunguard.json/],
    ['a URL that is not PostgreSQL', () => ({ from: dir, to: 'mysql://qg:s3cret@127.0.0.1/qunguard' }), /postgres:\/\//],
  ])('exits 2 with a clear message for %s, never showing the password', async (_label, args, message) => {
    const run = await migrate(args());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain('s3cret');
    expect(run.stdout).toBe('');
  });

  it('exits 2 when the database cannot be reached, without the password', async () => {
    await writeLowdbFolder(dir, { hot: 1, archived: 0 });
    const url = (await pg.freshDatabase()).replace(encodeURIComponent(TEST_PASSWORD), 'Wr0ng-Secret-9');
    const run = await migrate({ from: dir, to: url });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法打开数据库');
    expect(run.stderr).not.toContain('Wr0ng-Secret-9');
  });

  it('exits 2 for a corrupt hot file and changes nothing', async () => {
    await writeLowdbFolder(dir, { hot: 1, archived: 1 });
    await appendFile(join(dir, 'qunguard.json'), '}}');
    const url = await pg.freshDatabase();
    const run = await migrate({ from: dir, to: url });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不是有效的 JSON');
    expect(await (await pg.open(url)).cases.all()).toEqual([]);
  });
});
