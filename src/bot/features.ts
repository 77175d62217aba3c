import type { Scheduler } from '../schedule/scheduler.js';
import type { BotContext } from './bot-context.js';
import { createCommandHandler } from './commands/command-handler.js';
import type { CommandHandler } from './handle-message.js';
import type { PolicyHolder } from './policy-holder.js';
import { reminderRoutine } from './reminders.js';
import { digestRoutine, sendDigestNow } from './digest/index.js';

/** The optional parts of the bot every entry point installs: commands and scheduled work. */
export interface BotFeatures {
  commands?: CommandHandler;
  routines?: (ctx: BotContext, scheduler: Scheduler) => Promise<void> | void;
}

/** Everything beyond screening and membership that the bot ships with. */
export function botFeatures(holder: PolicyHolder): BotFeatures {
  return {
    commands: createCommandHandler({
      holder,
      digestNow: async (ctx, roomIds, adminId) => {
        await sendDigestNow(ctx, { adminId, roomIds });
        return '周报已私信发送给你。';
      },
    }),
    routines: async (ctx, scheduler) => {
      await reminderRoutine(ctx, scheduler);
      await digestRoutine(ctx, scheduler);
    },
  };
}
