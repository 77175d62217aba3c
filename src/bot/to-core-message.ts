/**
 * The adapter from a Wechaty message to the core's CoreMessage: kind, the text to screen (quote replies split, names
 * made discreet), and what links, cards, mini programs, chat records and images carry.
 */
import { types, type Message } from 'wechaty';
import { parseChatHistory } from '../core/message-kinds/parse-chat-history.js';
import { parseQuote } from '../core/message-kinds/parse-quote.js';
import type { CoreMessage, MessageKind, SharedItem } from '../core/types.js';
import { discreet } from '../core/wording/discreet-text.js';

/** Each Wechaty message type as the core sees it; types not listed are `other`. */
const KINDS: Partial<Record<number, MessageKind>> = {
  [types.Message.Text]: 'text',
  [types.Message.Attachment]: 'file',
  [types.Message.Url]: 'link',
  [types.Message.Image]: 'image',
  [types.Message.Contact]: 'card',
  [types.Message.MiniProgram]: 'mini_program',
  [types.Message.ChatHistory]: 'chat_history',
  [types.Message.Audio]: 'counted',
  [types.Message.Video]: 'counted',
  [types.Message.RedEnvelope]: 'counted',
  [types.Message.Transfer]: 'counted',
  [types.Message.GroupNote]: 'counted',
  [types.Message.Recalled]: 'counted',
};

/** What the adapter needs from the policy: whether images are read at all (policy `images`). */
export interface AdapterOptions {
  readImages: boolean;
}

/** The parts of a message that depend on its kind: the text to screen and what the kind carries. */
type KindContent = Pick<CoreMessage, 'text'> & Partial<Pick<CoreMessage, 'shared' | 'image' | 'records' | 'quote'>>;

/** A text, or a quote reply taken apart: the text is then the reply, the sender's own words. */
function textContent(text: string): KindContent {
  const quote = parseQuote(text);
  // The quoted name is a name like a sender's: never a raw mobile number.
  return quote ? { text: quote.reply, quote: { name: discreet(quote.name), text: quote.quoted, whole: text } } : { text };
}

/** An image's bytes, or nothing when the download fails (logged upstream as an image without text). */
async function imageBytes(msg: Message): Promise<Uint8Array | undefined> {
  return msg
    .toFileBox()
    .then((file) => file.toBuffer())
    .catch(() => undefined);
}

async function kindContent(msg: Message, kind: MessageKind, options: AdapterOptions): Promise<KindContent> {
  switch (kind) {
    case 'text':
      return textContent(msg.text());
    case 'file':
      return { text: await msg.toFileBox().then((f) => f.name).catch(() => msg.text()) };
    case 'link': {
      const shared = await msg
        .toUrlLink()
        .then((link): SharedItem => ({ kind: 'link', link: { url: link.url(), title: link.title(), description: link.description() ?? '' } }))
        .catch(() => null);
      return shared ? { text: '', shared } : { text: msg.text() };
    }
    case 'card': {
      const shared = await msg
        .toContact()
        .then((c): SharedItem => ({ kind: 'card', card: { contactId: c.id, name: c.name() } }))
        .catch(() => null);
      return shared ? { text: '', shared } : { text: '' };
    }
    case 'mini_program': {
      const shared = await msg
        .toMiniProgram()
        .then((p): SharedItem => ({ kind: 'mini_program', miniProgram: { title: p.title() ?? '', description: p.description() ?? '' } }))
        .catch(() => null);
      return shared ? { text: '', shared } : { text: '' };
    }
    case 'image': {
      const image = options.readImages ? await imageBytes(msg) : undefined;
      return image ? { text: '', image } : { text: '' };
    }
    case 'chat_history':
      // The original senders' names are shown in cases and notices: as with senders, never a raw mobile number.
      return { text: '', records: parseChatHistory(msg.text()).records.map((r) => ({ ...r, name: discreet(r.name) })) };
    default:
      return { text: '' };
  }
}

/**
 * The one place a Wechaty message becomes the core's message: text (a quote reply
 * as its reply, with the quoted part beside it), the file
 * name of an attachment, a link, card or mini-program as its kind's policy
 * reads it, an image's bytes for OCR, the records of a forwarded chat; voice,
 * video, red packets, transfers and system messages are `counted`.
 */
export async function toCoreMessage(msg: Message, now: number, options: AdapterOptions = { readImages: true }): Promise<CoreMessage> {
  const room = msg.room();
  const talker = msg.talker();
  const kind = KINDS[msg.type()] ?? 'other';
  const [content, topic, alias, mentions] = await Promise.all([
    kindContent(msg, kind, options),
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
    kind,
    at: now,
    mentionIds: mentions.map((c) => c.id),
    ...content,
  };
}
