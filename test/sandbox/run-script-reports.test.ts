/** examples/report-and-mute.yaml through runScript and the real plugin: `say` steps with #举报 (by @ and by quoting), `dm` steps with #确认 and #禁言. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.js';
import { runScript } from '../../src/sandbox/run-script.js';

const SCRIPT = fileURLToPath(new URL('../../examples/report-and-mute.yaml', import.meta.url));

describe('examples/report-and-mute.yaml', { timeout: 120_000 }, () => {
  it('tells the story the script comments tell, with nothing said in the group about the report', async () => {
    const lines: Record<string, unknown>[] = [];
    await runScript(SCRIPT, (l) => lines.push(l), { log: silentLogger() });
    const to = (who: string) => lines.filter((l) => l.kind === 'dm' && l.to === who).map((l) => `${String(l.at).slice(11, 16)} ${String(l.text).split('\n')[0]}`);
    expect(to('u1')).toEqual([
      '09:01 【群管家】已收到你对 销售部-何静 的举报（案件 C1），管理员会核实处理。被举报成员不会知道是谁举报的。',
      '09:20 【群管家】管理员已在“销售部工作群”对你禁言 2小时，至 11月23日 11:20。',
      '09:30 【群管家】你在“销售部工作群”禁言期间发言，已记录为案件 C2。',
      '09:40 【群管家】已收到你对 销售部-何静 的举报（案件 C3），管理员会核实处理。被举报成员不会知道是谁举报的。',
      '11:29 【群管家】你在“销售部工作群”的禁言已到期，可以正常发言了。',
      '11:40 【群管家】已收到你对 销售部-何静 的举报（案件 C4），管理员会核实处理。被举报成员不会知道是谁举报的。',
    ]);
    expect(to('u2')).toEqual(['09:10 【群管家】你在“销售部工作群”的言行经管理员核实违反群规，已记录为案件 C1。']);
    expect(to('wxid_admin1')).toEqual([
      '08:59 【群管家·入群】我已加入“销售部工作群”。',
      '09:01 【群管家·举报】C1 销售部工作群',
      '09:10 已确认案件 C1 属实，已私下警告 销售部-何静（本期第 1 次），未透露举报人。',
      '09:20 已对 销售部-李四 禁言至 11月23日 11:20（2小时）。提前解除请发“#解除禁言 @销售部-李四”。',
      '09:30 【群管家·禁言期间发言】C2 销售部工作群',
      '09:40 【群管家·举报】C3 销售部工作群',
      '11:40 【群管家·举报】C4 销售部工作群',
    ]);
    // The quote reply's report names the quoted sender and shows the quoted message.
    const quoted = lines.find((l) => l.kind === 'dm' && l.to === 'wxid_admin1' && String(l.text).startsWith('【群管家·举报】C4'));
    expect(String(quoted?.text)).toContain('被举报成员：销售部-何静');
    expect(String(quoted?.text)).toContain('理由：不配合工作还甩手');
    expect(String(quoted?.text)).toContain('被引用的消息：这周的会我不参加了，你们自己看着办');
    // After the bot's start-up hello, the group hears nothing: not the report, not the mute.
    expect(lines.filter((l) => l.kind === 'room_say' && String(l.at) >= '2026-11-23T09:00')).toEqual([]);
    // The reported member never reads who reported, nor that it was a report.
    const toReported = lines.filter((l) => l.kind === 'dm' && l.to === 'u2').map((l) => String(l.text)).join('\n');
    expect(toReported).not.toContain('销售部-李四');
    expect(toReported).not.toContain('举报');
  });
});
