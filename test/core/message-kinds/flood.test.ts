import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOOD_POLICY, FloodDetector, type FloodInput, type FloodPolicy } from '../../../src/core/message-kinds/flood.js';
import { repeatKey } from '../../../src/core/message-kinds/repeat-key.js';

const T0 = Date.parse('2026-11-23T09:00:00+08:00');
const S = 1000;

/** One step: seconds after T0, who, what. */
type Step = [seconds: number, member: string, text: string, room?: string];

/** The verdict kinds for a sequence of messages; 'flood:messages' etc. for a new case. */
function run(steps: Step[], policy: FloodPolicy = DEFAULT_FLOOD_POLICY): string[] {
  const detector = new FloodDetector();
  return steps.map(([seconds, memberId, text, roomId = 'room1']) => {
    const input: FloodInput = { roomId, memberId, text, at: T0 + seconds * S };
    const verdict = detector.observe(input, policy);
    return verdict.kind === 'flood' ? `flood:${verdict.reason}` : verdict.kind;
  });
}

const distinct = (n: number, every: number, member = 'u1'): Step[] => Array.from({ length: n }, (_, i) => [i * every, member, `第${i}条消息`]);
const same = (n: number, every: number, text = '加我微信领红包', member = 'u1', from = 0): Step[] => Array.from({ length: n }, (_, i) => [from + i * every, member, text]);
const normals = (n: number): string[] => Array(n).fill('normal');

