/**
 * End to end: `bin/qunguard simulate --script examples/learning.yaml` on the compiled
 * build. After the admins overturn 11 cases of a product code name that contains a
 * listed term and confirm 11 real gambling ads, the next innocent message reaches the
 * admins as a private review request (nothing to the member, nothing in the group),
 * while the next real ad is still warned.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, simulate } from '../../support/simulate-cli.js';

const SCRIPT = 'examples/learning.yaml';

interface Line { at: string; kind: string; to?: string; room?: string; text?: string }
interface Step { at?: string; say?: string; dm?: string; text?: string }


/** The script's group messages, in order; each opens one case, so the n-th is C<n>. */
const steps = (parse(readFileSync(`${ROOT}${SCRIPT}`, 'utf8')) as { steps: Step[] }).steps;
const said = steps.filter((s) => s.say !== undefined);
const overturns = steps.filter((s) => s.dm && /^#撤销 C\d+/.test(s.text ?? '')).length;
const confirms = steps.filter((s) => s.dm && /^#确认 C\d+/.test(s.text ?? '')).length;
const caseOf = (i: number): string => `C${i + 1}`;
const lastInnocent = said.length - 2;
const lastReal = said.length - 1;

describe(`bin/qunguard simulate --script ${SCRIPT}`, { timeout: 90_000 }, () => {
  let code: number | null;
  let stderr: string;
  let lines: Line[];
  const at = (i: number): string => said[i]!.at!.replace(/^(.{16}).*(\+08:00)$/, '$1:00$2');
  const sentAt = (i: number): Line[] => lines.filter((l) => l.at === at(i));

  beforeAll(async () => {
    if (!existsSync(`${ROOT}dist/src/cli/main.js`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    const run = await simulate(SCRIPT);
    code = run.code;
    stderr = run.stderr;
    lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
  }, 90_000);

  it('the script teaches with at least 10 overturned and 10 confirmed cases, and runs cleanly', () => {
    expect(overturns).toBeGreaterThanOrEqual(10);
    expect(confirms).toBeGreaterThanOrEqual(10);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('before it has learned, the innocent code name is warned like anything else', () => {
    const first = sentAt(0);
    expect(first.some((l) => l.kind === 'dm' && l.to === said[0]!.say && l.text?.includes(`案件 ${caseOf(0)}`))).toBe(true);
    expect(first.some((l) => l.kind === 'room_say')).toBe(true);
  });

  it('after it has learned, the next innocent one is only a private review request to the admins', () => {
    const sent = sentAt(lastInnocent);
    const id = caseOf(lastInnocent);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'dm', to: 'wxid_admin1' });
    expect(sent[0]!.text).toContain('【群管家·复核】');
    expect(sent[0]!.text).toContain(`#撤销 ${id} 误报`);
    expect(sent[0]!.text).toContain(`#确认 ${id}`);
    expect(lines.filter((l) => l.to === said[lastInnocent]!.say && l.text?.includes(id))).toEqual([]);
  });

  it('a real one after it is still warned: the member is told and the group reminded', () => {
    const sent = sentAt(lastReal);
    expect(sent.some((l) => l.kind === 'dm' && l.to === said[lastReal]!.say && l.text?.includes(`已记录为案件 ${caseOf(lastReal)}`))).toBe(true);
    expect(sent.some((l) => l.kind === 'room_say')).toBe(true);
    expect(sent.some((l) => l.text?.includes('【群管家·复核】'))).toBe(false);
  });

  it('the admins are offered the code name as an allow-list entry', () => {
    const last = lines.at(-1)!;
    expect(last).toMatchObject({ kind: 'dm', to: 'wxid_admin1' });
    expect(last.text).toContain('1. 建议加入白名单“百家乐享”');
  });
});
