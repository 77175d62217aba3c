/** A case's audit trail as admins read it: Chinese, names of roles instead of raw contact ids. */
import type { CaseEvent, CaseRecord, CaseStatus } from '../cases/index.js';
import { actionLabel } from './action-label.js';
import { formatTimeZh } from './format-time.js';

const STATUS_LABEL: Record<CaseStatus, string> = {
  open: '生效中',
  pending_decision: '待管理员决定',
  closed: '已结案',
  overturned: '已撤销',
  appealed: '申诉中',
};

/** The Chinese name of a case status. */
export function caseStatusLabel(status: CaseStatus): string {
  return STATUS_LABEL[status];
}

const DECISION_LABEL = { remove: '决定移出', keep: '决定保留', appeal_rejected: '驳回申诉', confirmed: '确认违规' } as const;
const CLOSE_LABEL = { member_left: '成员已退群，结案', member_removed: '成员已被移出，结案' } as const;

/** Who acted, as people read it: the bot, the member of the case, or an admin. */
function actorLabel(e: CaseEvent, c: CaseRecord): string {
  if (e.by === 'bot') return '群管家';
  if (e.by === c.memberId) return '成员本人';
  if (e.type === 'reported' || (e.type === 'opened' && c.kind === 'report' && e.by === c.by)) return '举报人';
  return '管理员';
}

function eventText(e: CaseEvent): string {
  switch (e.type) {
    case 'opened': return e.action === 'relevance' ? '发起入群审核' : e.action === 'review' ? (e.note !== undefined ? `提出举报：${e.note}` : '疑似误报，暂未提醒成员，请管理员复核') : e.action === 'manual' ? '发出警告' : `已${actionLabel(e.action)}`;
    case 'reminded': return '已提醒管理员决定';
    case 'appealed': return `提出申诉${e.reason ? `：${e.reason}` : ''}`;
    case 'overturned': return `撤销案件${e.reason ? `：${e.reason}` : ''}`;
    case 'decided': return `${DECISION_LABEL[e.decision]}${e.reason ? `：${e.reason}` : ''}`;
    case 'expired': return '已过计数期限，不再计入';
    case 'closed': return CLOSE_LABEL[e.reason];
    case 'reported': return `收到成员举报${e.reason ? `：${e.reason}` : ''}`;
    case 'noted': return e.text;
  }
}

/** One line per event: `· 11月30日 09:00 群管家 已警告`. */
export function caseHistoryLines(c: CaseRecord, timeZone: string): string[] {
  return c.history.map((e) => `· ${formatTimeZh(e.at, timeZone)} ${actorLabel(e, c)} ${eventText(e)}`);
}
