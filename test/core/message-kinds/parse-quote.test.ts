/**
 * Quote replies in the shapes Wechaty puppets deliver them (padlocal's 16-dash separator,
 * the 15-dash one of other puppets, plain and long dash lines, half-width colons, `@name`,
 * a quoted quote as padlocal's XML or as text), against ordinary text that merely holds
 * 「」, colons or dash lines. Names and texts are made up.
 */
import { describe, expect, it } from 'vitest';
import { formatQuoteReply, parseQuote } from '../../../src/core/message-kinds/parse-quote.js';

const SEP16 = '- - - - - - - - - - - - - - - -';
const SEP15 = '- - - - - - - - - - - - - - -';

describe('parseQuote: real quote replies', () => {
  it.each([
    ['padlocal: full-width colon, 16 dashes', `「销售部-何静：周末一起去赌博吗」\n${SEP16}\n#举报 拉人赌博`, { name: '销售部-何静', quoted: '周末一起去赌博吗', reply: '#举报 拉人赌博' }],
    ['15 dashes', `「张三：这是一个测试」\n${SEP15}\n收到`, { name: '张三', quoted: '这是一个测试', reply: '收到' }],
    ['half-width colon', `「张三: 明天交报告」\n${SEP15}\n好的`, { name: '张三', quoted: '明天交报告', reply: '好的' }],
    ['an @-name with the mention space', `「@张三\u2005：在吗」\n${SEP15}\n在的`, { name: '张三', quoted: '在吗', reply: '在的' }],
    ['a plain dash line', `「张三：在吗」\n---------------\n在的`, { name: '张三', quoted: '在吗', reply: '在的' }],
    ['a long dash line', `「张三：在吗」\n———————\n在的`, { name: '张三', quoted: '在吗', reply: '在的' }],
    ['Windows line ends', `「张三：在吗」\r\n${SEP15}\r\n在的`, { name: '张三', quoted: '在吗', reply: '在的' }],
    ['a quoted text over several lines', `「张三：第一行\n第二行」\n${SEP15}\n看到了`, { name: '张三', quoted: '第一行\n第二行', reply: '看到了' }],
    ['a quoted text holding 」 and a colon', `「张三：见「附件」：第3页」\n${SEP15}\n收到`, { name: '张三', quoted: '见「附件」：第3页', reply: '收到' }],
    ['a quoted image', `「张三：[图片]」\n${SEP15}\n这张图不合适`, { name: '张三', quoted: '[图片]', reply: '这张图不合适' }],
    ['a reply over several lines', `「张三：在吗」\n${SEP15}\n在的\n稍等`, { name: '张三', quoted: '在吗', reply: '在的\n稍等' }],
    [
      'padlocal quoting a quote: the quoted message is XML, its title is the text',
      `「李四：<msg><appmsg appid="" sdkver="0"><title>这是一个&amp;测试</title><type>57</type><refermsg></refermsg></appmsg></msg>」\n${SEP16}\n第三次`,
      { name: '李四', quoted: '这是一个&测试', reply: '第三次' },
    ],
    ['quoting a quote as text: the quoted reply part', `「李四：「张三：原话」\n${SEP15}\n李四的回复」\n${SEP15}\n我的回复`, { name: '李四', quoted: '李四的回复', reply: '我的回复' }],
  ])('%s', (_name, text, expected) => {
    expect(parseQuote(text)).toEqual(expected);
  });
});

describe('parseQuote: ordinary text is not a quote', () => {
  it.each([
    ['corner brackets inside a sentence', '请看「员工手册」第三章'],
    ['a bracketed title at the start, no separator', '「员工手册」已更新，请查收'],
    ['a bracket with a name, no separator', '「张三：在吗」'],
    ['a dash line without a bracket', `会议纪要\n${SEP15}\n1. 预算`],
    ['a bracket without a name, then a dash line', `「重要通知」\n${SEP15}\n明天开会`],
    ['a line between the bracket and the dash line', `「张三：在吗」\n补充一句\n${SEP15}\n在的`],
    ['nothing under the separator', `「张三：在吗」\n${SEP15}\n`],
    ['a bracket that is not closed before the separator', `「张三：在吗\n${SEP15}\n在的」`],
    ['only two dashes', '「张三：在吗」\n--\n在的'],
    ['a sentence before the colon is no name', `「这是一段明显超过三十二个字的很长很长很长很长很长很长很长很长很长很长的开场白：内容」\n${SEP15}\n回复`],
    ['text after the closing bracket on its line', `「张三：在吗」你好\n${SEP15}\n在的`],
  ])('%s', (_name, text) => {
    expect(parseQuote(text)).toBeNull();
  });
});

describe('formatQuoteReply', () => {
  it.each([
    { name: '销售部-何静', quoted: '周末一起去赌博吗', reply: '#举报 约赌' },
    { name: '张三', quoted: '第一行\n第二行「带括号」', reply: '收到\n谢谢' },
  ])('writes the padlocal shape that parseQuote reads back: $name', (reply) => {
    const text = formatQuoteReply(reply);
    expect(text.split('\n').filter((l) => /^(- ){15}-$/.test(l))).toHaveLength(1);
    expect(parseQuote(text)).toEqual(reply);
  });
});
