/** What an admin or member is told when a case transition does not apply. */
import type { CaseRefusal, CaseStatus } from '../cases/index.js';
import { caseStatusLabel } from './case-history.js';

/** The sentence for a refused transition of case `caseId`. */
export function caseRefusalText(caseId: string, refusal: CaseRefusal, status: CaseStatus): string {
  switch (refusal) {
    case 'already_overturned': return `案件 ${caseId} 已经撤销过了。`;
    case 'overturned_no_appeal': return `案件 ${caseId} 已撤销，无需申诉。`;
    case 'already_appealed': return `案件 ${caseId} 的申诉正在处理中。`;
    case 'not_own_case': return '只能对自己的案件申诉。';
    case 'no_pending_appeal': return `案件 ${caseId} 没有待处理的申诉。`;
    case 'not_pending': return `案件 ${caseId} 不是待决定的案件（${caseStatusLabel(status)}）。`;
    case 'not_open': return `案件 ${caseId} 不在生效中（${caseStatusLabel(status)}）。`;
    case 'already_closed': return `案件 ${caseId} 已结案（${caseStatusLabel(status)}）。`;
    case 'already_confirmed': return `案件 ${caseId} 已经确认过了。`;
  }
}
