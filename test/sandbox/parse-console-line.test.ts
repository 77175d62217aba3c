import { describe, expect, it } from 'vitest';
import { parseConsoleLine, type ConsoleCommand } from '../../src/sandbox/console/parse-console-line.js';
import { MAX_TIME_JUMP_MS, parseTimeOffset } from '../../src/sandbox/console/parse-time-offset.js';

const M = 60_000;
const H = 60 * M;
const D = 24 * H;

describe('parseConsoleLine: every form that works', () => {
  it.each<[string, ConsoleCommand]>([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['李四: 这份是绝密文件', { kind: 'say', speaker: '李四', text: '这份是绝密文件' }],
    ['李四：这份是绝密文件', { kind: 'say', speaker: '李四', text: '这份是绝密文件' }],
    ['李四 ： 下午开会', { kind: 'say', speaker: '李四', text: '下午开会' }],
    ['销售部-李四: 链接 http://example.com/a:b', { kind: 'say', speaker: '销售部-李四', text: '链接 http://example.com/a:b' }],
    ['张三: #警告 @李四 刷屏', { kind: 'say', speaker: '张三', text: '#警告 @李四 刷屏' }],
    ['\uFEFF李四: 你好', { kind: 'say', speaker: '李四', text: '你好' }],
    ['/join 王五 by 张三', { kind: 'join', person: '王五', by: '张三' }],
    ['/join 王五 BY 张三', { kind: 'join', person: '王五', by: '张三' }],
    ['/join 王五 由 张三', { kind: 'join', person: '王五', by: '张三' }],
    ['/join 王五', { kind: 'join', person: '王五', by: null }],
    ['／join　王五', { kind: 'join', person: '王五', by: null }],
    ['/JOIN 王五', { kind: 'join', person: '王五', by: null }],
    ['/leave 王五', { kind: 'leave', person: '王五', by: null }],
    ['/leave 王五 by 张三', { kind: 'leave', person: '王五', by: '张三' }],
    ['/rename 王五 销售部-王五', { kind: 'rename', person: '王五', alias: '销售部-王五' }],
    ['/rename 王五 销售部 王五', { kind: 'rename', person: '王五', alias: '销售部 王五' }],
    ['/dm 张三 #统计', { kind: 'dm', person: '张三', text: '#统计' }],
    ['/dm 李四 #申诉 C1 我是在提醒大家', { kind: 'dm', person: '李四', text: '#申诉 C1 我是在提醒大家' }],
    ['/file 李四 客户名单.xlsx', { kind: 'file', person: '李四', fileName: '客户名单.xlsx' }],
    ['/file 李四 Q4 报价 (终版).pdf', { kind: 'file', person: '李四', fileName: 'Q4 报价 (终版).pdf' }],
    ['/image 李四 shots/工资表 截图.png', { kind: 'image', person: '李四', path: 'shots/工资表 截图.png' }],
    ['/time', { kind: 'time', advanceMs: null }],
    ['/time +1d', { kind: 'time', advanceMs: D }],
    ['/time +2h', { kind: 'time', advanceMs: 2 * H }],
    ['/time +30m', { kind: 'time', advanceMs: 30 * M }],
    ['/time 1d2h', { kind: 'time', advanceMs: D + 2 * H }],
    ['/people', { kind: 'people' }],
    ['/who', { kind: 'people' }],
    ['/help', { kind: 'help' }],
    ['/?', { kind: 'help' }],
    ['/quit', { kind: 'quit' }],
    ['/exit', { kind: 'quit' }],
    ['/q', { kind: 'quit' }],
  ])('%j', (line, expected) => {
    expect(parseConsoleLine(line)).toEqual(expected);
  });
});

describe('parseConsoleLine: bad input says what to type', () => {
  it.each<[string, RegExp]>([
    ['hello', /看不懂“hello”.*姓名: 消息/],
    ['今天 开会: 3点', /看不懂/],
    ['李四:', /李四 要说什么/],
    ['李四：   ', /李四 要说什么/],
    [': 没有名字', /看不懂/],
    ['/', /未知命令“\/”/],
    ['/foo bar', /未知命令“\/foo”.*\/join/],
    ['/join', /\/join 需要写上姓名.*用法：\/join 姓名/],
    ['/join 王五 张三', /写法不对.*用法：\/join/],
    ['/join 王五 by', /写法不对/],
    ['/join 王五 by 张三 李四', /写法不对/],
    ['/leave', /\/leave 需要写上姓名/],
    ['/rename 王五', /\/rename 需要姓名和新的群昵称/],
    ['/dm 张三', /\/dm 需要姓名和私信内容/],
    ['/dm', /\/dm 需要姓名和私信内容/],
    ['/file 李四', /\/file 需要姓名和文件名/],
    ['/image 李四', /\/image 需要姓名和图片路径/],
    ['/time tomorrow', /“tomorrow”不是有效的时间.*用法：\/time/],
    ['/time -1d', /不是有效的时间/],
    ['/time +0m', /不是有效的时间/],
    ['/time +400d', /不是有效的时间（只能向前，一次最多 31 天）/],
  ])('%j', (line, message) => {
    const parsed = parseConsoleLine(line);
    expect(parsed.kind).toBe('invalid');
    expect(parsed.kind === 'invalid' && parsed.message).toMatch(message);
  });

  it('clips a very long line in its message', () => {
    const parsed = parseConsoleLine('x'.repeat(5000));
    expect(parsed.kind === 'invalid' && parsed.message.length).toBeLessThan(200);
  });
});

describe('parseTimeOffset', () => {
  it.each<[string, number | null]>([
    ['+1d', D],
    ['+2h', 2 * H],
    ['+30m', 30 * M],
    ['+45s', 45_000],
    ['1D', D],
    ['+1d 2h 30m', D + 2 * H + 30 * M],
    ['+1天', D],
    ['+3小时', 3 * H],
    ['+15分钟', 15 * M],
    ['+31d', MAX_TIME_JUMP_MS],
    ['+32d', null],
    ['+744h', MAX_TIME_JUMP_MS],
    ['+0d', null],
    ['', null],
    ['+', null],
    ['+1x', null],
    ['+1d+2h', null],
    ['-1d', null],
    ['1.5h', null],
    ['d', null],
  ])('%j -> %s', (text, ms) => {
    expect(parseTimeOffset(text)).toBe(ms);
  });
});
