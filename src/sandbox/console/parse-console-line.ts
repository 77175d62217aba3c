/**
 * Understanding a line typed into the console sandbox (`姓名: 消息` or a /command); anything unusable gets a message
 * saying what to type instead, never a crash.
 */
import { clipInput } from './clip-input.js';
import { parseShareCommand, type ShareCommand } from './parse-share-command.js';
import { parseTimeOffset } from './parse-time-offset.js';

/** One line typed into the console sandbox, understood; names are resolved later against the group. */
export type ConsoleCommand =
  | { kind: 'empty' }
  | { kind: 'say'; speaker: string; text: string }
  | { kind: 'join'; person: string; by: string | null }
  | { kind: 'leave'; person: string; by: string | null }
  | { kind: 'rename'; person: string; alias: string }
  | { kind: 'dm'; person: string; text: string }
  | { kind: 'file'; person: string; fileName: string }
  | { kind: 'image'; person: string; path: string }
  | { kind: 'quote'; person: string; quotedName: string; quoted: string; reply: string }
  | ShareCommand
  | { kind: 'time'; advanceMs: number | null }
  | { kind: 'people' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'invalid'; message: string };

/** The usage of each console command, shown in /help and when one is typed wrong. */
export const CONSOLE_USAGE = {
  say: '姓名: 消息              以该成员身份在群里发言，如“李四: 下午三点开会”（冒号全角半角均可）',
  join: '/join 姓名 [by 邀请人]   成员被邀请入群（默认由管理员邀请）',
  leave: '/leave 姓名 [by 操作人]  成员退群；写 by 表示被操作人移出',
  rename: '/rename 姓名 新群昵称    修改该成员在本群的群昵称',
  dm: '/dm 姓名 消息            该成员私信群管家，如“/dm 张三 #统计”',
  file: '/file 姓名 文件名        该成员在群里发送文件',
  image: '/image 姓名 图片路径     该成员在群里发送图片（PNG/JPEG），群管家识别图中文字',
  card: '/card 姓名 名片上的人    该成员在群里推荐名片（群里的人或任意名字，如“/card 李四 刘总”）；也可写 /名片',
  mini: '/mini 姓名 标题 [| 描述] 该成员分享小程序，如“/mini 李四 会议室预订 | 行政部”；也可写 /小程序',
  link: '/link 姓名 网址 [标题 [| 描述]]  该成员分享链接卡片，如“/link 李四 https://example.com 周报模板”；也可写 /链接',
  forward: '/forward 姓名 甲: 文字 / 乙: 文字  该成员转发聊天记录，条与条之间用“ / ”（两边有空格）隔开；也可写 /转发',
  quote: '/quote 姓名 被引用人: 原话 / 回复  该成员引用一条消息回复，如“/quote 张三 何静: 周末去赌博吗 / #举报 群里赌博”；也可写 /引用',
  time: '/time +1d                模拟时间前进（+30m、+2h、+1d、+1d2h，一次最多 31 天）；只写 /time 显示当前时间',
  people: '/people                  查看群成员和可邀请的人',
  help: '/help                    显示本帮助',
  quit: '/quit                    退出（也可按 Ctrl-D）',
} as const;

/** The one-line reminder of what can be typed. */
export const SHORT_USAGE = '可用命令：/join /leave /rename /dm /file /image /card /mini /link /forward /quote /time /people /help /quit；发言请用“姓名: 消息”。';

const ALIASES: Record<string, ConsoleCommand['kind']> = {
  join: 'join',
  leave: 'leave',
  rename: 'rename',
  dm: 'dm',
  file: 'file',
  image: 'image',
  card: 'card',
  名片: 'card',
  mini: 'mini',
  小程序: 'mini',
  link: 'link',
  链接: 'link',
  forward: 'forward',
  转发: 'forward',
  quote: 'quote',
  引用: 'quote',
  time: 'time',
  people: 'people',
  who: 'people',
  help: 'help',
  h: 'help',
  '?': 'help',
  quit: 'quit',
  exit: 'quit',
  q: 'quit',
};

