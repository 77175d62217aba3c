/**
 * Parsing the console's /card, /mini, /link and /forward lines into the share a member makes, with what is missing or
 * malformed said plainly.
 */
import { clipInput } from './clip-input.js';

/** A card, mini-program, link or forwarded chat typed into the console, before names are resolved. */
export type ShareCommand =
  | { kind: 'card'; person: string; contact: string }
  | { kind: 'mini'; person: string; title: string; description: string }
  | { kind: 'link'; person: string; url: string; title: string; description: string }
  | { kind: 'forward'; person: string; records: { name: string; text: string }[] };

/** Why a share line was typed wrong: what is missing or malformed (the caller adds the usage). */
export interface ShareProblem {
  problem: string;
}

/** Between two forwarded messages: a slash with spaces around it, so `广告/推广` and URLs stay whole. */
const RECORD_SEPARATOR = /\s+[/／](?:\s+|$)/;
/** Between a title and its description. */
const DESCRIPTION_SEPARATOR = /\s*[|｜]\s*/;
const RECORD = /^([^\s:：][^:：]{0,31}?)\s*[:：]\s*([\s\S]*)$/;
const BARE_DOMAIN = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]\S*)?$/u;

/**
 * Parses the arguments of /card, /mini, /link and /forward (`words[0]` is the
 * sender, `rest` the text after the sender's name) into the share it stands for.
 */
export function parseShareCommand(kind: ShareCommand['kind'], person: string | undefined, rest: string): ShareCommand | ShareProblem {
  if (!person) return { problem: `/${kind} 需要写上发送者的姓名` };
  switch (kind) {
    case 'card':
      return rest === '' ? { problem: '/card 需要写上名片上的人（群里的人或任意名字）' } : { kind, person, contact: rest };
    case 'mini': {
      const { title, description } = titled(rest);
      return title === '' ? { problem: '/mini 需要写上小程序的标题' } : { kind, person, title, description };
    }
    case 'link': {
      const address = /^\S*/.exec(rest)![0];
      if (address === '') return { problem: '/link 需要写上网址' };
      const url = normaliseUrl(address);
      if (url === null) return { problem: `“${clipInput(address)}”不是网址，请写成 https://example.com/a 或 example.com/a` };
      return { kind, person, url, ...titled(rest.slice(address.length).trim()) };
    }
    case 'forward':
      return forwarded(person, rest);
  }
}

function titled(text: string): { title: string; description: string } {
  const [title = '', ...description] = text.split(DESCRIPTION_SEPARATOR);
  return { title: title.trim(), description: description.join(' ').trim() };
}

/** `https://…` as typed, a bare `example.com/a` with https:// in front; null when it is no web address. */
function normaliseUrl(address: string): string | null {
  const withScheme = /^https?:\/\//i.test(address) ? address : BARE_DOMAIN.test(address) ? `https://${address}` : null;
  if (withScheme === null) return null;
  try {
    return new URL(withScheme).hostname.includes('.') ? withScheme : null;
  } catch {
    return null;
  }
}

function forwarded(person: string, rest: string): ShareCommand | ShareProblem {
  if (rest === '') return { problem: '/forward 需要写上转发的聊天记录' };
  const records: { name: string; text: string }[] = [];
  for (const [i, piece] of rest.split(RECORD_SEPARATOR).entries()) {
    const m = RECORD.exec(piece.trim());
    const text = m?.[2]?.trim() ?? '';
    if (!m || text === '') return { problem: `第 ${i + 1} 条“${clipInput(piece)}”应写成“姓名: 文字”，条与条之间用“ / ”（两边有空格）隔开` };
    records.push({ name: m[1]!.trim(), text });
  }
  return { kind: 'forward', person, records };
}
