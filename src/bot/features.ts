import type { BotContext } from './bot-context.js';
import type { CommandHandler } from './handle-message.js';
import type { Scheduler } from '../schedule/scheduler.js';

/** The optional parts of the bot every entry point installs: commands and scheduled reports. */
export interface BotFeatures {
  commands?: CommandHandler;
  routines?: (ctx: BotContext, scheduler: Scheduler) => void;
}

/** Everything beyond screening and membership that the bot ships with. */
export function botFeatures(): BotFeatures {
  return {};
}
