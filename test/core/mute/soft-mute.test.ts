import { describe, expect, it } from 'vitest';
import { isMuted, mutedMessageAction, parseMuteDuration, type SoftMute } from '../../../src/core/mute/soft-mute.js';
import { muteDurationProblemText, muteEndedText, muteStartedText } from '../../../src/core/wording/mute-texts.js';

const H = 3_600_000;
const mute: SoftMute = { roomId: 'r1', memberId: 'u1', at: Date.UTC(2026, 10, 30, 1, 0), until: Date.UTC(2026, 10, 30, 3, 0), by: 'wxid_admin1', reason: '刷屏' };

describe('soft mute duration', () => {
  it.each<[string | undefined, number | string]>([
    ['2h', 2 * H],
    ['30m', 30 * 60_000],
    ['1d', 24 * H],
    ['2H', 2 * H],
    ['30d', 30 * 24 * H],
    [undefined, 'missing'],
    ['', 'missing'],
    ['两小时', 'unreadable'],
    ['2', 'unreadable'],
    ['30s', 'too_short'],
    ['31d', 'too_long'],
  ])('%s → %s', (text, expected) => {
    const r = parseMuteDuration(text);
    expect(r.ok ? r.ms : r.problem).toBe(expected);
  });

  it('every refusal says what to write, in Chinese', () => {
    for (const p of ['missing', 'unreadable', 'too_short', 'too_long'] as const) expect(muteDurationProblemText(p)).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('while a mute holds', () => {
  it.each<[string, SoftMute | undefined, number, boolean]>([
    ['during', mute, mute.at + H, true],
    ['at the very end it is over', mute, mute.until, false],
    ['after', mute, mute.until + 1, false],
    ['nobody muted', undefined, mute.at, false],
  ])('%s', (_name, m, now, expected) => {
    expect(isMuted(m, now)).toBe(expected);
  });

  it.each<[Parameters<typeof mutedMessageAction>[0], boolean, string]>([
    ['warn_and_notify', false, 'warn_and_notify'],
    ['remove', true, 'remove'],
    ['remove', false, 'request_removal'],
    ['request_removal', true, 'request_removal'],
  ])('policy %s, bot can remove: %s → %s', (action, canRemove, expected) => {
    expect(mutedMessageAction(action, canRemove)).toBe(expected);
  });
});

describe('what the member reads', () => {
  it('the start names the group, the length, the end and the reason, no ids', () => {
    const text = muteStartedText('销售部工作群', mute, 'Asia/Shanghai');
    expect(text).toContain('销售部工作群');
    expect(text).toContain('2小时');
    expect(text).toContain('11月30日 11:00');
    expect(text).toContain('原因：刷屏');
    expect(text).not.toContain('wxid');
  });

  it('the end says whether an admin lifted it', () => {
    expect(muteEndedText('销售部工作群', true)).toContain('提前解除');
    expect(muteEndedText('销售部工作群', false)).toContain('已到期');
  });
});
