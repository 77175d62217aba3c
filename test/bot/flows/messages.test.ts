/**
 * Screened messages through the real plugin on the mock puppet: the escalation
 * ladder, the window, admin alerts, what the bot may never repeat, files and
 * links, duplicate deliveries, members the bot cannot message, extreme input.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BotAction } from '../../../src/sandbox/simulation.js';
import { dmsTo, HOUR, MINUTE, removals, roomSays, startWorld, t, texts, warmUpScreening, type World } from './harness.js';

beforeAll(() => warmUpScreening(), 60_000);

const GAMBLING = '周末一起去赌博吗';
const ID_NUMBER = '11010519491231002X';
const BANK_CARD = '6222 0212 3456 7890 128';
const MOBILE = '138 1234 5678';
const EMAIL = 'lisi.test@example.com';

/** Says something, then lets the outbox pace it out (a minute of simulated time). */
async function sayAndDeliver(w: World, who: string, text: string): Promise<BotAction[]> {
  const mark = w.mark();
  await w.say(who, text);
  await w.advance(MINUTE);
  return w.since(mark);
}

const caseOf = async (w: World, index: number) => (await w.store.cases.byRoom(w.sim.roomId)).filter((c) => c.kind === 'violation')[index];

describe('the escalation ladder', { timeout: 30_000 }, () => {
  it.each([
    { owner: 'bot', third: 'remove' as const },
    { owner: 'u2', third: 'request_removal' as const },
  ])('warn → warn_and_notify → $third when the group owner is $owner', async ({ owner, third }) => {
    const w = await startWorld({ room: { id: 'room1', topic: '销售部工作群', owner } });
    const admins = owner === 'bot' ? ['admin1'] : ['admin1', owner];

    const first = await sayAndDeliver(w, 'u1', GAMBLING);
    expect(await caseOf(w, 0)).toMatchObject({ id: 'C1', memberId: 'u1', action: 'warn', status: 'open', categories: ['gambling'] });
    expect(dmsTo(first, 'u1')).toEqual([expect.stringContaining('已记录为案件 C1')]);
    expect(dmsTo(first, 'u1')[0]).toContain('这是 1天 内第 1 次，再违规 1 次将警告并通知管理员。');
    expect(roomSays(first)).toEqual([expect.objectContaining({ mentions: ['u1'], text: expect.stringContaining('案件 C1') })]);
    for (const a of admins) expect(dmsTo(first, a)).toEqual([]); // gambling is not notify_always

    const second = await sayAndDeliver(w, 'u1', GAMBLING);
    expect(await caseOf(w, 1)).toMatchObject({ id: 'C2', action: 'warn_and_notify' });
    expect(roomSays(second)[0]!.text).toContain('已通知管理员');
    for (const a of admins) expect(dmsTo(second, a)).toEqual([expect.stringContaining('处理：警告并通知管理员')]);

    const third_ = await sayAndDeliver(w, 'u1', GAMBLING);
    const room = await w.sim.wechaty.Room.find({ id: w.sim.roomId });
    const memberIds = (await room!.memberAll()).map((c) => c.id);
    if (third === 'remove') {
      expect(await caseOf(w, 2)).toMatchObject({ id: 'C3', action: 'remove', status: 'open' });
      expect(roomSays(third_)[0]!.text).toContain('将移出本群');
      expect(removals(third_)).toEqual([expect.objectContaining({ room: w.sim.roomId, member: 'u1' })]);
      expect(third_.findIndex((a) => a.kind === 'remove')).toBeGreaterThan(third_.findIndex((a) => a.kind === 'room_say'));
      expect(memberIds).not.toContain('u1');
      for (const a of admins) expect(dmsTo(third_, a)).toEqual([expect.stringContaining('处理：移出群聊')]);
    } else {
      expect(await caseOf(w, 2)).toMatchObject({ id: 'C3', action: 'request_removal', status: 'pending_decision' });
      expect(roomSays(third_)[0]!.text).toContain('已提请管理员处理');
      expect(removals(third_)).toEqual([]);
      expect(memberIds).toContain('u1');
      for (const a of admins) {
        expect(dmsTo(third_, a)).toEqual([expect.stringContaining('处理：提请管理员移出')]);
        expect(dmsTo(third_, a)[0]).toContain('#移出 C3');
      }
    }
    await w.stop();
  });

  it('cases older than escalation.window (1d) stop counting', async () => {
    const w = await startWorld();
    const timeline: [string, string, number][] = [
      ['2026-11-23 09:30', 'warn', 1],
      ['2026-11-23 10:00', 'warn_and_notify', 2],
      ['2026-11-24 09:45', 'warn_and_notify', 2], // Monday 09:30 has expired, Monday 10:00 still counts
      ['2026-11-25 12:00', 'warn', 1], // everything earlier is more than a day old
    ];
    for (const [at, action, count] of timeline) {
      await w.advanceTo(t(at));
      const acts = await sayAndDeliver(w, 'u1', GAMBLING);
      const c = (await w.store.cases.byMember(w.sim.roomId, 'u1')).at(-1)!;
      expect({ at, action: c.action }).toEqual({ at, action });
      expect(dmsTo(acts, 'u1')[0]).toContain(`这是 1天 内第 ${count} 次`);
    }
    await w.stop();
  });

  it.each([
    { category: 'confidential', text: '这份是绝密文件，别外传', alert: true },
    { category: 'cn_id', text: `客户身份证 ${ID_NUMBER} 发你了`, alert: true },
    { category: 'bank_card', text: `打款到卡号 ${BANK_CARD}`, alert: true },
    { category: 'gambling', text: GAMBLING, alert: false },
    { category: 'cn_mobile', text: `有事打我电话 ${MOBILE}`, alert: false },
    { category: 'email', text: `简历发 ${EMAIL}`, alert: false },
  ])('a first $category case alerts the admins: $alert (notify_always)', async ({ category, text, alert }) => {
    const w = await startWorld();
    const acts = await sayAndDeliver(w, 'u1', text);
    expect(await caseOf(w, 0)).toMatchObject({ action: 'warn', categories: [category] });
    const alerts = dmsTo(acts, 'admin1');
    expect(alerts).toHaveLength(alert ? 1 : 0);
    if (alert) expect(alerts[0]).toMatch(/^【群管家·违规】C1 销售部工作群\n成员：销售部-李四（1天内第 1 次）/);
    await w.stop();
  });
});

