/**
 * The roster review, run at start-up, on a schedule and when a hot reload changes the roster: it finds people who left
 * the company but are still in work groups, and puts them to the admins without a word in the group.
 */
import { openRelevanceCase } from '../core/cases/index.js';
import { findLeavers, isOnRoster, type RosterMember } from '../core/membership/roster-leavers.js';
import type { Roster } from '../core/roster/roster.js';
import { z } from 'zod';
import { stateFamily } from '../store/index.js';
import { adminIdsFor, alertAdmins } from './admins.js';
import { markReported } from './audit-room.js';
import type { BotContext } from './bot-context.js';
import { displayNickname } from './platform.js';
import { maySpeak } from './room-state.js';

/** Per group, the members the roster matched at the last review: the baseline of the next. */
const MATCHED = stateFamily('roster:matched:', z.array(z.string()));
/** Per group, the members put to the admins as no longer on the roster. */
const REPORTED = stateFamily('roster:leavers:', z.array(z.string()));

/** True when this member was put to the admins as no longer on the roster: the group hears nothing about them (no nickname reminders) while the admins decide. */
export async function isReportedLeaver(ctx: Pick<BotContext, 'store'>, roomId: string, memberId: string): Promise<boolean> {
  return ((await ctx.store.state.read(REPORTED.entry(roomId))) ?? []).includes(memberId);
}

/** What the admins read about a group's leavers: one message per group, each with its case number to decide. */
export function leaversText(roomTopic: string, lines: readonly { caseId: string; name: string }[]): string {
  return [
    `【群管家·花名册】“${roomTopic}”中有 ${lines.length} 人已不在花名册中（可能已离职）：`,
    ...lines.map((l) => `· ${l.caseId} ${l.name}`),
    '请回复“#移出 C编号”移出，或“#保留 C编号”保留。群里不会提及此事。',
  ].join('\n');
}

/**
 * Finds, in every group, members the roster knew and no longer knows, and lists them
 * to the admins once per group (a pending case each, for `#移出` / `#保留`). Nothing is
 * said in the group. `previous` is the roster before a hot reload; without it (the daily
 * review) the members matched at the last review are the baseline.
 */
export async function reviewLeavers(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>, previous?: Roster | null): Promise<number> {
  const active = ctx.policy();
  const roster = active.loaded.roster;
  if (!roster) return 0;
  let total = 0;
  for (const room of await ctx.store.rooms.list()) {
    if (!room.botIsMember) continue;
    const present = (await ctx.platform.roomMembers(room.roomId).catch(() => null))?.filter((m) => m.id !== ctx.platform.selfId());
    if (!present) continue;
    const names = new Map(present.map((m) => [m.id, displayNickname(m)]));
    const members: RosterMember[] = present.map((m) => ({ id: m.id, verdict: active.checkNickname(displayNickname(m)) }));
    const remembered = new Set((await ctx.store.state.read(MATCHED.entry(room.roomId))) ?? []);
    const reported = new Set((await ctx.store.state.read(REPORTED.entry(room.roomId))) ?? []);
    const wasOnRoster = previous ? (m: RosterMember) => isOnRoster(previous, m) || remembered.has(m.id) : (m: RosterMember) => remembered.has(m.id);
    const admins = new Set(await adminIdsFor(ctx, room.roomId, room.topic));
    const leavers: string[] = [];
    for (const id of findLeavers(members, roster, wasOnRoster, reported)) {
      if (!admins.has(id) && !(await ctx.store.members.get(room.roomId, id))?.exempt) leavers.push(id);
    }
    const matched = members.filter((m) => isOnRoster(roster, m)).map((m) => m.id);
    await ctx.store.state.write(MATCHED.entry(room.roomId), matched);
    // Someone back on the roster is reported again should they leave it again.
    await ctx.store.state.write(REPORTED.entry(room.roomId), [...reported, ...leavers].filter((id) => !matched.includes(id)));
    if (leavers.length === 0) continue;
    await markReported(ctx, room.roomId, leavers);
    const now = ctx.clock.now();
    const lines: { caseId: string; name: string }[] = [];
    for (const id of leavers) {
      const name = names.get(id) ?? '';
      const record = openRelevanceCase(
        { id: await ctx.store.cases.nextCaseId(), roomId: room.roomId, roomTopic: room.topic, memberId: id, memberName: name, at: now },
        { concerns: [{ code: 'not_on_roster', text: '已不在花名册中（可能已离职）' }] },
      );
      await ctx.store.cases.add(record);
      lines.push({ caseId: record.id, name });
    }
    await ctx.store.flush();
    total += leavers.length;
    ctx.log.info({ roomId: room.roomId, leavers: leavers.length }, 'members no longer on the roster');
    if (maySpeak(room)) await alertAdmins(ctx, room.roomId, room.topic, leaversText(room.topic, lines), { roomId: room.roomId, leavers: leavers.length });
  }
  await ctx.store.flush();
  return total;
}
