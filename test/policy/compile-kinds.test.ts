import { describe, expect, it } from 'vitest';
import { policySchema } from '../../src/core/policy/schema.js';
import { compilePolicy } from '../../src/policy/compile-policy.js';

const compile = (raw: Record<string, unknown>) => compilePolicy(policySchema.parse({ version: 1, dictionaries: [], ...raw }));

describe('compilePolicy: message kinds (issue 11)', () => {
  it.each<[string, Record<string, unknown>, (c: ReturnType<typeof compile>) => unknown, unknown]>([
    ['an old policy gets the defaults', {}, (c) => [c.kinds.images, c.kinds.cards, c.kinds.miniPrograms], [{ enabled: true, maxBytes: 10 * 1024 * 1024 }, 'roster_only', 'allow']],
    ['images off', { images: 'off', image_max_size: '2MB' }, (c) => c.kinds.images, { enabled: false, maxBytes: 2 * 1024 * 1024 }],
    ['domains normalised', { links: { deny: ['*.Spam.example'], internal: ['https://corp.example/x'] } }, (c) => [c.kinds.links.deny, c.kinds.links.internal], [['spam.example'], ['corp.example']]],
    ['the default flood rule in every group', {}, (c) => c.settings('任意群').flood, { messages: 10, withinMs: 60_000, repeats: 3, severity: 'low' }],
    ['a group overrides one flood key', { groups: [{ topic: '闲聊群', flood: { messages: 30 } }] }, (c) => [c.settings('闲聊群').flood?.messages, c.settings('闲聊群').flood?.repeats, c.settings('别的群').flood?.messages], [30, 3, 10]],
    ['a group turns floods off', { groups: [{ topic: '闲聊群', flood: null }] }, (c) => [c.settings('闲聊群').flood, c.settings('别的群').flood === null], [null, false]],
    ['floods off everywhere', { flood: null }, (c) => c.settings('任意群').flood, null],
  ])('%s', (_name, raw, read, expected) => {
    expect(read(compile(raw))).toEqual(expected);
  });

  it.each([
    ['cards: maybe', { cards: 'maybe' }, 'cards'],
    ['a group flood key that does not exist', { groups: [{ topic: '群', flood: { burst: 3 } }] }, 'groups.0.flood'],
    ['notify_always names a category nobody has', { escalation: { notify_always: ['floods'] } }, 'escalation.notify_always.0'],
  ])('rejects %s', (_name, raw, path) => {
    const result = policySchema.safeParse({ version: 1, ...raw });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('notify_always may name the flood category', () => {
    expect(policySchema.safeParse({ version: 1, escalation: { notify_always: ['flood', 'ads'] } }).success).toBe(true);
  });
});
