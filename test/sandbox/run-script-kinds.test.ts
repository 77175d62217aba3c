/** The simulate steps of issue 11 (a contract other tools depend on), run through runScript and the real plugin. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { silentLogger } from '../../src/log/logger.js';
import { renderTextImage } from '../../src/ocr/render-text-image.js';
import { runScript } from '../../src/sandbox/run-script.js';
import { simulationScriptSchema } from '../../src/sandbox/simulation-script.js';
import { createMemoryStore } from '../../src/store/index.js';

const POLICY = fileURLToPath(new URL('../fixtures/bot/policy.yaml', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'qunguard-kinds-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const people = [
  { id: 'admin1', name: '销售部-张三', member: true },
  { id: 'u1', name: '销售部-李四', member: true },
];
const at = (minute: number) => `2026-11-23T09:${String(minute).padStart(2, '0')}:00+08:00`;

describe('simulate steps for message kinds', { timeout: 120_000 }, () => {
  it('accepts every new step and rejects an unknown person in one', () => {
    const steps = [
      { at: at(1), image: 'u1', path: 'shot.png' },
      { at: at(2), card: 'u1', contact: 'wxid_x', name: '王总' },
      { at: at(3), mini_program: 'u1', title: '会议室预订', description: '' },
      { at: at(4), link: 'u1', url: 'https://example.com', title: '周报', description: '' },
      { at: at(5), chat_history: 'u1', records: [{ name: '张三', text: '收到' }] },
    ];
    expect(simulationScriptSchema.safeParse({ policy: 'p.yaml', room: { id: 'r', topic: '销售部工作群' }, people, steps }).success).toBe(true);
    const bad = simulationScriptSchema.safeParse({ policy: 'p.yaml', room: { id: 'r', topic: '销售部工作群' }, people, steps: [{ at: at(1), card: 'nobody', contact: 'wxid_x', name: '王总' }] });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toContain('steps.0.card');
  });

  it('runs image (path relative to the script), card, mini-program, link and chat-history steps', async () => {
    writeFileSync(join(dir, 'shot.png'), renderTextImage({ lines: ['客户电话 13812345678'] }));
    const script = {
      policy: POLICY,
      room: { id: 'room1', topic: '销售部工作群' },
      people,
      steps: [
        { at: at(1), image: 'u1', path: 'shot.png' },
        { at: at(30), card: 'u1', contact: 'wxid_stranger01', name: '王总' },
        { at: at(31), mini_program: 'u1', title: '会议室预订', description: '行政部出品' },
        { at: at(32), link: 'u1', url: 'https://example.com/a', title: '周报模板', description: '' },
        { at: at(33), chat_history: 'u1', records: [{ name: '赵六', text: '这是绝密报价，别外传' }] },
      ],
    };
    writeFileSync(join(dir, 'script.yaml'), stringify(script));
    const store = createMemoryStore();
    const lines: Record<string, unknown>[] = [];
    await runScript(join(dir, 'script.yaml'), (l) => lines.push(l), { log: silentLogger(), store });
    const opened = await store.cases.byMember('room1@chatroom', 'u1', 0);
    expect(opened.map((c) => c.categories)).toEqual([['cn_mobile'], ['ads'], ['confidential']]);
    expect(lines.length).toBeGreaterThan(0);
  });
});