describe('what the bot never repeats', { timeout: 30_000 }, () => {
  const rawForms = (value: string): string[] => [value, value.replace(/[\s-]/g, '')];

  it('personal data never appears unredacted in any bot action, case or log line', async () => {
    const w = await startWorld();
    const messages: [string, string][] = [
      ['u1', `客户身份证 ${ID_NUMBER} 发你了`],
      ['u1', `打款到卡号 ${BANK_CARD}`],
      ['u2', `有事打我电话 ${MOBILE}，或者 +86 13812345678`],
      ['u2', `简历发 ${EMAIL}`],
      ['u3', `身份证 ${ID_NUMBER}，卡号 ${BANK_CARD}，电话 ${MOBILE}`], // u3 cannot be written to: all goes in the group
    ];
    for (const [who, text] of messages) await sayAndDeliver(w, who, text);
    expect(await w.store.cases.byRoom(w.sim.roomId)).toHaveLength(messages.length);
    const sent = texts(w.actions).join('\n');
    const stored = JSON.stringify(await w.store.cases.byRoom(w.sim.roomId));
    const logged = JSON.stringify(w.logs);
    for (const value of [ID_NUMBER, BANK_CARD, MOBILE, '13812345678', EMAIL]) {
      for (const form of rawForms(value)) {
        expect(sent).not.toContain(form);
        expect(stored).not.toContain(form);
        expect(logged).not.toContain(form);
      }
    }
    expect(sent).toContain('110105********002X'); // the admins see what kind of data it was, redacted
    await w.stop();
  });

  it.each([
    { what: 'a confidential message', text: '客户名单发你了：华东区报价一律八折，代号青鸟', secret: ['客户名单', '华东区报价一律八折', '代号青鸟'] },
    { what: 'confidential and ads together', text: '兼职刷单的客户名单在这，华东区报价一律八折', secret: ['客户名单', '华东区报价一律八折', '刷单'] },
    { what: 'confidential and an ID number', text: `绝密文件：${ID_NUMBER} 的薪资明细`, secret: ['绝密文件', ID_NUMBER, '薪资明细'] },
  ])('$what is never repeated to the group, the member or the admins', async ({ text, secret }) => {
    const w = await startWorld();
    const acts = await sayAndDeliver(w, 'u1', text);
    expect(dmsTo(acts, 'admin1')).toHaveLength(1); // confidential is notify_always
    expect(dmsTo(acts, 'admin1')[0]).toContain('摘要：（含保密内容，原文不保存）');
    for (const body of texts(acts)) for (const s of secret) expect(body).not.toContain(s);
    expect((await caseOf(w, 0))!.excerpt).toBe('（含保密内容，原文不保存）');
    await w.stop();
  });
});

