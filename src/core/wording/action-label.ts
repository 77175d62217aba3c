/** The Chinese names of case actions (warned, removed, …) as admins and members read them in records, alerts and digests. */
import type { CaseAction } from '../records.js';

const LABELS: Record<CaseAction, string> = {
  warn: '警告',
  warn_and_notify: '警告并通知管理员',
  remove: '移出群聊',
  request_removal: '提请管理员移出',
  manual: '管理员手动警告',
  relevance: '成员资格待确认',
  none: '仅记录',
  review: '疑似误报，待管理员复核',
};

/** The Chinese name of a case action. */
export function actionLabel(action: CaseAction): string {
  return LABELS[action];
}
