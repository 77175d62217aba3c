/**
 * Two accounts × 200 groups × a day of traffic on one PostgreSQL database, for the
 * PostgreSQL bench: both accounts receive every message (each group contains both bots),
 * each checks it off as seen (only one may count it), the group's speaker (a lease renewed
 * every half hour) records a case for the occasional violation, in one transaction.
 */
import { z } from 'zod';
import type { CaseRecord } from '../src/core/records.js';
import { openPostgresStore, type PostgresStore } from '../src/store/postgres/postgres-store.js';
import { stateFamily } from '../src/store/state-entry.js';

const DAY = 24 * 3600 * 1000;
const START = Date.parse('2026-11-23T00:00:00+08:00');
const LEASE_MS = 45 * 60 * 1000;
const RENEW_MS = 30 * 60 * 1000;

/** What the day measured: latencies, and the invariants that must hold (no double count, one speaker, unique ids). */
export interface TrafficResult {
  trafficMessages: number;
  trafficGroups: number;
  trafficWallMs: number;
  trafficMessagesPerSecond: number;
  markSeenP50Ms: number;
  markSeenP99Ms: number;
  speakerCaseWriteP50Ms: number;
  speakerCaseWriteP99Ms: number;
  countedTwice: number;
  neverCounted: number;
  casesWritten: number;
  duplicateCaseIds: number;
  groupsWithTwoSpeakers: number;
}

const outbox = stateFamily('outbox.job.', z.object({ caseId: z.string(), text: z.string() }));

function violation(id: string, room: number, member: number, at: number): CaseRecord {
  return {
    id,
    roomId: `room${room}@chatroom`,
    roomTopic: `第${room}工作群`,
    memberId: `wxid_member${member}`,
    memberName: `测试员${member}`,
    messageId: null,
    kind: 'violation',
    categories: ['ads'],
    terms: ['加微信'],
    severity: 'medium',
    excerpt: '……加微信……',
    action: 'warn',
    status: 'open',
    at,
    by: 'bot',
    history: [{ type: 'opened', at, by: 'bot', action: 'warn' }],
  };
}

/** Runs the day on the database at url with `messages` messages spread over 24 hours and `groups` groups. */
export async function twoAccountsDay(url: string, messages: number, groups: number, percentile: (v: number[], p: number) => number): Promise<TrafficResult> {
  const accounts = await Promise.all(['bot-a', 'bot-b'].map((botName) => openPostgresStore({ url, botName, seenLimit: 50_000 })));
  const counted = new Map<string, number>();
  const seenMs: number[] = [];
  const caseMs: number[] = [];
  const caseIds: string[] = [];
  const speakerAt = new Map<string, string>();
  let twoSpeakers = 0;
  const runAccount = async (store: PostgresStore, name: string): Promise<void> => {
    const speaking = new Set<number>();
    let renewedAt = -Infinity;
    for (let i = 0; i < messages; i++) {
      const at = START + Math.floor((i / messages) * DAY);
      if (at - renewedAt >= RENEW_MS) {
        renewedAt = at;
        speaking.clear();
        const claims = await Promise.all(Array.from({ length: groups }, (_, g) => store.leases.claim(`speaker:room${g}`, name, at, LEASE_MS)));
        claims.forEach((won, g) => won && speaking.add(g));
      }
      const group = i % groups;
      const messageId = `day-msg-${i}`;
      let t0 = performance.now();
      const fresh = await store.seen.markSeen(messageId);
      seenMs.push(performance.now() - t0);
      if (fresh) counted.set(messageId, (counted.get(messageId) ?? 0) + 1);
      // One message in fifty breaks a rule; only the group's speaker acts on it.
      if (i % 50 !== 0 || !speaking.has(group)) continue;
      const other = speakerAt.get(`${group}:${renewedAt}`);
      if (other !== undefined && other !== name) twoSpeakers += 1;
      speakerAt.set(`${group}:${renewedAt}`, name);
      t0 = performance.now();
      const id = await store.atomically(async (tx) => {
        const caseId = await tx.cases.nextCaseId();
        await tx.cases.add(violation(caseId, group, i % 997, at));
        await tx.state.write(outbox.entry(caseId), { caseId, text: '请注意群规' });
        return caseId;
      });
      caseMs.push(performance.now() - t0);
      caseIds.push(id);
    }
  };
  const t0 = performance.now();
  try {
    await Promise.all(accounts.map((store, k) => runAccount(store, k === 0 ? 'bot-a' : 'bot-b')));
  } finally {
    await Promise.all(accounts.map((s) => s.close()));
  }
  const wall = performance.now() - t0;
  return {
    trafficMessages: messages,
    trafficGroups: groups,
    trafficWallMs: Math.round(wall),
    trafficMessagesPerSecond: Math.round(messages / (wall / 1000)),
    markSeenP50Ms: percentile(seenMs, 50),
    markSeenP99Ms: percentile(seenMs, 99),
    speakerCaseWriteP50Ms: percentile(caseMs, 50),
    speakerCaseWriteP99Ms: percentile(caseMs, 99),
    countedTwice: [...counted.values()].filter((n) => n > 1).length,
    neverCounted: messages - counted.size,
    casesWritten: caseIds.length,
    duplicateCaseIds: caseIds.length - new Set(caseIds).size,
    groupsWithTwoSpeakers: twoSpeakers,
  };
}
