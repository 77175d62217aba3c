/** What the escalation ladder (or an admin) decided for a case: the vocabulary shared by a case and its `opened` event. */
import { z } from 'zod';

/** The actions; `review`: the second opinion held a likely false alarm back for the admins. */
export const caseActionSchema = z.enum(['warn', 'warn_and_notify', 'remove', 'request_removal', 'manual', 'relevance', 'none', 'review']);

/** What the escalation ladder (or an admin) decided for a case. */
export type CaseAction = z.infer<typeof caseActionSchema>;
