/**
 * The policy `cards` rule for contact cards shared in a group: a stranger's card in a work group is traffic diversion
 * (引流), so by default only cards of people on the roster or known colleagues pass; the card's name is screened as text.
 */
import { parseNickname } from '../nickname/parse-nickname.js';
import type { Roster } from '../roster/roster.js';
import { KIND_POLICY_SEVERITY, type KindScreening } from './kind-screening.js';

/** Policy `cards`: every card allowed, only cards of people on the roster, or no cards at all. */
export type CardRule = 'allow' | 'roster_only' | 'deny';

/** The policy default: a stranger's card in a work group is traffic diversion (引流). */
export const DEFAULT_CARD_RULE: CardRule = 'roster_only';

/** A contact card shared in a group: whose card it is. */
export interface SharedCard {
  contactId: string;
  /** The card's display name, e.g. `王总` or `销售部-王五`. */
  name: string;
}

/** Who counts as a colleague: the roster, and contact ids known to be colleagues (admins, members of company groups). */
export interface CardKnowledge {
  roster: Roster | null;
  colleagueIds?: ReadonlySet<string>;
}

/**
 * Screens a shared contact card. The card's name is screened as text; under
 * `deny` every card, under `roster_only` a card of someone neither on the roster
 * (by name, or by the name part of `部门-姓名`) nor a known colleague, is an
 * `ads` finding of low severity. Without a roster, `roster_only` trusts
 * `colleagueIds` alone; with neither, it allows the card rather than flag every card.
 */
export function screenCard(card: SharedCard, rule: CardRule, known: CardKnowledge): KindScreening {
  const text = card.name;
  const allowed = rule === 'allow' || (rule === 'roster_only' && isColleague(card, known));
  if (allowed) return { text, findings: [] };
  return {
    text,
    findings: [{ category: 'ads', severity: KIND_POLICY_SEVERITY, term: rule === 'deny' ? 'card' : 'card_not_on_roster', match: text, start: 0, end: text.length, source: 'detector' }],
  };
}

function isColleague(card: SharedCard, known: CardKnowledge): boolean {
  if (known.colleagueIds?.has(card.contactId)) return true;
  const { roster } = known;
  if (!roster) return !known.colleagueIds?.size;
  if (roster.has(card.name)) return true;
  const parsed = parseNickname(card.name, roster.departments);
  return parsed.name !== null && roster.has(parsed.name);
}
