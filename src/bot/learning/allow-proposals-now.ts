/** The allow-list proposals as they stand now: from every case in the store and the allow-list in force. */
import { allowProposals, type AllowProposal } from '../../core/learning/allow-proposals.js';
import { learningExamples } from '../../core/learning/learning-example.js';
import type { Store } from '../../store/index.js';

/** Proposals numbered as the digest and `#白名单 采纳 N` both read them. */
export async function currentAllowProposals(store: Pick<Store, 'cases'>, allowList: readonly string[]): Promise<AllowProposal[]> {
  return allowProposals(learningExamples(await store.cases.all()), allowList);
}
