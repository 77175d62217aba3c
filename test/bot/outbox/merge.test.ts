import { describe, expect, it } from 'vitest';
import type { RoomSayJob } from '../../../src/bot/outbox/job.js';
import { canMerge, MergedSay } from '../../../src/bot/outbox/merge.js';

const job = (text: string, mentionIds: string[] = [], extra: Partial<RoomSayJob> = {}): RoomSayJob => ({
  kind: 'room_say',
  roomId: 'r1',
  text,
  mentionIds,
  mergeKey: 'warning',
  ...extra,
});

describe('canMerge', () => {
  it.each<[string, RoomSayJob, boolean]>([
    ['same room and key', job('b'), true],
    ['other key', job('b', [], { mergeKey: 'other' }), false],
    ['no key', job('b', [], { mergeKey: undefined }), false],
    ['other room', job('b', [], { roomId: 'r2' }), false],
    ['with an image', job('b', [], { image: { path: 'a.png' } }), false],
    ['another shared head (a later reminder after a first one)', job('b', [], { head: '提醒：' }), false],
  ])('%s -> %s', (_name, next, expected) => {
    expect(canMerge(job('a'), next)).toBe(expected);
  });
});

describe('MergedSay', () => {
  it.each<[string, [string, string[]][], string, string[]]>([
    ['one job is returned unchanged', [['a\na', ['u1']]], 'a\na', ['u1']],
    ['texts joined by newlines', [['a', []], ['b', []]], 'a\nb', []],
    ['each notice kept whole, even when it shares lines with another', [['a\nb', []], ['b\nc', []], ['a', []]], 'a\nb\nb\nc\na', []],
    ['a notice identical to one already queued is said once', [['a\nb', []], ['a\nb', []]], 'a\nb', []],
    ['blank lines are kept', [['a\n\nb', []], ['c\n\nd', []]], 'a\n\nb\nc\n\nd', []],
    ['mentions united in first-seen order', [['a', ['u2', 'u1']], ['a', ['u1', 'u3']]], 'a', ['u2', 'u1', 'u3']],
  ])('%s', (_name, parts, text, mentions) => {
    const [first, ...rest] = parts.map(([t, m]) => job(t, m));
    const merged = new MergedSay(first as RoomSayJob);
    for (const j of rest) merged.add(j);
    const out = merged.build();
    expect(out.text).toBe(text);
    expect(out.mentionIds).toEqual(mentions);
    expect(merged.count).toBe(parts.length);
  });

  it('says the shared head and tail once around every job\'s own part', () => {
    const merged = new MergedSay(job('张三：请改为“销售部-张三”。', ['u1'], { head: '请以下成员修改群昵称：', tail: '修改方法：群聊设置。' }));
    merged.add(job('李四：请改为“销售部-李四”。', ['u2'], { head: '请以下成员修改群昵称：', tail: '修改方法：群聊设置。' }));
    const out = merged.build();
    expect(out.text).toBe('请以下成员修改群昵称：\n张三：请改为“销售部-张三”。\n李四：请改为“销售部-李四”。\n修改方法：群聊设置。');
    expect(out).not.toHaveProperty('head');
    expect(out).not.toHaveProperty('tail');
  });

  it('two "warn and tell the admins" warnings keep each member\'s "已通知管理员。"', () => {
    const merged = new MergedSay(job('销售部-李四，你的消息违反群规（案件 C1）。\n已通知管理员。', ['u1']));
    merged.add(job('销售部-王五，你的消息违反群规（案件 C2）。\n已通知管理员。', ['u2']));
    expect(merged.build().text.match(/已通知管理员。/g)).toHaveLength(2);
  });

  it('does not mutate the jobs it merges', () => {
    const a = job('a', ['u1']);
    const merged = new MergedSay(a);
    merged.add(job('b', ['u2']));
    merged.build();
    expect(a).toEqual(job('a', ['u1']));
  });
});
