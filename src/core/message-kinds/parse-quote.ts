/**
 * A WeChat quote reply as Wechaty puppets deliver it: one text message carrying the quoted
 * part, then a dashed separator line, then what the replier wrote. padlocal renders
 * `「显示名：原消息」\n- - - … (16)\n回复`, other iPad and web puppets 15 dashes, some
 * clients a plain or long dash line, a half-width colon, or `「@显示名\u2005：…」`; quoting a
 * quote, padlocal puts the quoted message's XML (its `<title>` is the text) inside.
 */

/** A quote reply taken apart: who was quoted, what they said, and the replier's own words. */
export interface QuoteReply {
  /** The quoted message's sender as WeChat shows them (group nickname or WeChat name). */
  name: string;
  /** The quoted message's text; for a quoted quote, the reply part of it. */
  quoted: string;
  /** What the replier wrote under the separator: their own words, the only part that is theirs. */
  reply: string;
}

const OPEN = '「';
const CLOSE = '」';
/** A display name is short and on one line; longer text before a colon is a sentence, not a name. */
const MAX_NAME = 32;
const DASHES = /[-－—–─━]/g;

/** A line made only of dashes (of any kind) and spaces, at least three dashes. */
function isSeparator(line: string): boolean {
  const trimmed = line.trim();
  return /^[-－—–─━\s]+$/.test(trimmed) && (trimmed.match(DASHES)?.length ?? 0) >= 3;
}

/** `张三：内容` → name and content, at the first colon of either width; null without a name. */
function splitName(inner: string): { name: string; content: string } | null {
  const colon = /[：:]/.exec(inner);
  if (!colon) return null;
  const name = inner.slice(0, colon.index).replace(/^@/, '').replace(/[\s\u2005]+$/u, '').trim();
  if (name === '' || name.includes('\n') || [...name].length > MAX_NAME) return null;
  return { name, content: inner.slice(colon.index + 1).trim() };
}

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** The text of a quoted message: a quoted quote's own reply (XML `<title>` or the text shape), else as is. */
function quotedText(content: string): string {
  if (/^\s*(<\?xml|<msg[\s>])/.test(content)) {
    const title = /<title>([\s\S]*?)<\/title>/.exec(content)?.[1] ?? '';
    return title.replace(/&(lt|gt|amp|quot|apos);/g, (e) => XML_ENTITIES[e] ?? e).trim();
  }
  return parseQuote(content)?.reply ?? content;
}

/**
 * The quote reply in a message text, or null when the text is not one: it must open with
 * `「名字：`, close with `」` on the line right above a separator line, and have a reply
 * under it. Ordinary text that merely holds 「」 or dashes is never taken for a quote.
 */
export function parseQuote(text: string): QuoteReply | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith(OPEN)) return null;
  const lines = trimmed.split(/\r?\n/);
  // The last separator that follows a closing bracket: a quoted message may hold 」 or a quote of its own.
  for (let i = lines.length - 1; i >= 1; i--) {
    if (!isSeparator(lines[i] as string) || !(lines[i - 1] as string).trimEnd().endsWith(CLOSE)) continue;
    const inner = lines.slice(0, i).join('\n').trimEnd().slice(OPEN.length, -CLOSE.length);
    const reply = lines.slice(i + 1).join('\n').trim();
    const named = splitName(inner);
    if (!named || reply === '') return null;
    return { name: named.name, quoted: quotedText(named.content), reply };
  }
  return null;
}

/** padlocal's separator line: sixteen dashes with spaces between. */
const PADLOCAL_SEPARATOR = Array.from({ length: 16 }, () => '-').join(' ');

/** A quote reply in the shape padlocal delivers, for the sandbox console and examples; `parseQuote` reads it back. */
export function formatQuoteReply(reply: QuoteReply): string {
  return `${OPEN}${reply.name}：${reply.quoted}${CLOSE}\n${PADLOCAL_SEPARATOR}\n${reply.reply}`;
}
