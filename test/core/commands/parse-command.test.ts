/**
 * Reading chat lines as commands: every Chinese name and English alias, the
 * three prefixes, arguments glued to the name, @-mentions removed, unknown
 * words, a bare prefix, ordinary text, and case id arguments.
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_ALIASES, MEMBER_COMMANDS, USAGE, type CommandName } from '../../../src/core/commands/command-names.js';
import { caseIdArg, parseCommand } from '../../../src/core/commands/parse-command.js';

const ALL_NAMES: CommandName[] = [
  'help', 'rules', 'warn', 'pardon', 'record', 'case', 'remove', 'keep', 'exempt', 'unexempt',
  'pause', 'resume', 'dict', 'allow', 'stats', 'digest', 'check', 'appeal', 'reject', 'confirm', 'report', 'mute', 'unmute', 'myid',
];

/** The Chinese name of each command, as README's table lists it. */
const CHINESE: Record<CommandName, string> = {
  help: '帮助', rules: '群规', warn: '警告', pardon: '撤销', record: '记录', case: '案件', remove: '移出',
  keep: '保留', exempt: '豁免', unexempt: '取消豁免', pause: '暂停', resume: '恢复', dict: '词库',
  allow: '白名单', stats: '统计', digest: '周报', check: '检查', appeal: '申诉', reject: '驳回', confirm: '确认', myid: '我的ID',
  report: '举报', mute: '禁言', unmute: '解除禁言',
};

describe('command names', () => {
  it.each(ALL_NAMES.map((name) => ({ name, chinese: CHINESE[name] })))('$name: Chinese name $chinese and a usage line that starts with it', ({ name, chinese }) => {
    expect(COMMAND_ALIASES[chinese]).toBe(name);
    expect(COMMAND_ALIASES[name]).toBe(name); // the English alias is the canonical name
    expect(USAGE[name].startsWith(`#${chinese} `)).toBe(true);
  });

  it('every alias maps to a known command, and only 帮助 群规 申诉 举报 我的ID are for members', () => {
    for (const name of Object.values(COMMAND_ALIASES)) expect(ALL_NAMES).toContain(name);
    expect(Object.keys(USAGE).sort()).toEqual([...ALL_NAMES].sort());
    expect([...MEMBER_COMMANDS].sort()).toEqual(['appeal', 'help', 'myid', 'report', 'rules']);
  });
});

