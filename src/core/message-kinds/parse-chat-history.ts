/**
 * Reading a forwarded chat history (WeChat's record XML) into its records, nested forwards flattened in order, so the
 * text inside is screened like messages; bounded against hostile or huge input.
 */
import { XMLParser } from 'fast-xml-parser';

/** What a forwarded record was in the original chat; only its text is screened, media are counted. */
export type ForwardedKind = 'text' | 'image' | 'video' | 'link' | 'file' | 'chat_history' | 'other';

/** One message inside a forwarded chat history, as the original sender wrote it. */
export interface ForwardedRecord {
  /** The original sender's display name (`<sourcename>`); '' when WeChat left it out. */
  name: string;
  /** The text to screen: the message, or a link's or file's title (and description). */
  text: string;
  kind: ForwardedKind;
  /** 0 for the forwarded chat itself, 1 for a chat forwarded inside it, and so on. */
  depth: number;
  /** A shared link's address, when the record is a link. */
  url?: string;
}

/** A forwarded chat history: its card title and every record inside, nested chats flattened in order. */
export interface ChatHistory {
  title: string;
  records: ForwardedRecord[];
  /** True when limits cut the history short (too long, too many records, nested too deep) or the parser gave up on the XML. */
  truncated: boolean;
}

/** Bounds for hostile or huge input; the defaults are far above what WeChat sends. */
export interface ChatHistoryLimits {
  /** Characters of XML read; the rest is ignored. */
  maxChars: number;
  /** Records returned; the rest are dropped. */
  maxRecords: number;
  /** Chats forwarded inside chats followed this deep. */
  maxDepth: number;
}

/** 1 M characters (~25 ms of parsing for 1000 records per 116 KB), 2000 records, 4 levels of forwarded-inside-forwarded. */
export const DEFAULT_CHAT_HISTORY_LIMITS: ChatHistoryLimits = { maxChars: 1_000_000, maxRecords: 2000, maxDepth: 4 };

/** WeChat's `datatype` attribute of a `<dataitem>`. */
const KINDS: Record<string, ForwardedKind> = { '1': 'text', '2': 'image', '4': 'video', '5': 'link', '8': 'file', '17': 'chat_history' };

type XmlNode = string | XmlNode[] | { [key: string]: XmlNode };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => name === 'dataitem',
  jPath: false,
});

/**
 * Reads the records of a forwarded chat (Wechaty's ChatHistory message text):
 * `<msg><appmsg><title/><recorditem>` holding a `<recordinfo>` as CDATA or
 * escaped text, or a bare `<recordinfo>`. Each `<dataitem>` gives its
 * `<sourcename>` and `<datadesc>`; a chat forwarded inside (datatype 17, in
 * `<recordxml>` or its own `<recorditem>`) is followed. Never throws: broken XML
 * yields what could be read.
 */
export function parseChatHistory(xml: string, limits: Partial<ChatHistoryLimits> = {}): ChatHistory {
  const bounds = { ...DEFAULT_CHAT_HISTORY_LIMITS, ...limits };
  const state: ReadState = { bounds, records: [], truncated: xml.length > bounds.maxChars, failed: false };
  const input = unescapedWhole(xml.slice(0, bounds.maxChars), state);
  const root = parseXml(input, state);
  const appmsg = child(child(root, 'msg'), 'appmsg') ?? child(root, 'appmsg');
  let recordinfo = appmsg !== undefined ? embeddedRecordInfo(child(appmsg, 'recorditem'), state) : child(root, 'recordinfo');
  if (state.failed) recordinfo = child(parseXml(completeItems(input), state), 'recordinfo');
  readRecordInfo(recordinfo, 0, state);
  const title = textOf(child(appmsg, 'title')) || textOf(child(recordinfo, 'title'));
  return { title, records: state.records, truncated: state.truncated || state.failed };
}

interface ReadState {
  bounds: ChatHistoryLimits;
  records: ForwardedRecord[];
  truncated: boolean;
  /** The parser gave up on some of the XML (cut off, unbalanced). */
  failed: boolean;
}

function parseXml(xml: string, state: ReadState): XmlNode | undefined {
  const start = xml.indexOf('<'); // some puppets prefix the sender: "wxid_x:\n<msg>…"
  if (start < 0) return undefined;
  try {
    return parser.parse(xml.slice(start)) as XmlNode;
  } catch {
    state.failed = true;
    return undefined;
  }
}

/** Web-protocol puppets hand over the whole card escaped (`&lt;msg&gt;…`): one level of entities is undone first. */
function unescapedWhole(xml: string, state: ReadState): string {
  if (xml.includes('<') || !xml.includes('&lt;')) return xml;
  const wrapped = parseXml(`<escaped>${xml}</escaped>`, state);
  return textOf(child(wrapped, 'escaped'));
}

/**
 * A history cut off in the middle (a huge message, or the maxChars limit):
 * the recordinfo up to its last complete `</dataitem>`, closed again, so the
 * parser can read the records that did arrive whole.
 */
function completeItems(xml: string): string {
  const start = xml.indexOf('<recordinfo');
  const end = xml.lastIndexOf('</dataitem>');
  if (start < 0 || end < start) return '';
  return `${xml.slice(start, end + '</dataitem>'.length)}</datalist></recordinfo>`;
}

/** A `<recordinfo>` carried as text (CDATA or escaped) inside a `<recorditem>`, parsed in its turn. */
function embeddedRecordInfo(recorditem: XmlNode | undefined, state: ReadState): XmlNode | undefined {
  if (recorditem === undefined) return undefined;
  if (typeof recorditem !== 'string') return child(recorditem, 'recordinfo');
  return child(parseXml(recorditem, state), 'recordinfo');
}

function readRecordInfo(recordinfo: XmlNode | undefined, depth: number, state: ReadState): void {
  for (const item of children(child(child(recordinfo, 'datalist'), 'dataitem'))) {
    if (state.records.length >= state.bounds.maxRecords) {
      state.truncated = true;
      return;
    }
    readItem(item, depth, state);
  }
}

function readItem(item: XmlNode, depth: number, state: ReadState): void {
  const kind = KINDS[textOf(child(item, '@datatype'))] ?? 'other';
  const name = textOf(child(item, 'sourcename'));
  const title = textOf(child(item, 'datatitle'));
  const desc = textOf(child(item, 'datadesc'));
  if (kind === 'chat_history') {
    const inner = child(item, 'recordxml') !== undefined ? child(child(item, 'recordxml'), 'recordinfo') : embeddedRecordInfo(child(item, 'recorditem'), state);
    if (inner !== undefined && depth + 1 < state.bounds.maxDepth) {
      const before = state.records.length;
      readRecordInfo(inner, depth + 1, state);
      if (state.records.length > before) return;
    } else if (inner !== undefined) state.truncated = true;
  }
  const text = kind === 'text' ? desc : [title, desc].filter((s) => s !== '').join('\n');
  const url = kind === 'link' ? textOf(child(item, 'link')) : '';
  state.records.push({ name, text, kind, depth, ...(url ? { url } : {}) });
}

function child(node: XmlNode | undefined, key: string): XmlNode | undefined {
  if (node === undefined || typeof node === 'string' || Array.isArray(node)) return undefined;
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

function children(node: XmlNode | undefined): XmlNode[] {
  if (node === undefined) return [];
  return Array.isArray(node) ? node : [node];
}

/** The text of an element however the parser shaped it: a string, its text node, or its first occurrence. */
function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node.trim();
  if (Array.isArray(node)) return textOf(node[0]);
  return textOf(node['#text']);
}
