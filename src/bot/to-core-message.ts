import { types, type Message } from 'wechaty';
import type { CoreMessage } from '../core/types.js';
import { discreet } from '../core/wording/discreet-text.js';

/** Message types whose text or title is screened. */
const SCREENED: Partial<Record<number, CoreMessage['kind']>> = {
  [types.Message.Text]: 'text',
  [types.Message.Attachment]: 'file',
  [types.Message.Url]: 'link',
};

/**
 * The one place a Wechaty message becomes the core's message: text, the file
 * name of an attachment, or the title and description of a link.
 */
export async function toCoreMessage(msg: Message, now: number): Promise<CoreMessage> {
  const room = msg.room();
  const talker = msg.talker();
  const kind = SCREENED[msg.type()] ?? 'other';
  let text = '';
  if (kind === 'text') text = msg.text();
  else if (kind === 'file') text = await msg.toFileBox().then((f) => f.name).catch(() => msg.text());
  else if (kind === 'link') {
    text = await msg
      .toUrlLink()
      .then((link) => [link.title(), link.description()].filter(Boolean).join(' '))
      .catch(() => msg.text());
  }
  const [topic, alias, mentions] = await Promise.all([
    room ? room.topic().catch(() => '') : Promise.resolve(''),
    room ? room.alias(talker).catch(() => undefined) : Promise.resolve(undefined),
    msg.mentionList().catch(() => []),
  ]);
  return {
    id: msg.id,
    roomId: room?.id ?? '',
    roomTopic: topic,
    senderId: talker.id,
    // Names are people's own words: a mobile number in a nickname is never stored or repeated.
    senderName: discreet(talker.name()),
    senderAlias: alias ? discreet(alias) : null,
    text,
    kind,
    at: now,
    mentionIds: mentions.map((c) => c.id),
  };
}