describe('parseCommand', () => {
  it.each(Object.entries(COMMAND_ALIASES).map(([alias, name]) => ({ alias, name })))('#$alias → $name', ({ alias, name }) => {
    expect(parseCommand(`#${alias}`)).toEqual({ kind: 'command', name, args: [], rest: '' });
  });

  it.each([
    { text: '#统计 7d', why: 'ASCII #' },
    { text: '/统计 7d', why: 'slash' },
    { text: '＃统计 7d', why: 'full-width ＃' },
    { text: '／统计 7d', why: 'full-width ／' },
    { text: '# 统计 7d', why: 'a space after the prefix' },
    { text: '  #统计   7d  ', why: 'spaces around' },
    { text: '#stats 7d', why: 'English alias' },
    { text: '#STATS 7d', why: 'English alias in capitals' },
    { text: '/Stats 7d', why: 'English alias, slash, capitalised' },
    { text: '#统计7d', why: 'argument glued to the Chinese name' },
    { text: '#统计\u30007d', why: 'ideographic space between name and argument' },
  ])('$why: "$text" → stats [7d]', ({ text }) => {
    expect(parseCommand(text)).toEqual({ kind: 'command', name: 'stats', args: ['7d'], rest: '7d' });
  });

  it.each([
    { text: '#撤销C12 误判', name: 'pardon', args: ['C12', '误判'] },
    { text: '#撤销C12', name: 'pardon', args: ['C12'] },
    { text: '#案件c3', name: 'case', args: ['c3'] },
    { text: '#申诉C3 不是我发的', name: 'appeal', args: ['C3', '不是我发的'] },
    { text: '#保留C7', name: 'keep', args: ['C7'] },
    { text: '#取消豁免 销售部-李四', name: 'unexempt', args: ['销售部-李四'] },
    { text: '#词库 添加 新词 confidential', name: 'dict', args: ['添加', '新词', 'confidential'] },
    { text: '#dict add 新词 confidential', name: 'dict', args: ['add', '新词', 'confidential'] },
    { text: '#白名单 删除 废物回收', name: 'allow', args: ['删除', '废物回收'] },
    { text: '#驳回 C5 证据确凿 维持原判', name: 'reject', args: ['C5', '证据确凿', '维持原判'] },
  ] as const)('"$text" → $name $args', ({ text, name, args }) => {
    expect(parseCommand(text)).toEqual({ kind: 'command', name, args: [...args], rest: args.join(' ') });
  });

  it('the longest name wins when one name starts another: #取消豁免C3 is unexempt, not a glued argument', () => {
    expect(parseCommand('#取消豁免')).toMatchObject({ name: 'unexempt', args: [] });
    expect(parseCommand('#豁免')).toMatchObject({ name: 'exempt', args: [] });
  });

  it.each([
    { text: '#警告 @销售部-李四\u2005刷屏', args: ['刷屏'], why: 'WeChat mention (ends with U+2005)' },
    { text: '#警告 @销售部-李四 刷屏 两次', args: ['刷屏', '两次'], why: 'mention ending with a space' },
    { text: '#警告@销售部-李四\u2005刷屏', args: ['刷屏'], why: 'mention glued to the name' },
    { text: '#警告 @销售部-李四\u2005@销售部-何静\u2005刷屏', args: ['刷屏'], why: 'two mentions' },
    { text: '#记录 @销售部-李四', args: [], why: 'mention at the end, nothing else' },
  ])('mentions are removed from the arguments: $why', ({ text, args }) => {
    expect(parseCommand(text)).toEqual({ kind: 'command', name: text.includes('#记录') ? 'record' : 'warn', args, rest: args.join(' ') });
  });

  it.each([
    { text: '#foo', word: 'foo' },
    { text: '#你好 世界', word: '你好' },
    { text: '/开会', word: '开会' },
    { text: '#warnC12', word: 'warnC12' }, // English aliases take no glued arguments
    { text: '#帮', word: '帮' },
  ])('unknown word: "$text" → unknown "$word"', ({ text, word }) => {
    expect(parseCommand(text)).toEqual({ kind: 'unknown', word });
  });

  it.each(['#', '＃', '/', '#   ', '# @群管家\u2005'])('a bare prefix ("%s") is an unknown command with no word', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'unknown', word: '' });
  });

  it.each(['帮助', '今天 #帮助', '请看C12', '', '   ', 'https://example.com/#帮助', '【通知】#统计'])('not a command: "%s"', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'none' });
  });
});

describe('caseIdArg', () => {
  it.each([
    { word: 'C12', id: 'C12' },
    { word: 'c12', id: 'C12' },
    { word: '#C12', id: 'C12' },
    { word: '#c7', id: 'C7' },
    { word: ' C3 ', id: 'C3' },
    { word: 'C1', id: 'C1' },
    { word: 'C123456', id: 'C123456' },
    { word: undefined, id: null },
    { word: '', id: null },
    { word: 'C', id: null },
    { word: '12', id: null },
    { word: 'C12a', id: null },
    { word: 'CC12', id: null },
    { word: 'D12', id: null },
    { word: '销售部-李四', id: null },
  ])('$word → $id', ({ word, id }) => {
    expect(caseIdArg(word)).toBe(id);
  });
});

describe('addressed to the bot', () => {
  it.each([
    ['@群管家 #帮助', 'help'],
    ['@群管家\u2005#统计 7d', 'stats'],
  ])('%s', (text, name) => {
    expect(parseCommand(text)).toMatchObject({ kind: 'command', name });
  });

  it('a mention alone is not a command', () => {
    expect(parseCommand('@群管家 你好')).toEqual({ kind: 'none' });
  });
});
