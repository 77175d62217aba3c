/**
 * How the console prints what the bot did (messages, @-mentions, private messages, removals) with the names the group
 * shows instead of contact ids.
 */
import type { BotAction } from '../simulation.js';

/** What the console needs to turn ids into the names the group shows. */
export interface ActionNames {
  botName: string;
  display(id: string): string;
  roomTopic(roomId: string): string;
}

/** Indent of continuation lines, so a multi-line message reads as one block under its header. */
const INDENT = '      ';

/** Renders one bot action for a person to read: who it @-mentions, whom it messages, whom it removes. */
export function formatBotAction(action: BotAction, names: ActionNames): string {
  if (action.kind === 'remove') return `◆ ${names.botName} 把 ${names.display(action.member)} 移出了“${names.roomTopic(action.room)}”`;
  if (action.kind === 'dm') return `◆ ${names.botName} 私信 ${names.display(action.to)}：\n${indent(action.text)}`;
  const mentions = action.mentions.length > 0 ? `，@${action.mentions.map(names.display).join(' @')}` : '';
  return `◆ ${names.botName} 在“${names.roomTopic(action.room)}”说${mentions}：\n${indent(action.text)}`;
}

/** Puts a time in front of an event line and aligns the lines after the first under it. */
export function stamp(time: string, text: string): string {
  const pad = ' '.repeat(time.length + 2);
  return `${time}  ${text.split('\n').join(`\n${pad}`)}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `${INDENT}${line}`)
    .join('\n');
}
