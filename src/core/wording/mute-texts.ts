/** What members and admins read about a soft mute (`#禁言`): Chinese, no ids, the reason already redacted. */
import { formatDurationZh } from '../policy/duration.js';
import type { MuteDurationProblem, SoftMute } from '../mute/soft-mute.js';
import { formatTimeZh } from './format-time.js';

/** To the member, privately, when the mute starts. */
export function muteStartedText(topic: string, mute: SoftMute, timeZone: string): string {
  return [
    `【群管家】管理员已在“${topic}”对你禁言 ${formatDurationZh(mute.until - mute.at)}，至 ${formatTimeZh(mute.until, timeZone)}。`,
    mute.reason ? `原因：${mute.reason}` : null,
    '禁言期间在群里发言，每条都会记录为案件并通知管理员。',
  ]
    .filter((l): l is string => l !== null)
    .join('\n');
}

/** To the member, privately, when the mute ends (by time or by an admin). */
export function muteEndedText(topic: string, early: boolean): string {
  return `【群管家】你在“${topic}”的禁言${early ? '已由管理员提前解除' : '已到期'}，可以正常发言了。`;
}

/** To the admin who asked, privately. */
export function muteSetReplyText(memberName: string, mute: SoftMute, timeZone: string): string {
  return `已对 ${memberName} 禁言至 ${formatTimeZh(mute.until, timeZone)}（${formatDurationZh(mute.until - mute.at)}）。提前解除请发“#解除禁言 @${memberName}”。`;
}

/** To the admin who lifted a mute, privately. */
export function muteLiftedReplyText(memberName: string, wasMuted: boolean): string {
  return wasMuted ? `已解除 ${memberName} 的禁言。` : `${memberName} 当前没有被禁言。`;
}

const DURATION_PROBLEM: Record<MuteDurationProblem, string> = {
  missing: '请写上禁言时长，例如“#禁言 @张三 2h 刷屏”。',
  unreadable: '禁言时长格式应为数字加单位 m/h/d，例如 30m、2h、1d。',
  too_short: '禁言时长至少 1 分钟。',
  too_long: '禁言时长最多 30 天。',
};

/** Why the duration an admin typed is refused. */
export function muteDurationProblemText(problem: MuteDurationProblem): string {
  return DURATION_PROBLEM[problem];
}