describe('FloodDetector: too many messages', () => {
  it.each<[string, Step[], string[]]>([
    ['a busy but normal member: 10 messages in a minute', distinct(10, 5), normals(10)],
    ['the 11th message within the window opens one case', distinct(11, 5), [...normals(10), 'flood:messages']],
    ['the rest of the burst is ongoing, not more cases', distinct(15, 3), [...normals(10), 'flood:messages', 'ongoing', 'ongoing', 'ongoing', 'ongoing']],
    ['11 messages spread over more than the window are no flood', distinct(11, 6.1), normals(11)],
    ['two members interleaved, 8 each, are no flood', [...distinct(8, 5, 'u1'), ...distinct(8, 5, 'u2')].sort((a, b) => a[0] - b[0]), normals(16)],
    ['one member in two rooms, 8 each, is no flood', [...distinct(8, 5).map((s): Step => [s[0], s[1], s[2], 'room1']), ...distinct(8, 5).map((s): Step => [s[0] + 0.5, s[1], s[2], 'room2'])], normals(16)],
    ['images and stickers (no text) count as messages', same(11, 3, ''), [...normals(10), 'flood:messages']],
  ])('%s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });
});

describe('FloodDetector: the same text repeated', () => {
  it.each<[string, Step[], string[]]>([
    ['3 identical messages are allowed', same(3, 5), normals(3)],
    ['the 4th identical message opens one case', same(4, 5), [...normals(3), 'flood:repeats']],
    ['a 5th and 6th are ongoing', same(6, 5), [...normals(3), 'flood:repeats', 'ongoing', 'ongoing']],
    ['copies differing in spaces, punctuation, width and script are the same text', [[0, 'u1', '加我微信'], [5, 'u1', '加 我 微信！！'], [10, 'u1', '加我微信，'], [15, 'u1', '加我微信 😀'], [20, 'u1', '加我微信']], [...normals(3), 'flood:repeats', 'ongoing']],
    ['full-width and traditional copies are the same text', [[0, 'u1', 'VX：ABC123'], [5, 'u1', 'ｖｘ:abc123'], [10, 'u1', 'Vx abc123'], [15, 'u1', 'vx-ABC123']], [...normals(3), 'flood:repeats']],
    ['4 different short replies are no flood', [[0, 'u1', '好的'], [5, 'u1', '收到'], [10, 'u1', '明白'], [15, 'u1', '好的，马上']], normals(4)],
    ['empty texts (images) never count as repeats', same(5, 5, ''), normals(5)],
    ['3 copies, then the window passes: the 4th copy is no flood', [...same(3, 5), [70, 'u1', '加我微信领红包']], normals(4)],
    ['4 copies by 4 different members are no flood', [[0, 'u1', '收到'], [1, 'u2', '收到'], [2, 'u3', '收到'], [3, 'u4', '收到']], normals(4)],
    ['a normal message inside the burst does not end it: the next copy is still ongoing', [...same(4, 5), [25, 'u1', '会议几点？'], [30, 'u1', '加我微信领红包']], [...normals(3), 'flood:repeats', 'ongoing', 'ongoing']],
  ])('%s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });
});

describe('FloodDetector: one case per burst', () => {
  it('after the burst ends (the window passes), a new burst is a new case', () => {
    const steps: Step[] = [...same(4, 5), ...same(4, 5, '加我微信领红包', 'u1', 200)];
    expect(run(steps)).toEqual([...normals(3), 'flood:repeats', ...normals(3), 'flood:repeats']);
  });

  it('a member who keeps flooding for ten minutes is one case', () => {
    const verdicts = run(distinct(200, 3));
    expect(verdicts.filter((v) => v.startsWith('flood'))).toHaveLength(1);
    expect(verdicts.filter((v) => v === 'ongoing')).toHaveLength(189);
  });

  it('the case says when the burst started, how big it was, and carries a low-severity flood finding', () => {
    const detector = new FloodDetector();
    const verdicts = same(4, 5).map(([s, memberId, text]) => detector.observe({ roomId: 'room1', memberId, text, at: T0 + s * S }, DEFAULT_FLOOD_POLICY));
    expect(verdicts[3]).toEqual({
      kind: 'flood',
      reason: 'repeats',
      count: 4,
      since: T0,
      finding: { category: 'flood', severity: 'low', term: 'flood_repeats', match: '', start: 0, end: 0, source: 'detector' },
    });
    expect(detector.observe({ roomId: 'room1', memberId: 'u1', text: 'x', at: T0 + 21 * S }, DEFAULT_FLOOD_POLICY)).toEqual({ kind: 'ongoing', since: T0 });
  });
});

describe('FloodDetector: policy per call (per-group overrides)', () => {
  it.each<[string, FloodPolicy, Step[], string[]]>([
    ['a stricter group: 3 messages within 10s', { messages: 3, withinMs: 10 * S, repeats: 5, severity: 'low' }, distinct(4, 2), [...normals(3), 'flood:messages']],
    ['a looser group: 5 repeats allowed', { messages: 10, withinMs: 60 * S, repeats: 5, severity: 'low' }, same(6, 5), [...normals(5), 'flood:repeats']],
    ['a short window forgets quickly', { messages: 10, withinMs: 10 * S, repeats: 3, severity: 'low' }, same(6, 4), normals(6)],
  ])('%s', (_name, policy, steps, expected) => {
    expect(run(steps, policy)).toEqual(expected);
  });

  it('the severity comes from the policy', () => {
    const detector = new FloodDetector();
    const policy: FloodPolicy = { ...DEFAULT_FLOOD_POLICY, severity: 'medium' };
    const verdicts = same(4, 1).map(([s, memberId, text]) => detector.observe({ roomId: 'r', memberId, text, at: T0 + s * S }, policy));
    expect(verdicts[3]).toMatchObject({ kind: 'flood', finding: { severity: 'medium' } });
  });
});

describe('FloodDetector: bounded memory', () => {
  it('members whose window has passed are forgotten', () => {
    const detector = new FloodDetector();
    for (let i = 0; i < 5000; i++) detector.observe({ roomId: 'room1', memberId: `u${i}`, text: '早', at: T0 + i }, DEFAULT_FLOOD_POLICY);
    expect(detector.trackedMembers()).toBe(5000);
    detector.observe({ roomId: 'room1', memberId: 'late', text: '早', at: T0 + 10 * 60 * S }, DEFAULT_FLOOD_POLICY);
    expect(detector.trackedMembers()).toBe(1);
  });

  it('at most maxMembers are tracked, the least recently active dropped first', () => {
    const detector = new FloodDetector({ maxMembers: 100 });
    for (let i = 0; i < 1000; i++) detector.observe({ roomId: 'room1', memberId: `u${i}`, text: '早', at: T0 + i }, DEFAULT_FLOOD_POLICY);
    expect(detector.trackedMembers()).toBe(100);
  });

  it('a long flood keeps only a few entries (it is still one case, and the window still slides)', () => {
    const detector = new FloodDetector();
    const kinds = new Set<string>();
    for (let i = 0; i < 10_000; i++) kinds.add(detector.observe({ roomId: 'r', memberId: 'u1', text: `m${i}`, at: T0 + i * 100 }, DEFAULT_FLOOD_POLICY).kind);
    expect([...kinds].sort()).toEqual(['flood', 'normal', 'ongoing']);
    // after 60 s of silence the member starts clean
    expect(detector.observe({ roomId: 'r', memberId: 'u1', text: 'x', at: T0 + 10_000 * 100 + 61 * S }, DEFAULT_FLOOD_POLICY)).toEqual({ kind: 'normal' });
  });
});

describe('repeatKey', () => {
  it.each([
    ['加我微信', '加 我 微信！'],
    ['VX：ABC', 'vx abc'],
    ['機密資料', '机密资料'],
    ['加\u200b我微信', '加我微信'],
  ])('%j and %j are the same text', (a, b) => {
    expect(repeatKey(a)).toBe(repeatKey(b));
  });

  it.each([
    ['加我微信', '加你微信'],
    ['12000', '12001'],
    ['👍', '👎'],
  ])('%j and %j are different texts', (a, b) => {
    expect(repeatKey(a)).not.toBe(repeatKey(b));
  });

  it.each(['', '   ', '\u200b'])('%j has no key', (t) => {
    expect(repeatKey(t)).toBe(0);
  });
});
