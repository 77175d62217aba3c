/**
 * Reading a chat line as a `#命令 参数…` command (also `/` and full-width `＃`, Chinese names and English aliases), while
 * ordinary chat that only looks like one (`/::)`, `#1号会议室`, paths, e-mail addresses) stays chat.
 */
import { COMMAND_ALIASES, type CommandName } from './command-names.js';

/** A chat line read as a command. */
export type ParsedCommand =
  | { kind: 'command'; name: CommandName; args: string[]; rest: string }
  | { kind: 'unknown'; word: string }
  | { kind: 'none' };

const PREFIX = /^\s*[#＃/／]\s*/;
/** An @-mention starts a word (an e-mail address is not one). */
const MENTION = /(?<![A-Za-z0-9._%+-])@[^\s\u2005@]+[\u2005\s]?/gu;
/** `@群管家 #帮助`: mentions before the prefix address the bot and are skipped. */
const LEADING_MENTIONS = /^(\s*@[^\s\u2005@]+[\u2005\s]+)+/u;
/** A command word starts with a letter and has no symbols (`/::)`, `#1号会议室`, `/home/data` are chat, not commands). */
const COMMAND_WORD = /^\p{L}[\p{L}\p{N}]{0,15}$/u;

/**
 * Reads `#命令 参数…` (also `/`, full-width `＃`), with Chinese names and English
 * aliases. @-mentions are removed from the arguments: the platform gives them as ids.
 */
export function parseCommand(text: string): ParsedCommand {
  const addressed = text.replace(LEADING_MENTIONS, '');
  const prefix = PREFIX.exec(addressed);
  if (!prefix) return { kind: 'none' };
  const body = addressed.slice(prefix[0].length).replace(MENTION, ' ').trim();
  if (body.length === 0) return { kind: 'unknown', word: '' };
  const [word = '', ...args] = body.split(/\s+/);
  const name = COMMAND_ALIASES[word.toLowerCase()] ?? longestAliasPrefix(word);
  if (!name && !COMMAND_WORD.test(word)) return { kind: 'none' };
  if (!name) return { kind: 'unknown', word };
  const glued = COMMAND_ALIASES[word.toLowerCase()] ? [] : [word.slice(aliasLength(word, name))].filter(Boolean);
  const all = [...glued, ...args];
  return { kind: 'command', name, args: all, rest: all.join(' ') };
}

/** `#撤销C12` (no space) still works: the longest alias the word starts with. */
function longestAliasPrefix(word: string): CommandName | undefined {
  let best: string | undefined;
  for (const alias of Object.keys(COMMAND_ALIASES)) {
    if (/^[a-z]/.test(alias)) continue;
    if (word.startsWith(alias) && (!best || alias.length > best.length)) best = alias;
  }
  return best ? COMMAND_ALIASES[best] : undefined;
}

function aliasLength(word: string, name: CommandName): number {
  let best = 0;
  for (const [alias, n] of Object.entries(COMMAND_ALIASES)) if (n === name && word.startsWith(alias)) best = Math.max(best, alias.length);
  return best;
}

/** A case id argument (`C12`, `c12`, `#C12`), normalised to `C12`; null if the word is not one. */
export function caseIdArg(word: string | undefined): string | null {
  const m = word ? /^#?[cC](\d+)$/.exec(word.trim()) : null;
  return m ? `C${m[1]}` : null;
}
