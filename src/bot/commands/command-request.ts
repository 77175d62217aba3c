/** The shape every command implementation receives: who asked, in which chat, about which group, and how to answer them. */
import type { CommandName } from '../../core/commands/command-names.js';
import type { CoreMessage } from '../../core/types.js';
import type { RoomRecord } from '../../core/records.js';
import type { BotContext } from '../bot-context.js';

/** One command being run: who asked, where, about which group, and how to answer. */
export interface CommandRequest {
  ctx: BotContext;
  msg: CoreMessage;
  name: CommandName;
  args: string[];
  /** The group the command is about. */
  room: RoomRecord;
  /** Asked in a private chat with the bot rather than in the group. */
  private: boolean;
  isAdmin: boolean;
  /** Answers the asker where the command's registry entry says: privately (admin commands), or where asked. */
  reply(text: string): Promise<void>;
  /** Answers the asker privately (the group sees a one-line acknowledgement); in the group when the bot may not message them. */
  replyPrivately(text: string): Promise<void>;
  /** Records an admin action in the audit log. */
  audit(action: string, target: string | null, note?: string): Promise<void>;
}
