import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/digest/build-digest.js';
import { renderDigest } from '../../../src/core/digest/render-digest.js';
import type { AllowProposal } from '../../../src/core/learning/allow-proposals.js';
import { kase, MON, TZ, WEEK } from '../digest/fixtures.js';

const R1 = { roomId: 'r1', topic: '研发部工作群', paused: false };
const proposals: AllowProposal[] = [
  { n: 1, term: '百家乐', entry: '百家乐享', overturned: 11, upheld: 0 },
  { n: 2, term: '赌', entry: '赌', overturned: 3, upheld: 1 },
];

describe('the digest lists the allow-list proposals, numbered for #白名单 采纳', () => {
  it.each([
    { name: 'with proposals: a block at the end', given: proposals, want: ['', '▍常被撤销的词（白名单建议）', '1. 建议加入白名单“百家乐享”（含“百家乐”的案件被撤销 11 起；会一并放过的已确认案件 0 起）', '2. 建议加入白名单“赌”整个词（含“赌”的案件被撤销 3 起；会一并放过的已确认案件 1 起）', '公司管理员回复“#白名单 采纳 编号”即可加入白名单。'] },
    { name: 'without: nothing added', given: [], want: [] },
  ])('$name', ({ given, want }) => {
    const text = renderDigest(buildDigest({ period: WEEK, timeZone: TZ, rooms: [R1], cases: [], pending: [], members: [], screened: {}, allowProposals: given }));
    const lines = text.split('\n');
    expect(lines.slice(lines.length - want.length)).toEqual(want);
    if (want.length === 0) expect(text).not.toContain('白名单');
  });

  it.each([
    { name: 'a review waiting: the digest says how to answer it', action: 'review' as const, hint: true },
    { name: 'only removal requests waiting: no review hint', action: 'request_removal' as const, hint: false },
  ])('$name', ({ action, hint }) => {
    const pending = [kase({ id: 'C3', roomId: 'r1', action, status: 'pending_decision', at: MON })];
    const text = renderDigest(buildDigest({ period: WEEK, timeZone: TZ, rooms: [R1], cases: pending, pending, members: [], screened: {} }));
    expect(text.includes('疑似误报待复核的，回复“#撤销 编号 误报”或“#确认 编号”。')).toBe(hint);
  });
});