/** `被引用人: 原话 / 回复`: the quoted name up to the first colon, the reply after the last “ / ”. */
const QUOTE = /^([^\s:：][^:：]{0,31}?)\s*[:：]\s*([\s\S]*)\s+[/／]\s+([\s\S]*)$/;

const SPEECH = /^([^\s:：/／][^\s:：]{0,31}?)\s*[:：]\s*([\s\S]*)$/;

/** Parses one console line; anything it cannot use becomes `invalid` with a message that says what to type. */
export function parseConsoleLine(line: string): ConsoleCommand {
  const text = line.replace(/^\uFEFF/, '').trim();
  if (text === '') return { kind: 'empty' };
  if (text.startsWith('/') || text.startsWith('／')) return parseCommand(text.slice(1));
  const speech = SPEECH.exec(text);
  if (!speech) {
    return { kind: 'invalid', message: `看不懂“${clipInput(text)}”。发言请写成“姓名: 消息”，例如“李四: 下午三点开会”；命令以 / 开头，输入 /help 查看。` };
  }
  const body = speech[2]!.trim();
  if (body === '') return { kind: 'invalid', message: `${speech[1]} 要说什么？请在冒号后写上消息，例如“${speech[1]}: 大家好”。` };
  return { kind: 'say', speaker: speech[1]!, text: body };
}

function parseCommand(rest: string): ConsoleCommand {
  const word = /^\S*/.exec(rest)![0];
  const args = rest.slice(word.length).trim();
  const kind = ALIASES[word.toLowerCase()];
  const words = args === '' ? [] : args.split(/\s+/);
  const usage = (k: keyof typeof CONSOLE_USAGE, why: string): ConsoleCommand => ({ kind: 'invalid', message: `${why}。用法：${CONSOLE_USAGE[k]}` });
  switch (kind) {
    case 'join':
    case 'leave': {
      const [person, by, actor, ...extra] = words;
      if (!person) return usage(kind, `/${kind} 需要写上姓名`);
      if (by === undefined) return { kind, person, by: null };
      if (!isBy(by) || !actor || extra.length > 0) return usage(kind, `“${clipInput(args)}”的写法不对`);
      return { kind, person, by: actor };
    }
    case 'rename':
    case 'dm':
    case 'file':
    case 'image': {
      const person = words[0];
      const value = person ? args.slice(person.length).trim() : '';
      const what = kind === 'rename' ? '新的群昵称' : kind === 'dm' ? '私信内容' : kind === 'image' ? '图片路径' : '文件名';
      if (!person || value === '') return usage(kind, `/${kind} 需要姓名和${what}`);
      if (kind === 'rename') return { kind, person, alias: value };
      if (kind === 'dm') return { kind, person, text: value };
      if (kind === 'image') return { kind, person, path: value };
      return { kind, person, fileName: value };
    }
    case 'card':
    case 'mini':
    case 'link':
    case 'forward': {
      const person = words[0];
      const share = parseShareCommand(kind, person, person ? args.slice(person.length).trim() : '');
      return 'problem' in share ? usage(kind, share.problem) : share;
    }
    case 'quote': {
      const person = words[0];
      const quote = QUOTE.exec(person ? args.slice(person.length).trim() : '');
      if (!person || !quote) return usage('quote', '/quote 需要发言人、被引用人和原话，再用“ / ”隔开回复');
      const [, quotedName, quoted, reply] = quote.map((part) => part.trim()) as [string, string, string, string];
      if (quoted === '' || reply === '') return usage('quote', '原话和回复都不能为空');
      return { kind: 'quote', person, quotedName, quoted, reply };
    }
    case 'time': {
      if (args === '') return { kind, advanceMs: null };
      const ms = parseTimeOffset(args);
      if (ms === null) return usage('time', `“${clipInput(args)}”不是有效的时间（只能向前，一次最多 31 天）`);
      return { kind, advanceMs: ms };
    }
    case 'people':
    case 'help':
    case 'quit':
      return { kind };
    default:
      return { kind: 'invalid', message: `未知命令“/${clipInput(word)}”。${SHORT_USAGE}` };
  }
}

function isBy(word: string): boolean {
  return ['by', '由', '被'].includes(word.toLowerCase());
}