describe('what gets screened', { timeout: 30_000 }, () => {
  it.each([
    { kind: 'file', name: '客户名单2026.xlsx', category: 'confidential' },
    { kind: 'file', name: '绝密-三季度预算.pdf', category: 'confidential' },
    { kind: 'file', name: '2026年11月周报.docx', category: null },
    { kind: 'link', name: '兼职刷单日结，稳赚不赔', category: 'ads' },
    { kind: 'link', name: '行业周刊', description: '周末线上赌博平台推荐', category: 'gambling' },
    { kind: 'link', name: '行业周刊：新能源汽车销量分析', category: null },
  ])('a $kind named “$name” → case: $category', async ({ kind, name, description, category }) => {
    const w = await startWorld();
    const mark = w.mark();
    if (kind === 'file') await w.sayFile('u1', name);
    else await w.sayLink('u1', name, description);
    await w.advance(MINUTE);
    const cases = await w.store.cases.byRoom(w.sim.roomId);
    if (category === null) {
      expect(cases).toEqual([]);
      expect(w.since(mark)).toEqual([]);
    } else {
      expect(cases).toEqual([expect.objectContaining({ categories: [category], memberId: 'u1' })]);
      expect(roomSays(w.since(mark))).toEqual([expect.objectContaining({ mentions: ['u1'], text: expect.stringContaining('案件 C1') })]);
      if (category === 'confidential') for (const body of texts(w.since(mark))) expect(body).not.toContain(name);
    }
    await w.stop();
  });
});

describe('delivery quirks and extreme input', { timeout: 60_000 }, () => {
  it.each([
    { when: 'at once', gap: 0 },
    { when: 'an hour later, after other messages', gap: HOUR },
  ])('the same message delivered twice ($when) makes one case', async ({ gap }) => {
    const w = await startWorld();
    await sayAndDeliver(w, 'u1', GAMBLING);
    const id = w.messageIds.at(-1)!;
    if (gap) {
      await w.advance(gap);
      await sayAndDeliver(w, 'u2', '下午的会改到三点');
    }
    const mark = w.mark();
    await w.redeliver(id);
    await w.advance(MINUTE);
    expect(w.messageIds.filter((m) => m === id)).toHaveLength(2); // the bot really got it twice
    expect(await w.store.cases.byRoom(w.sim.roomId)).toHaveLength(1);
    expect((await w.store.cases.findByMessageId(id))?.id).toBe('C1');
    expect(w.since(mark)).toEqual([]);
    expect(w.logs.some((l) => l.msg === 'duplicate delivery ignored' && l.messageId === id)).toBe(true);
    await w.stop();
  });

  it.each([
    { who: 'u3', friend: false },
    { who: 'u1', friend: true },
  ])('a member the bot can write to privately: $friend → the appeal hint goes to the group only when it cannot', async ({ who, friend }) => {
    const w = await startWorld();
    const acts = await sayAndDeliver(w, who, GAMBLING);
    const warning = roomSays(acts)[0]!;
    expect(warning.mentions).toEqual([who]);
    expect(warning.text).toContain('案件 C1');
    if (friend) {
      expect(warning.text).not.toContain('#申诉');
      expect(dmsTo(acts, who)).toEqual([expect.stringContaining('#申诉 C1 理由')]);
    } else {
      expect(warning.text).toContain('这是 1天 内第 1 次。再违规 1 次将警告并通知管理员。如有异议，发送“#申诉 C1 理由”。');
      expect(acts.filter((a) => a.kind === 'dm' && a.to === who)).toEqual([]);
      expect(w.logs.some((l) => l.msg.includes('cannot be messaged privately') && l.memberId === who)).toBe(true);
    }
    await w.stop();
  });

  it('a 1 MB message with one planted term makes exactly one case; a clean 1 MB message and an emoji-only one make none', async () => {
    const w = await startWorld();
    const filler = '项目进度正常，下周继续推进，请大家按时提交周报。\n';
    const half = filler.repeat(Math.ceil(512 * 1024 / filler.length));
    const planted = `${half}这份是绝密文件${half}`;
    expect(planted.length).toBeGreaterThan(1024 * 1024);
    const mark = w.mark();
    await w.say('u1', half + half);
    await w.say('u2', '😀🎉👍🏻👨‍👩‍👧‍👦🇨🇳');
    await w.say('u1', planted);
    await w.advance(MINUTE);
    const cases = await w.store.cases.byRoom(w.sim.roomId);
    expect(cases).toEqual([expect.objectContaining({ memberId: 'u1', categories: ['confidential'], excerpt: '（含保密内容，原文不保存）' })]);
    for (const body of texts(w.since(mark))) expect(body.length).toBeLessThan(1000);
    expect(w.logs.filter((l) => l.level >= 50)).toEqual([]);
    const after = await sayAndDeliver(w, 'u2', GAMBLING); // and the bot goes on
    expect(roomSays(after)).toEqual([expect.objectContaining({ mentions: ['u2'] })]);
    await w.stop();
  });
});
