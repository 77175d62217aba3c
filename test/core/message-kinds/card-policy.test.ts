import { describe, expect, it } from 'vitest';
import { screenCard, type CardKnowledge, type CardRule } from '../../../src/core/message-kinds/card-policy.js';
import { createRoster } from '../../../src/core/roster/roster.js';

const roster = createRoster([
  { name: '王五', department: '销售部', fields: {} },
  { name: '李四', department: '市场部', fields: {} },
]);
const withRoster: CardKnowledge = { roster, colleagueIds: new Set(['wxid_admin1']) };

describe('screenCard', () => {
  it.each<[string, CardRule, CardKnowledge, { contactId: string; name: string }, string | null]>([
    ['roster_only: a colleague by bare name', 'roster_only', withRoster, { contactId: 'wxid_w5', name: '王五' }, null],
    ['roster_only: a colleague by 部门-姓名', 'roster_only', withRoster, { contactId: 'wxid_w5', name: '销售部-王五' }, null],
    ['roster_only: a colleague, full-width and spaced', 'roster_only', withRoster, { contactId: 'wxid_w5', name: '市场部 － 李四' }, null],
    ['roster_only: a known colleague id off the roster', 'roster_only', withRoster, { contactId: 'wxid_admin1', name: '张总' }, null],
    ['roster_only: a stranger is traffic diversion', 'roster_only', withRoster, { contactId: 'wxid_x', name: '王总' }, 'card_not_on_roster'],
    ['roster_only: a stranger using a department prefix', 'roster_only', withRoster, { contactId: 'wxid_x', name: '销售部-赵六' }, 'card_not_on_roster'],
    ['roster_only: a promotional name', 'roster_only', withRoster, { contactId: 'wxid_x', name: '代开发票-小刘' }, 'card_not_on_roster'],
    ['roster_only without a roster trusts colleague ids', 'roster_only', { roster: null, colleagueIds: new Set(['wxid_admin1']) }, { contactId: 'wxid_x', name: '王总' }, 'card_not_on_roster'],
    ['roster_only without a roster: a known colleague id', 'roster_only', { roster: null, colleagueIds: new Set(['wxid_admin1']) }, { contactId: 'wxid_admin1', name: '张总' }, null],
    ['roster_only with no roster and no ids allows (cannot tell)', 'roster_only', { roster: null }, { contactId: 'wxid_x', name: '王总' }, null],
    ['allow: a stranger is fine', 'allow', withRoster, { contactId: 'wxid_x', name: '王总' }, null],
    ['deny: even a colleague is a finding', 'deny', withRoster, { contactId: 'wxid_w5', name: '王五' }, 'card'],
  ])('%s', (_name, rule, known, card, term) => {
    const screening = screenCard(card, rule, known);
    expect(screening.text).toBe(card.name);
    if (term === null) expect(screening.findings).toEqual([]);
    else {
      expect(screening.findings).toEqual([{ category: 'ads', severity: 'low', term, match: card.name, start: 0, end: card.name.length, source: 'detector' }]);
    }
  });
});
