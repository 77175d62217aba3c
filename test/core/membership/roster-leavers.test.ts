/** Who left the roster (pure): by name, by id, already reported, never on it. */
import { describe, expect, it } from 'vitest';
import { findLeavers, isOnRoster, type RosterMember } from '../../../src/core/membership/roster-leavers.js';
import { createNicknameChecker } from '../../../src/core/nickname/check-nickname.js';
import { createRoster, type RosterEntry } from '../../../src/core/roster/roster.js';

const entry = (name: string, id?: string): RosterEntry => ({ department: '销售部', name, ...(id ? { id } : {}), fields: {} });
const check = createNicknameChecker({ departments: ['销售部'], nameOnly: [] });
const member = (id: string, nickname: string): RosterMember => ({ id, verdict: check(nickname) });

const before = createRoster([entry('李四'), entry('何静')]);
const after = createRoster([entry('李四')]);
const byIdAfter = createRoster([entry('李四', 'u1'), entry('何静', 'u9')]); // u2 calls herself 何静 but her id is gone
const people = [member('u1', '销售部-李四'), member('u2', '销售部-何静'), member('u3', '销售部-陈十')];

describe('findLeavers', () => {
  it.each<[string, Parameters<typeof findLeavers>[1], (m: RosterMember) => boolean, string[], string[]]>([
    ['by name: 何静 dropped from the roster (陈十, never on it, is not a leaver)', after, (m) => isOnRoster(before, m), [], ['u2']],
    ['already reported: not again', after, (m) => isOnRoster(before, m), ['u2'], []],
    ['unchanged roster: nobody', before, (m) => isOnRoster(before, m), [], []],
    ['by id: the name still listed, the id not', byIdAfter, () => true, [], ['u2', 'u3']],
    ['by id: remembered baseline only', byIdAfter, (m) => m.id === 'u1' || m.id === 'u2', [], ['u2']],
  ])('%s', (_name, roster, was, reported, expected) => {
    expect(findLeavers(people, roster, was, new Set(reported))).toEqual(expected);
  });
});
