import { describe, expect, it } from 'vitest';
import { migrateCaseEvent, type CaseEvent, type LegacyCaseEvent } from '../../../src/core/cases/index.js';

describe('history entries of old data files', () => {
  it.each<[LegacyCaseEvent, CaseEvent]>([
    [{ at: 1, by: 'bot', what: 'opened: warn' }, { type: 'opened', at: 1, by: 'bot', action: 'warn' }],
    [{ at: 1, by: 'bot', what: 'opened: request_removal' }, { type: 'opened', at: 1, by: 'bot', action: 'request_removal' }],
    [{ at: 1, by: 'wxid_admin1', what: 'opened: manual warning', note: '刷屏' }, { type: 'opened', at: 1, by: 'wxid_admin1', action: 'manual', note: '刷屏' }],
    [{ at: 1, by: 'bot', what: 'opened: membership check', note: 'invited by u9' }, { type: 'opened', at: 1, by: 'bot', action: 'relevance', note: 'invited by u9' }],
    [{ at: 1, by: 'bot', what: 'reminded 11月24日' }, { type: 'reminded', at: 1, by: 'bot' }],
    [{ at: 1, by: 'bot', what: 'expired' }, { type: 'expired', at: 1, by: 'bot' }],
    [{ at: 1, by: 'u1', what: 'appealed', note: '误会' }, { type: 'appealed', at: 1, by: 'u1', reason: '误会' }],
    [{ at: 1, by: 'wxid_admin1', what: 'overturned', note: '误报' }, { type: 'overturned', at: 1, by: 'wxid_admin1', reason: '误报' }],
    [{ at: 1, by: 'wxid_admin1', what: 'overturned' }, { type: 'overturned', at: 1, by: 'wxid_admin1' }],
    [{ at: 1, by: 'wxid_admin1', what: 'appeal rejected', note: '证据确凿' }, { type: 'decided', at: 1, by: 'wxid_admin1', decision: 'appeal_rejected', reason: '证据确凿' }],
    [{ at: 1, by: 'wxid_admin1', what: 'decided: remove' }, { type: 'decided', at: 1, by: 'wxid_admin1', decision: 'remove' }],
    [{ at: 1, by: 'wxid_admin1', what: 'decided: keep' }, { type: 'decided', at: 1, by: 'wxid_admin1', decision: 'keep' }],
    [{ at: 1, by: 'x', what: 'opened: something new' }, { type: 'noted', at: 1, by: 'x', text: 'opened: something new' }],
    [{ at: 1, by: 'x', what: 'tamper', note: '备注' }, { type: 'noted', at: 1, by: 'x', text: 'tamper：备注' }],
  ])('%j', (old, expected) => {
    expect(migrateCaseEvent(old)).toEqual(expected);
  });
});
