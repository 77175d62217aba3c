/** `#记录 @x`: a member's cases across the company's groups, as an admin reads them privately. */
import type { CaseRecord } from '../cases/index.js';
import { actionLabel } from './action-label.js';
import { caseStatusLabel } from './case-history.js';
import { categoryLabels } from './category-label.js';
import { formatTimeZh } from './format-time.js';

/** How many cases the answer lists, newest first; older ones are counted. */
export const RECORD_LINES = 15;

/** One line per case, newest first, each naming its group; no excerpts, no personal data. */
export function memberRecordText(memberName: string, cases: readonly CaseRecord[], timeZone: string): string {
  if (cases.length === 0) return `${memberName} 在公司各群都没有案件记录。`;
  const newest = [...cases].sort((a, b) => b.at - a.at);
  const groups = new Set(cases.map((c) => c.roomId)).size;
  const shown = newest.slice(0, RECORD_LINES).map(
    (c) => `· ${c.id} ${formatTimeZh(c.at, timeZone)} “${c.roomTopic}” ${categoryLabels(c.categories)} ${actionLabel(c.action)}（${caseStatusLabel(c.status)}）`,
  );
  const rest = newest.length - shown.length;
  return [
    `【群管家·记录】${memberName} 在 ${groups} 个群共有 ${cases.length} 起案件：`,
    ...shown,
    ...(rest > 0 ? [`另有 ${rest} 起更早的案件未列出。`] : []),
    '本群案件的详情请发“#案件 编号”。',
  ].join('\n');
}
