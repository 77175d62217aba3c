/**
 * Codes that are shared on purpose: a meeting's passcode, the office Wi-Fi, a
 * cloud-drive link's extraction code, a zip's password sent to its recipients.
 * They are announced to everyone invited, so they are not leaked credentials.
 */
const CUE_RIGHT_BEFORE = /(?:会议|入会|参会|wifi|wi-fi|无线|热点|网盘|解压|压缩包|分享|提取|房间|直播|meeting|zoom)\s*的?\s*$/i;

/** A Wi-Fi name or a meeting number earlier in the same line makes the password that follows its passcode. */
const CUE_IN_CLAUSE = /wifi|wi-fi|ssid|无线网|热点|会议号|会议id|会议室号|腾讯会议|钉钉会议|飞书会议|zoom|meeting id|网盘|提取码/i;

const CLAUSE_LOOK_BACK = 40;

/** Whether the password label starting at `labelStart` belongs to a meeting, Wi-Fi, share link or archive. */
export function isSharedCode(text: string, labelStart: number): boolean {
  const before = text.slice(Math.max(0, labelStart - CLAUSE_LOOK_BACK), labelStart);
  if (CUE_RIGHT_BEFORE.test(before)) return true;
  const clauseStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('。'));
  return CUE_IN_CLAUSE.test(before.slice(clauseStart + 1));
}
