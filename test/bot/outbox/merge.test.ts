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
  ])('%s -> %s', (_name, next, expected) => {
    expect(canMerge(job('a'), next)).toBe(expected);
  });
});

describe('MergedSay', () => {
  it.each<[string, [string, string[]][], string, string[]]>([
    ['one job is returned unchanged', [['a\na', ['u1']]], 'a\na', ['u1']],
    ['texts joined by newlines', [['a', []], ['b', []]], 'a\nb', []],
    ['identical lines once, order kept', [['a\nb', []], ['b\nc', []], ['a', []]], 'a\nb\nc', []],
    ['lines compared without surrounding spaces', [['a', []], [' a ', []]], 'a', []],
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

  it('does not mutate the jobs it merges', () => {
    const a = job('a', ['u1']);
    const merged = new MergedSay(a);
    merged.add(job('b', ['u2']));
    merged.build();
    expect(a).toEqual(job('a', ['u1']));
  });
});
