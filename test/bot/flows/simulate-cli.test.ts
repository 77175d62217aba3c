/**
 * End to end: `bin/qunguard simulate --script examples/sales-group.yaml` as a
 * user runs it (a child process on the compiled build), checked against the
 * output contract in DESIGN.md and the story the example script tells.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, simulate, type SimulateRun } from '../../support/simulate-cli.js';




const KEYS: Record<string, string[]> = {
  room_say: ['at', 'kind', 'mentions', 'room', 'text'],
  dm: ['at', 'kind', 'text', 'to'],
  remove: ['at', 'kind', 'member', 'room'],
};

describe('bin/qunguard simulate --script examples/sales-group.yaml', { timeout: 60_000 }, () => {
  let run: SimulateRun;
  let lines: Record<string, unknown>[];

  beforeAll(async () => {
    if (!existsSync(`${ROOT}dist/src/cli/main.js`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    run = await simulate('examples/sales-group.yaml');
    lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  }, 60_000);

  it('exits 0 and prints only JSON lines of the contract shape, in time order', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(lines.length).toBeGreaterThan(5);
    let last = -Infinity;
    for (const line of lines) {
      expect(Object.keys(KEYS)).toContain(line.kind);
      expect(Object.keys(line).sort()).toEqual(KEYS[line.kind as string]);
      expect(line.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      const at = Date.parse(line.at as string);
      expect(at).toBeGreaterThanOrEqual(last);
      last = at;
      if (line.kind !== 'dm') expect(line.room).toBe('room1@chatroom');
      if (line.kind === 'room_say') expect(Array.isArray(line.mentions) && line.mentions.every((m) => typeof m === 'string')).toBe(true);
      if (line.kind !== 'remove') expect(typeof line.text === 'string' && line.text.length > 0).toBe(true);
    }
  });

  it('tells the story of the script: name-free reminders in the group, escalation to an admin\'s removal, reminders until renamed, nothing leaked', () => {
    expect(lines.filter((l) => l.kind === 'remove')).toEqual([{ at: '2026-11-23T11:30:00+08:00', kind: 'remove', room: 'room1@chatroom', member: 'u1' }]);
    const askedToDecide = lines.find((l) => l.kind === 'dm' && l.to === 'wxid_admin1' && String(l.text).includes('#移出 C5'));
    expect(askedToDecide?.at).toBe('2026-11-23T11:00:00+08:00');
    const groupLines = lines.filter((l) => l.kind === 'room_say' && String(l.text).includes('【群规提醒】'));
    expect(groupLines.length).toBe(3);
    for (const l of groupLines) expect({ mentions: l.mentions, named: String(l.text).includes('李四') }).toEqual({ mentions: [], named: false });
    expect(lines.some((l) => l.kind === 'dm' && l.to === 'u3')).toBe(false); // 赵六 is not a friend of the bot
    // 赵六 cannot be told privately: the group line names him with the least detail that lets him act (no category).
    const u3Warning = lines.find((l) => l.kind === 'room_say' && (l.mentions as string[]).includes('u3') && String(l.text).includes('案件'));
    expect(u3Warning?.text).toContain('#申诉');
    expect(u3Warning?.text).not.toContain('赌博');
    const renamedAt = Date.parse('2026-11-24T10:00:00+08:00');
    const remindersToU2 = lines.filter((l) => l.kind === 'room_say' && (l.mentions as string[]).includes('u2'));
    expect(remindersToU2.length).toBeGreaterThan(0);
    for (const l of remindersToU2) expect(Date.parse(l.at as string)).toBeLessThan(renamedAt);
    const all = lines.map((l) => String(l.text ?? '')).join('\n');
    for (const secret of ['11010519491231002X', '绝密文件', '别外传']) expect(all).not.toContain(secret);
  });
});

describe('bin/qunguard simulate with a script that is not there', { timeout: 60_000 }, () => {
  it('says the script is missing (not a policy error) and exits 2', async () => {
    const missing = await simulate('examples/no-such-script.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('模拟脚本不存在：');
    expect(missing.stderr).toContain('no-such-script.yaml');
    expect(missing.stderr).not.toContain('策略错误');
  });
});
