/**
 * Issue 9 item 7 with real processes: the built bot (`qunguard start`) on a mock puppet
 * service, killed with SIGKILL while its messages are unconfirmed (the service leaves the
 * sends hanging). A case and its queued jobs, the audit's nickname reminder and the start-up
 * pending-decision reminder are each on disk with their "done" mark; a restart sends each
 * of them exactly once, opens no second case, marks nothing twice, and a further restart
 * sends nothing. A message confirmed before the kill is not sent again.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { mock } from 'wechaty-puppet-mock';
import { startMockPuppetService, type MockPuppetService, type SendPolicy, type SendRequest } from '../sandbox/mock-puppet-service.js';
import { requireBuild, ROOT, startCli, type StartProcess } from '../sandbox/start-cli.js';
import { openStore } from '../../src/store/index.js';
import { readFolderOnDisk } from '../support/data-folder.js';
import { openViolationCase } from '../../src/core/cases/index.js';

const TOKEN = 'insecure_5d8e2f1a-7b3c-4e9d-a6f0-1c2b3d4e5f60';
const BOT = 'wxid_kt_bot';
const ROOM = 'kt-sales@chatroom';
const OWNER = 'wxid_kt_zhangsan';
const OFFENDER = 'wxid_kt_lisi';
const MISNAMED = 'wxid_kt_wangwu';

/** A sales group the bot does not own: 张三 owns it (so is its admin), 王五 has no department in his nickname. */
function salesGroup(mocker: mock.Mocker): void {
  for (const [id, name] of [[OWNER, '销售部-张三'], [OFFENDER, '销售部-李四'], ['wxid_kt_mali', '市场部-马丽'], [MISNAMED, '王五']] as const) {
    mocker.createContact({ id, name, friend: true });
  }
  mocker.createRoom({ id: ROOM, topic: '销售部工作群', ownerId: OWNER, memberIdList: [BOT, OWNER, OFFENDER, 'wxid_kt_mali', MISNAMED] });
}

/** What the data folder holds, read as a second program would after the crash. */
interface OnDisk {
  caseIds: string[];
  /** How many times the case's history says the admins were reminded of it. */
  reminders(caseId: string): number;
  /** The outbox journal: jobs not confirmed sent. */
  journal: Array<{ kind: string; to: string; text: string; mentionIds: string[] }>;
  lastRemindedAt(memberId: string): number | null | undefined;
}

function onDisk(data: string): OnDisk {
  const doc = readFolderOnDisk(data);
  const { members, cases } = doc;
  const journal = Object.entries(doc.state)
    .filter(([key]) => key.startsWith('outbox.job.'))
    .map(([, value]) => (value as { job: { kind: string; contactId?: string; roomId?: string; text: string; mentionIds?: string[] } }).job)
    .map((job) => ({ kind: job.kind, to: job.contactId ?? job.roomId ?? '', text: job.text, mentionIds: job.mentionIds ?? [] }));
  return {
    caseIds: cases.map((c) => c.id),
    reminders: (caseId) => cases.find((c) => c.id === caseId)?.history.filter((e) => e.type === 'reminded').length ?? 0,
    journal,
    lastRemindedAt: (memberId) => members.find((m) => m.roomId === ROOM && m.memberId === memberId)?.['lastRemindedAt'] as number | null | undefined,
  };
}

