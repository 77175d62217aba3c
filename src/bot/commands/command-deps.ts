/** What commands need beyond the bot context. */
import type { BotContext } from '../bot-context.js';
import type { PolicyHolder } from '../policy-holder.js';

/** The policy holder (for edits and reloads) and the digest on demand. */
export interface CommandDeps {
  holder: PolicyHolder;
  /** Builds (and for admins, sends) the digest now; returns the text to reply with. */
  digestNow?: (ctx: BotContext, roomIds: string[], adminId: string) => Promise<string>;
}
