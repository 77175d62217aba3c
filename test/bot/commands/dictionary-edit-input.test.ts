/**
 * Issue 9 item 14 (part): terms an admin's #词库 may not add — a '#' (the
 * file's comment mark: it could never be removed again) or a 10,000-character
 * paste (echoed into the group) — and a dictionary file that is missing.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editTermFile } from '../../../src/bot/dictionary-edit.js';
import { copyPolicy, holderFor } from './command-world.js';

describe('#词库 input', () => {
  it.each([
    { name: 'a term with # is refused', term: '内部#价格', ok: false, answer: /不能包含“#”/ },
    { name: 'a 10,000-character term is refused without echoing it', term: '字'.repeat(10_000), ok: false, answer: /词条太长（10000 字/ },
    { name: 'a 50-character term is accepted', term: '赌'.repeat(50), ok: true, answer: /已添加/ },
    { name: 'an ordinary term is accepted', term: '押注群聊', ok: true, answer: /已添加“押注群聊”/ },
  ])('$name', ({ term, ok, answer }) => {
    const files = copyPolicy();
    const result = editTermFile(holderFor(files), 'add', term, { category: 'gambling' });
    expect(result.ok).toBe(ok);
    expect(result.message).toMatch(answer);
    expect(result.message.length).toBeLessThan(200);
    expect(files.read('gambling.txt').includes(term)).toBe(ok);
  });

  it.each([
    { op: 'add' as const, ok: true },
    { op: 'remove' as const, ok: false },
  ])('a missing dictionary file answers ($op)', ({ op, ok }) => {
    const files = copyPolicy();
    const holder = holderFor(files);
    rmSync(files.file('ads.txt'));
    const result = editTermFile(holder, op, '代购', { category: 'ads' });
    expect(result.ok).toBe(ok);
    expect(result.message).toMatch(ok ? /已添加/ : /ads\.txt 不存在/);
  });
});