let dir: string;
const services: MockPuppetService[] = [];
const bots: StartProcess[] = [];
beforeAll(requireBuild);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qunguard-outbox-kill-'));
});
afterEach(async () => {
  for (const bot of bots.splice(0)) if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
  for (const service of services.splice(0)) await service.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh puppet service for one run of the bot: the same account, group and people every time. */
async function service(sendMode: SendPolicy): Promise<MockPuppetService> {
  const s = await startMockPuppetService(TOKEN, '群管家机器人', { botId: BOT, world: salesGroup, sendMode });
  services.push(s);
  return s;
}

/** `qunguard start` on the service, keeping its data in `data` (and reading `policy`, the shipped default unless given). */
function startBot(on: MockPuppetService, data: string, policy?: string): StartProcess {
  const bot = startCli({
    cwd: dir,
    env: {
      WECHATY_PUPPET: 'wechaty-puppet-service',
      WECHATY_PUPPET_SERVICE_TOKEN: TOKEN,
      WECHATY_PUPPET_SERVICE_ENDPOINT: on.endpoint,
      WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT: 'true',
      QUNGUARD_DATA_DIR: data,
      ...(policy ? { QUNGUARD_POLICY: policy } : {}),
    },
    keepStdinOpen: true,
  });
  bots.push(bot);
  return bot;
}

/** Kills the bot as a crash would: no handler runs, nothing is flushed. */
async function crash(bot: StartProcess): Promise<void> {
  bot.child.kill('SIGKILL');
  expect((await bot.done).signal).toBe('SIGKILL');
}

/** Stops the bot cleanly (SIGINT) and returns its JSON log messages. */
async function stop(bot: StartProcess): Promise<string[]> {
  bot.child.kill('SIGINT');
  const run = await bot.done;
  expect(run.code).toBe(0);
  return logMessages(run.stdout);
}

function logMessages(stdout: string): string[] {
  return stdout.trim().split('\n').map((l) => (JSON.parse(l) as { msg: string }).msg);
}

/** Polls the data file until `test` holds (the bot writes in the background); fails after a while with what it saw. */
async function diskUntil(data: string, test: (d: OnDisk) => boolean): Promise<OnDisk> {
  let last: OnDisk | null = null;
  for (let i = 0; i < 300; i++) {
    try {
      last = onDisk(data);
      if (test(last)) return last;
    } catch {
      // not written yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the data file never got there; last seen: ${JSON.stringify(last?.journal)}`);
}

/** The delivered sends that carry a journaled job: same conversation, its text inside (a mention prefix or a merge may surround it). */
function deliveriesOf(sends: readonly SendRequest[], job: OnDisk['journal'][number]): SendRequest[] {
  return sends.filter((s) => s.outcome === 'delivered' && s.conversationId === job.to && s.text.includes(job.text));
}

describe('kill -9 of the real bot with messages in its outbox (issue 9 item 7)', { timeout: 180_000 }, () => {
  it('a case recorded and its warnings queued but unsent: after the crash a restart sends each exactly once, and the nickname reminder queued with its mark goes out once', async () => {
    const data = join(dir, 'data');
    // Run 1: WeChat takes every send and never answers.
    const first = await service('hang');
    const bot1 = startBot(first, data);
    await bot1.waitFor(/"msg":"bot added to group"/);
    first.mocker.ContactMock.load(OFFENDER).say('周末一起去赌博吗').to(first.mocker.RoomMock.load(ROOM));
    await bot1.waitFor(/"caseId":"C1".*"msg":"case opened"/);
    // The member's notice is being sent: the outbox made its jobs durable before calling the puppet.
    await first.waitForSend((s) => s.conversationId === OFFENDER && s.text.includes('C1'));
    await crash(bot1);
    expect(first.sends.every((s) => s.outcome === 'hung')).toBe(true);

    const crashed = onDisk(data);
    expect(crashed.caseIds).toEqual(['C1']);
    const toOffender = crashed.journal.filter((j) => j.to === OFFENDER && j.text.includes('C1'));
    expect(toOffender).toHaveLength(1);
    const reminder = crashed.journal.filter((j) => j.to === ROOM && j.mentionIds.includes(MISNAMED));
    expect(reminder).toHaveLength(1);
    // The reminder's mark is on disk with the job: set, yet the reminder is still to be sent.
    const remindedAt = crashed.lastRemindedAt(MISNAMED);
    expect(remindedAt).toEqual(expect.any(Number));
    // Unconfirmed too: the group greeting and the group's rule reminder of C1 (the room's lane waits behind the greeting),
    // and the owner's "bot joined" note.
    expect(crashed.journal.map((j) => j.to).sort()).toEqual([ROOM, ROOM, ROOM, OFFENDER, OWNER].sort());
    expect(crashed.journal.filter((j) => j.to === ROOM && j.text.includes('赌博') && j.mentionIds.length === 0 && !j.text.includes('群管家'))).toHaveLength(1);

    // Run 2: WeChat works again.
    const second = await service('deliver');
    const bot2 = startBot(second, data);
    for (const job of crashed.journal) await second.waitForSend((s) => deliveriesOf([s], job).length > 0);
    const settled = await diskUntil(data, (d) => d.journal.length === 0);
    const log2 = await stop(bot2);
    for (const job of crashed.journal) expect(deliveriesOf(second.sends, job), job.text).toHaveLength(1);
    expect(second.sends.map((s) => s.text)).toEqual([...new Set(second.sends.map((s) => s.text))]);
    expect(log2).toContain('unconfirmed outbox jobs after restart');
    expect(log2).not.toContain('case opened');
    expect(settled.caseIds).toEqual(['C1']);
    expect(onDisk(data).journal).toEqual([]);
    // Sent on the restart, and not reminded a second time: the mark still says the first run.
    expect(onDisk(data).lastRemindedAt(MISNAMED)).toBe(remindedAt);

    // Run 3, a clean restart: nothing was left to send, and nothing is sent again.
    const third = await service('deliver');
    const bot3 = startBot(third, data);
    await bot3.waitFor(/"msg":"members audited"/);
    const log3 = await stop(bot3);
    expect(log3).not.toContain('unconfirmed outbox jobs after restart');
    expect(third.sends).toEqual([]);
  });

  it('a notice confirmed sent just before the crash is not sent again; what was still unconfirmed is, once', async () => {
    const data = join(dir, 'data');
    // Run 1: only the member's private notice gets through; the group and the admin never answer.
    const first = await service((s) => (s.conversationId === OFFENDER ? 'deliver' : 'hang'));
    const bot1 = startBot(first, data);
    await bot1.waitFor(/"msg":"bot added to group"/);
    first.mocker.ContactMock.load(OFFENDER).say('周末一起去赌博吗').to(first.mocker.RoomMock.load(ROOM));
    const notice = await first.waitForSend((s) => s.conversationId === OFFENDER && s.text.includes('C1'));
    expect(notice.outcome).toBe('delivered');
    // Confirmed: its journal entry is gone on disk, while the others are still there.
    const before = await diskUntil(data, (d) => d.caseIds.includes('C1') && !d.journal.some((j) => j.to === OFFENDER));
    expect(before.journal.length).toBeGreaterThan(0);
    await crash(bot1);
    const crashed = onDisk(data);
    expect(crashed.journal.some((j) => j.to === OFFENDER)).toBe(false);

    const second = await service('deliver');
    const bot2 = startBot(second, data);
    for (const job of crashed.journal) await second.waitForSend((s) => deliveriesOf([s], job).length > 0);
    await diskUntil(data, (d) => d.journal.length === 0);
    await stop(bot2);
    expect(second.sends.filter((s) => s.conversationId === OFFENDER)).toEqual([]);
    for (const job of crashed.journal) expect(deliveriesOf(second.sends, job), job.text).toHaveLength(1);
    expect(onDisk(data).caseIds).toEqual(['C1']);
  });

  it('a scheduled reminder killed between "queued" and "sent" goes out once after the restart, and is marked once', async () => {
    // The shipped policy with reminders at any hour, so the start-up reminder run does not depend on the wall clock.
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, `${readFileSync(join(ROOT, 'policies/default.yaml'), 'utf8').replaceAll('../dictionaries/', `${ROOT}dictionaries/`)}\nwork_hours: null\n`);
    const data = join(dir, 'data');
    // Run 0 meets the group; then a removal request two days old waits for the admins.
    const meet = await service('deliver');
    const bot0 = startBot(meet, data, policy);
    await bot0.waitFor(/"msg":"bot added to group"/);
    await diskUntil(data, (d) => d.journal.length === 0);
    await stop(bot0);
    const store = await openStore(data);
    const caseId = await store.cases.nextCaseId();
    const subject = { id: caseId, roomId: ROOM, roomTopic: '销售部工作群', memberId: OFFENDER, memberName: '销售部-李四', at: Date.now() - 2 * 86_400_000 };
    await store.cases.add(openViolationCase(subject, { messageId: 'kt-seed-1', categories: ['gambling'], terms: ['赌博'], severity: 'high', excerpt: '周末一起去**吗', action: 'request_removal' }));
    await store.flush();
    await store.close();

    // Run 1: the start-up reminder run queues the reminder to the owner; WeChat never answers.
    const first = await service('hang');
    const bot1 = startBot(first, data, policy);
    await first.waitForSend((s) => s.conversationId === OWNER && s.text.includes('待决定') && s.text.includes(caseId));
    await crash(bot1);
    const crashed = onDisk(data);
    // The mark and the job are on disk together: marked, and still to be sent.
    expect(crashed.reminders(caseId)).toBe(1);
    expect(crashed.journal.filter((j) => j.to === OWNER && j.text.includes(caseId))).toHaveLength(1);

    const second = await service('deliver');
    const bot2 = startBot(second, data, policy);
    await second.waitForSend((s) => s.conversationId === OWNER && s.text.includes(caseId));
    await diskUntil(data, (d) => d.journal.length === 0);
    const log2 = await stop(bot2);
    expect(log2).toContain('unconfirmed outbox jobs after restart');
    expect(second.sends.filter((s) => s.text.includes('待决定'))).toHaveLength(1);
    expect(onDisk(data).reminders(caseId)).toBe(1);
  });
});
