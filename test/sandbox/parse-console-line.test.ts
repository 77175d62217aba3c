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
    ['/card 李四 王五', { kind: 'card', person: '李四', contact: '王五' }],
    ['/card 李四 刘总', { kind: 'card', person: '李四', contact: '刘总' }],
    ['/名片 李四 华东区 刘总', { kind: 'card', person: '李四', contact: '华东区 刘总' }],
    ['/mini 李四 会议室预订', { kind: 'mini', person: '李四', title: '会议室预订', description: '' }],
    ['/mini 李四 会议室预订 | 行政部出品', { kind: 'mini', person: '李四', title: '会议室预订', description: '行政部出品' }],
    ['/小程序 李四 领红包 ｜ 限时', { kind: 'mini', person: '李四', title: '领红包', description: '限时' }],
    ['/link 李四 https://example.com/a', { kind: 'link', person: '李四', url: 'https://example.com/a', title: '', description: '' }],
    ['/link 李四 https://example.com/a?x=1 周报 模板 | 本周', { kind: 'link', person: '李四', url: 'https://example.com/a?x=1', title: '周报 模板', description: '本周' }],
    ['/链接 李四 example.com/a 周报', { kind: 'link', person: '李四', url: 'https://example.com/a', title: '周报', description: '' }],
    ['/link 李四 HTTP://Example.com', { kind: 'link', person: '李四', url: 'HTTP://Example.com', title: '', description: '' }],
    ['/forward 李四 赵六: 收到', { kind: 'forward', person: '李四', records: [{ name: '赵六', text: '收到' }] }],
    ['/forward 李四 赵六: 这是绝密报价 / 李四：收到 / 王总: 广告/推广 http://a.cn/x', { kind: 'forward', person: '李四', records: [{ name: '赵六', text: '这是绝密报价' }, { name: '李四', text: '收到' }, { name: '王总', text: '广告/推广 http://a.cn/x' }] }],
    ['/转发 李四 销售部-赵六: 好 ／ 张三: 行', { kind: 'forward', person: '李四', records: [{ name: '销售部-赵六', text: '好' }, { name: '张三', text: '行' }] }],
    ['/quote 李四 何静: 周末去赌博吗 / #举报 群里赌博', { kind: 'quote', person: '李四', quotedName: '何静', quoted: '周末去赌博吗', reply: '#举报 群里赌博' }],
    ['/引用 李四 销售部-何静：报价见 a / b 附件 / 收到', { kind: 'quote', person: '李四', quotedName: '销售部-何静', quoted: '报价见 a / b 附件', reply: '收到' }],
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
    ['/card', /\/card 需要写上发送者的姓名.*用法：\/card 姓名 名片上的人/],
    ['/card 李四', /\/card 需要写上名片上的人/],
    ['/mini 李四', /\/mini 需要写上小程序的标题.*用法：\/mini 姓名 标题/],
    ['/mini 李四 | 只有描述', /\/mini 需要写上小程序的标题/],
    ['/link 李四', /\/link 需要写上网址.*用法：\/link 姓名 网址/],
    ['/link 李四 周报模板', /“周报模板”不是网址，请写成 https:\/\/example.com\/a/],
    ['/link 李四 ftp://example.com', /“ftp:\/\/example.com”不是网址/],
    ['/link 李四 https://localhost', /不是网址/],
    ['/forward', /\/forward 需要写上发送者的姓名/],
    ['/forward 李四', /\/forward 需要写上转发的聊天记录.*用法：\/forward 姓名 甲: 文字 \/ 乙: 文字/],
    ['/forward 李四 赵六 收到', /第 1 条“赵六 收到”应写成“姓名: 文字”/],
    ['/forward 李四 赵六: 收到 / 李四:', /第 2 条“李四:”应写成“姓名: 文字”/],
    ['/forward 李四 赵六: 收到 /', /第 2 条“”应写成/],
    ['/quote 李四', /\/quote 需要发言人、被引用人和原话.*用法：\/quote 姓名 被引用人: 原话 \/ 回复/],
    ['/quote 李四 何静 周末去赌博吗 / 收到', /\/quote 需要发言人、被引用人和原话/],
    ['/quote 李四 何静: 周末去赌博吗', /再用“ \/ ”隔开回复/],
    ['/quote 李四 何静:  / 收到', /原话和回复都不能为空|需要发言人/],
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
