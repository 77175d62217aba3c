/** The archive run: old closed cases leave the hot store, kept as long as the policy's longest escalation window. */
import type { ArchiveResult } from '../../store/index.js';
import type { BotContext } from '../bot-context.js';

/** Moves cases and audit entries past the policy's retention into the archive. */
export function archiveOld(ctx: Pick<BotContext, 'store' | 'clock' | 'policy'>): Promise<ArchiveResult> {
  return ctx.store.archive(ctx.clock.now(), { retentionMs: ctx.policy().compiled.retentionMs });
}
