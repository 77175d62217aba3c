import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/config/package-root.js';
import { silentLogger } from '../../src/log/logger.js';
import { runConsole } from '../../src/sandbox/console/run-console.js';

/** Monday 2026-11-23 09:00 in Shanghai: inside work hours, so reminders go out at once. */
const MONDAY_9AM = Date.parse('2026-11-23T09:00:00+08:00');
const POLICY = join(packageRoot(), 'examples', 'policy.yaml');

/** Runs the console on the example policy with these lines typed, and returns what it printed. */
async function session(lines: string[]): Promise<{ code: number; out: string; blocks: string[] }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const code = await runConsole({
    policyPath: POLICY,
    policyLabel: 'examples/policy.yaml',
    dataDir: null,
    log: silentLogger(),
    input: Readable.from(lines.map((l) => `${l}\n`)),
    output,
    interactive: false,
    tokenWithoutPuppet: false,
    startAt: MONDAY_9AM,
  });
  const out = chunks.join('');
  const after = out.slice(out.indexOf('────'));
  return { code, out, blocks: after.split(/\n(?=\S)/) };
}

const botSays = (blocks: string[], pattern: RegExp): string[] => blocks.filter((b) => /◆ 群管家/.test(b) && pattern.test(b));

describe('console sandbox', { timeout: 30_000 }, () => {
  it('says it is a simulation and how to connect a real WeChat', async () => {
    const { code, out } = await session([]);
    expect(code).toBe(0);
    expect(out).toContain('这是模拟，没有连接任何真实微信');
    expect(out).toContain('WECHATY_PUPPET=wechaty-puppet-service');
    expect(out).toContain('WECHATY_PUPPET_SERVICE_TOKEN=');
    expect(out).toContain('模拟时间：2026-11-23 09:00');
    expect(out.trimEnd().endsWith('模拟结束。')).toBe(true);
  });

  it('tells the member privately and the group only a name-free reminder, for a violating line only', async () => {
    const { blocks } = await session(['李四: 今天下午三点开会', '李四: 这份是绝密文件，别外传']);
    expect(botSays(blocks, /在“销售部工作群”说，@销售部-李四/)).toEqual([]);
    const reminders = botSays(blocks, /在“销售部工作群”说：[\s\S]*【群规提醒】/);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatch(/^11-23 09:0\d {2}◆/);
    expect(reminders[0]).not.toContain('李四');
    expect(reminders[0]).not.toContain('绝密文件');
    expect(botSays(blocks, /私信 销售部-李四：[\s\S]*案件 C1/)).toHaveLength(1);
    expect(botSays(blocks, /私信 销售部-张三：[\s\S]*【群管家·违规】C1/)).toHaveLength(1);
    expect(blocks.some((b) => b.includes('销售部-李四：今天下午三点开会'))).toBe(true);
  });

  it('reminds a misnamed newcomer, again after /time +1d, and stops once the nickname is fixed', async () => {
    const { blocks } = await session(['/join 王五 by 张三', '/time +1d', '/rename 王五 研发部-王五', '/time +2d']);
    const reminders = botSays(blocks, /@王五/);
    expect(reminders.map((b) => b.slice(0, 11))).toEqual(['11-23 09:00', '11-24 09:00']);
    expect(reminders[0]).toContain('请改为“研发部-王五”');
    expect(reminders[1]).toContain('提醒');
    expect(botSays(blocks, /入群审核[\s\S]*研发部/)).toHaveLength(1);
    expect(blocks.some((b) => b.startsWith('· 时间前进 1天：11-23 09:00 → 11-24 09:00'))).toBe(true);
  });

  it('answers a private command, and says so when the bot stays silent', async () => {
    const { blocks } = await session(['/dm 张三 #统计', '/dm 李四 你好']);
    expect(botSays(blocks, /私信 销售部-张三：[\s\S]*近 7天 统计/)).toHaveLength(1);
    expect(blocks.filter((b) => b.includes('（群管家没有回复）'))).toHaveLength(1);
  });

  it('passes @-mentions to the bot, so admin commands reach their target', async () => {
    const { blocks } = await session(['张三: #警告 @李四 刷屏']);
    expect(blocks.some((b) => b.includes('销售部-张三：#警告 @销售部-李四 刷屏'))).toBe(true);
    expect(botSays(blocks, /@销售部-李四/).length).toBeGreaterThan(0);
  });

  it('asks the admin before removing anyone: the third strike is a request, the admin removes, and then that member can no longer speak', async () => {
    const { out, blocks } = await session(['李四: 绝密文件', '/time +1h', '李四: 周末一起 du bo', '/time +1h', '李四: 加ＶＸ领红包', '张三: #移出 C3', '李四: 还在吗', '/people']);
    expect(botSays(blocks, /私信 销售部-张三：[\s\S]*请决定：回复“#移出 C3”/)).toHaveLength(1);
    expect(botSays(blocks, /把 销售部-李四 移出了“销售部工作群”/)).toHaveLength(1);
    expect(blocks.some((b) => b.includes('✗ 李四 不在群里。先用 /join 李四'))).toBe(true);
    const people = out.slice(out.lastIndexOf('群成员（'), out.lastIndexOf('模拟结束'));
    expect(people).toMatch(/^群成员（3 人）/);
    expect(people.slice(people.indexOf('不在群里'))).toMatch(/李四\s*入群时的昵称：销售部-李四/);
  });

  it('never crashes on bad input: each line gets a message saying what to type', async () => {
    const { code, blocks } = await session([
      '陈晨: 你好',
      'hello',
      '/foo',
      '/join 李四',
      '/join 王五 by 赵六',
      '/rename 王五 研发部-王五',
      '/time soon',
      '/card 陈晨 刘总',
      '/link 李四 周报模板',
      '/forward 李四 赵六 收到',
      '/mini 王五 会议室预订',
      '李四: 还在',
    ]);
    expect(code).toBe(0);
    const errors = blocks.filter((b) => b.startsWith('✗'));
    expect(errors).toEqual([
      expect.stringContaining('没有“陈晨”。可用的名字：张三、李四'),
      expect.stringContaining('看不懂“hello”'),
      expect.stringContaining('未知命令“/foo”'),
      expect.stringContaining('李四 已经在群里了'),
      expect.stringContaining('赵六 不在群里'),
      expect.stringContaining('王五 不在群里'),
      expect.stringContaining('“soon”不是有效的时间'),
      expect.stringContaining('没有“陈晨”'),
      expect.stringContaining('“周报模板”不是网址'),
      expect.stringContaining('第 1 条“赵六 收到”应写成“姓名: 文字”'),
      expect.stringContaining('王五 不在群里'),
    ]);
    expect(blocks.some((b) => b.includes('销售部-李四：还在'))).toBe(true);
  });

  it('cards, mini-programs, links and forwarded chats reach the bot: each violating one opens a case, its look-alike none', async () => {
    const { out, blocks } = await session([
      '/card 李四 刘总',
      '/名片 何静 王五',
      '/mini 李四 会议室预订 | 行政部出品',
      '/mini 李四 绝密报价单 | 内部',
      '/link 马丽 https://example.com/b 周报模板',
      '/链接 马丽 example.com/a 绝密报价 | 别外传',
      '/forward 何静 赵六: 明天开会 / 何静: 收到',
      '/转发 何静 赵六: 这是绝密报价，别外传 / 何静: 收到',
    ]);
    expect(blocks.filter((b) => /推荐了名片|分享了小程序|分享了链接|转发了聊天记录/.test(b)).map((b) => b.slice(13).split('\n')[0])).toEqual([
      '销售部-李四 推荐了名片：刘总（不是群里或可邀请的人）',
      '销售部-何静 推荐了名片：王五',
      '销售部-李四 分享了小程序：会议室预订（行政部出品）',
      '销售部-李四 分享了小程序：绝密报价单（内部）',
      '市场部-马丽 分享了链接：周报模板 https://example.com/b',
      '市场部-马丽 分享了链接：绝密报价：别外传 https://example.com/a',
      '销售部-何静 转发了聊天记录（2 条）：',
      '销售部-何静 转发了聊天记录（2 条）：',
    ]);
    expect(botSays(blocks, /私信 销售部-李四：[\s\S]*涉及“广告\/推广”，已记录为案件 C1/)).toHaveLength(1);
    expect(botSays(blocks, /【群管家·违规】C2 销售部工作群[\s\S]*成员：销售部-李四[\s\S]*类别：公司保密信息/)).toHaveLength(1);
    expect(botSays(blocks, /【群管家·违规】C3 销售部工作群[\s\S]*成员：市场部-马丽[\s\S]*类别：公司保密信息/)).toHaveLength(1);
    expect(botSays(blocks, /【群管家·违规】C4 销售部工作群[\s\S]*成员：销售部-何静[\s\S]*转发的聊天记录中“赵六”的消息/)).toHaveLength(1);
    expect(out).not.toMatch(/C5/);
    expect(out).not.toContain('wxid_');
  });

  it('/quote sends a quote reply in the shape puppets deliver: #举报 by quoting joins the quoted case; an ordinary quote of it is no case', async () => {
    const { out, blocks } = await session([
      '何静: 周末一起去赌博吗',
      '/quote 李四 何静: 周末一起去赌博吗 / 请不要在群里说这些',
      '/引用 马丽 何静: 周末一起去赌博吗 / #举报 在工作群约赌',
    ]);
    expect(blocks.some((b) => b.includes('销售部-李四 引用了 销售部-何静 的消息“周末一起去赌博吗”并回复：请不要在群里说这些'))).toBe(true);
    expect(botSays(blocks, /【群管家·举报】[\s\S]*C1/)).toHaveLength(1);
    expect(out).not.toMatch(/C2/);
    expect(out).not.toContain('wxid_');
  });

  it('stops at /quit and ignores the lines after it', async () => {
    const { blocks } = await session(['/quit', '李四: 绝密文件']);
    expect(blocks.some((b) => b.includes('绝密文件'))).toBe(false);
  });

  it('edits a private copy of the dictionaries: the simulation never changes the real files', async () => {
    const file = join(packageRoot(), 'dictionaries', 'confidential.txt');
    const before = readFileSync(file, 'utf8');
    const { blocks } = await session(['/dm 张三 #词库 添加 蓝鲸计划 confidential', '李四: 蓝鲸计划下周启动']);
    expect(botSays(blocks, /已添加“蓝鲸计划”/)).toHaveLength(1);
    expect(botSays(blocks, /私信 销售部-李四：[\s\S]*公司保密信息/)).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
