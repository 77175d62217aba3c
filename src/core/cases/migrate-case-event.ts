/** Reads the free-text history entries of data files written before events were typed, so old cases keep loading. */
import type { CaseEvent } from './case-event.js';
import type { CaseAction } from './case-record.js';

/** A history entry as stored before events were typed. */
export interface LegacyCaseEvent {
  at: number;
  by: string;
  what: string;
  note?: string;
}

const OPENED_ACTIONS: Record<string, CaseAction> = {
  warn: 'warn',
  warn_and_notify: 'warn_and_notify',
  remove: 'remove',
  request_removal: 'request_removal',
  none: 'none',
  'manual warning': 'manual',
  'membership check': 'relevance',
};

/** The typed event an old entry meant; anything unrecognised is kept as a `noted` event, never dropped. */
export function migrateCaseEvent(old: LegacyCaseEvent): CaseEvent {
  const { at, by, what, note } = old;
  const opened = /^opened: (.+)$/.exec(what);
  if (opened) {
    const action = OPENED_ACTIONS[opened[1]!];
    if (action) return { type: 'opened', at, by, action, ...(note ? { note } : {}) };
  }
  if (/^reminded\b/.test(what)) return { type: 'reminded', at, by };
  if (what === 'expired') return { type: 'expired', at, by };
  if (what === 'appealed') return { type: 'appealed', at, by, reason: note ?? '' };
  if (what === 'overturned') return { type: 'overturned', at, by, ...(note ? { reason: note } : {}) };
  if (what === 'appeal rejected') return { type: 'decided', at, by, decision: 'appeal_rejected', ...(note ? { reason: note } : {}) };
  if (what === 'decided: remove') return { type: 'decided', at, by, decision: 'remove' };
  if (what === 'decided: keep') return { type: 'decided', at, by, decision: 'keep' };
  return { type: 'noted', at, by, text: note ? `${what}：${note}` : what };
}
