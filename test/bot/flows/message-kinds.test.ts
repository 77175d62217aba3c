/**
 * Issue 11 through the real plugin on the mock puppet: cards, mini-programs,
 * links, forwarded chats, images (real OCR), counted kinds and floods — each
 * kind both ways (what opens a case, and the look-alike that does not).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { renderTextImage } from '../../../src/ocr/render-text-image.js';
import type { SandboxShared } from '../../../src/sandbox/sandbox-puppet.js';
import { dmsTo, policyWith, startWorld, texts, warmUpScreening, type World } from './harness.js';

const base = policyWith();
beforeAll(() => warmUpScreening(base));

let world: World | null = null;
afterEach(async () => {
  await world?.stop();
  world = null;
});

async function start(overrides: Record<string, unknown> = {}): Promise<World> {
  world = await startWorld({ policy: Object.keys(overrides).length ? policyWith(overrides) : base });
  return world;
}

const cases = (w: World) => w.store.cases.byMember(w.sim.roomId, 'u1', 0);

describe('shared cards, mini-programs and links', () => {
  it.each<[string, Record<string, unknown>, Exclude<SandboxShared, { kind: 'chat_history' }>, string[] | null]>([
    ['a stranger’s card (roster_only) is traffic diversion', {}, { kind: 'card', contactId: 'wxid_stranger01', name: '王总' }, ['ads']],
    ['a colleague on the roster (部门-姓名) is fine', {}, { kind: 'card', contactId: 'wxid_colleague02', name: '销售部-何静' }, null],
    ['a card of a group member is fine', {}, { kind: 'card', contactId: 'u2', name: '销售部-何静' }, null],
    ['under cards: deny every card is a case', { cards: 'deny' }, { kind: 'card', contactId: 'u2', name: '销售部-何静' }, ['ads']],
    ['under cards: allow a stranger’s card is fine', { cards: 'allow' }, { kind: 'card', contactId: 'wxid_stranger01', name: '王总' }, null],
    ['a mini-program promoting gambling', {}, { kind: 'mini_program', title: '在线赌场', description: '点击进入' }, ['gambling']],
    ['an innocent mini-program', {}, { kind: 'mini_program', title: '会议室预订', description: '行政部出品' }, null],
    ['mini_programs: deny makes any mini-program a case', { mini_programs: 'deny' }, { kind: 'mini_program', title: '会议室预订', description: '' }, ['ads']],
    ['a link to a denied domain', { links: { deny: ['spam.example'] } }, { kind: 'link', url: 'https://m.spam.example/a', title: '周末活动', description: '' }, ['url']],
    ['a link to an internal domain, whatever deny says', { links: { deny: ['*'], internal: ['corp.example'] } }, { kind: 'link', url: 'https://wiki.corp.example/x', title: '周报模板', description: '' }, null],
    ['a look-alike domain is not the denied one', { links: { deny: ['spam.example'] } }, { kind: 'link', url: 'https://notspam.example/a', title: '周末活动', description: '' }, null],
    ['a link whose description leaks a mobile number', {}, { kind: 'link', url: 'https://example.com/a', title: '联系方式', description: '电话 13812345678' }, ['cn_mobile']],
  ])('%s', async (_name, overrides, item, categories) => {
    const w = await start(overrides);
    await w.sim.share('u1', item);
    const opened = await cases(w);
    if (categories === null) expect(opened).toEqual([]);
    else {
      expect(opened.map((c) => c.categories)).toEqual([categories]);
      expect(dmsTo(w.actions, 'u1').join('\n')).toContain(opened[0]!.id);
    }
  });
});

describe('forwarded chat history', () => {
  it('a forwarded record that leaks is a case naming that record, not the forwarder', async () => {
    const w = await start();
    await w.sim.forwardChat('u1', [
      { name: '王五', text: '明天开会' },
      { name: '赵六', text: '这是绝密报价，别外传' },
    ]);
    const [opened, ...rest] = await cases(w);
    expect(rest).toEqual([]);
    expect(opened!.categories).toEqual(['confidential']);
    expect(opened!.excerpt).toContain('转发的聊天记录中“赵六”');
    expect(dmsTo(w.actions, 'u1').join('\n')).toContain('转发的聊天记录中，“赵六”的消息涉及');
  });

  it('an innocent forwarded chat opens no case', async () => {
    const w = await start();
    await w.sim.forwardChat('u1', [{ name: '王五', text: '明天开会' }, { name: '赵六', text: '收到' }]);
    expect(await cases(w)).toEqual([]);
  });
});

describe('counted kinds', () => {
  it.each([types.Message.Audio, types.Message.Video, types.Message.RedEnvelope, types.Message.Transfer])('type %s is counted, never a case', async (type) => {
    const w = await start();
    await w.sim.deliver('message', () => {
      w.sim.puppet.mocker.MessageMock.create({ id: `counted-${type}`, talkerId: 'u1', roomId: w.sim.roomId, mentionIdList: [], timestamp: w.clock.now(), type, text: '绝密 13812345678' } as never);
      w.sim.puppet.emit('message', { messageId: `counted-${type}` });
    });
    expect(await cases(w)).toEqual([]);
    expect(w.logs.some((l) => l.msg === 'counted, not screened' && l.messageId === `counted-${type}`)).toBe(true);
  });
});

describe('floods', () => {
  it('the same text more than `repeats` times is one flood case with one notice', async () => {
    const w = await start();
    for (let i = 0; i < 6; i++) {
      await w.say('u1', '大家好，看看这个');
      await w.advance(2_000);
    }
    const opened = await cases(w);
    expect(opened.map((c) => c.categories)).toEqual([['flood']]);
    expect(opened[0]!.excerpt).toContain('同一内容发送 4 次');
    expect(dmsTo(w.actions, 'u1')).toHaveLength(1);
  });

  it('different messages under the limit are no flood', async () => {
    const w = await start();
    for (let i = 0; i < 10; i++) {
      await w.say('u1', `第 ${i} 条进度：已完成`);
      await w.advance(2_000);
    }
    expect(await cases(w)).toEqual([]);
  });

  it('an exempt member is never a flood', async () => {
    const w = await start();
    await w.say('u1', '你好');
    await w.store.members.update(w.sim.roomId, 'u1', { exempt: true });
    for (let i = 0; i < 6; i++) await w.say('u1', '大家好，看看这个');
    expect(await cases(w)).toEqual([]);
  });
});

// OCR runs the compiled worker (dist/src/ocr/ocr-worker.js): `npm test` builds first.
describe('images (OCR)', { timeout: 120_000 }, () => {
  afterAll(async () => {
    await world?.stop();
  });

  it('a screenshot showing a mobile number is a case that says so and never repeats the text', async () => {
    const w = await start();
    await w.sim.sayImage('u1', renderTextImage({ lines: ['客户电话 13812345678', '请尽快联系'] }));
    const [opened, ...rest] = await cases(w);
    expect(rest).toEqual([]);
    expect(opened!.categories).toEqual(['cn_mobile']);
    expect(opened!.excerpt).toBe('（图片中含“手机号”，图片文字不保存）');
    const all = texts(w.actions).join('\n');
    expect(all).toContain('发送的图片中含“手机号”');
    expect(all).not.toContain('13812345678');
    expect(all).not.toContain('客户电话');
  });

  it('an innocent screenshot opens no case', async () => {
    const w = await start();
    await w.sim.sayImage('u1', renderTextImage({ lines: ['下午三点开会', '地点 三楼会议室'] }));
    expect(await cases(w)).toEqual([]);
    expect(w.logs.some((l) => l.msg === 'image read')).toBe(true);
  });

  it('images: off reads no image', async () => {
    const w = await start({ images: 'off' });
    await w.sim.sayImage('u1', renderTextImage({ lines: ['客户电话 13812345678'] }));
    expect(await cases(w)).toEqual([]);
    expect(w.logs.some((l) => l.msg === 'image read')).toBe(false);
  });
});
