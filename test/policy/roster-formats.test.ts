/**
 * The roster as HR exports it: UTF-8 CSV, CSV saved by Excel in GBK, an .xlsx
 * workbook; hierarchical departments (`华东区-销售部`) are plain department names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { createNicknameChecker } from '../../src/core/nickname/check-nickname.js';
import { parseRosterCsv } from '../../src/core/roster/parse-roster.js';
import { decodeRosterText } from '../../src/core/roster/decode-roster-text.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { PolicyError } from '../../src/policy/policy-error.js';
import { createPolicyDirs, yaml } from './policy-dir.js';

const dirs = createPolicyDirs();
afterAll(() => dirs.cleanup());

const CSV = '姓名,部门,工号\n李四,华东区-销售部,T001\n何静,研发部,T002\n';
const POLICY = (file: string) => yaml('version: 1', `roster: ${file}`, 'nickname:', '  departments: [华东区-销售部, 研发部]');

/** An .xlsx workbook made with exceljs: a header row and the people below (a number cell for 工号, as HR exports have). */
async function workbook(rows: (string | number)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('decodeRosterText', () => {
  it.each([
    { what: 'UTF-8', bytes: Buffer.from(CSV, 'utf8'), encoding: 'utf-8' },
    { what: 'UTF-8 with BOM', bytes: Buffer.from(`\uFEFF${CSV}`, 'utf8'), encoding: 'utf-8' },
    { what: 'GBK (Excel on Chinese Windows)', bytes: iconv.encode(CSV, 'gbk'), encoding: 'gb18030' },
    { what: 'GB18030 with a character outside GBK', bytes: iconv.encode('姓名,部门\n𠀀,研发部\n', 'gb18030'), encoding: 'gb18030' },
    { what: 'plain ASCII', bytes: Buffer.from('name,department\nLi,RD\n'), encoding: 'utf-8' },
  ])('$what → $encoding, text intact', ({ bytes, encoding }) => {
    const decoded = decodeRosterText(bytes);
    expect(decoded?.encoding).toBe(encoding);
    expect(decoded?.text.replace(/^\uFEFF/, '')).toBe(iconv.decode(bytes, encoding === 'utf-8' ? 'utf8' : 'gb18030').replace(/^\uFEFF/, ''));
  });

  it.each([
    { what: 'a lone 0xFF byte', bytes: Uint8Array.from([0x61, 0xff, 0x0a]) },
    { what: 'a cut GBK character at the end', bytes: Uint8Array.from([...iconv.encode('李四', 'gbk'), 0xc0]) },
  ])('$what: neither UTF-8 nor GBK → null', ({ bytes }) => {
    expect(decodeRosterText(bytes)).toBeNull();
  });
});

describe('loadPolicy reads the roster as HR exports it', { timeout: 30_000 }, () => {
  it.each([
    { what: 'UTF-8 CSV', file: 'roster.csv', bytes: async () => Buffer.from(CSV, 'utf8'), format: 'csv', encoding: 'utf-8' },
    { what: 'GBK CSV', file: 'roster.csv', bytes: async () => iconv.encode(CSV, 'gbk'), format: 'csv', encoding: 'gb18030' },
    {
      what: 'an .xlsx workbook',
      file: '花名册.xlsx',
      bytes: () => workbook([['姓名', '部门', '工号'], ['李四', '华东区-销售部', 'T001'], ['何静', '研发部', 'T002']]),
      format: 'xlsx',
      encoding: 'xlsx',
    },
  ])('$what: people, departments and extra columns read; the read is described', async ({ file, bytes, format, encoding }) => {
    const dir = dirs.make({ 'policy.yaml': POLICY(file), [file]: await bytes() });
    const loaded = loadPolicy(join(dir, 'policy.yaml'));
    expect(loaded.roster?.entries.map((e) => `${e.department}-${e.name}`)).toEqual(['华东区-销售部-李四', '研发部-何静']);
    expect(loaded.roster?.entries[0]?.fields).toEqual({ 工号: 'T001' });
    expect(loaded.rosterRead).toEqual({ file: join(dir, file), format, encoding, rows: 2, columns: ['姓名', '部门', '工号'] });
  });

  it('a hierarchical department listed in the policy makes a valid nickname; the bare sub-department does not', async () => {
    const dir = dirs.make({ 'policy.yaml': POLICY('roster.csv'), 'roster.csv': iconv.encode(CSV, 'gbk') });
    const loaded = loadPolicy(join(dir, 'policy.yaml'));
    const check = createNicknameChecker({ departments: loaded.compiled.nickname.departments, nameOnly: [], roster: loaded.roster ?? undefined });
    expect(check('华东区-销售部-李四').ok).toBe(true);
    expect(check('销售部-李四').ok).toBe(false);
  });

  it('an .xlsx number cell (工号 as a number) is read as its text', async () => {
    const dir = dirs.make({ 'policy.yaml': POLICY('r.xlsx'), 'r.xlsx': await workbook([['姓名', '部门', '工号'], ['李四', '研发部', 10086]]) });
    expect(loadPolicy(join(dir, 'policy.yaml')).roster?.entries[0]?.fields).toEqual({ 工号: '10086' });
  });

  it.each([
    { what: 'bytes that are neither UTF-8 nor GBK', file: 'roster.csv', bytes: Uint8Array.from([0x61, 0xff, 0x0a]), says: '既不是 UTF-8 也不是 GBK' },
    { what: 'a file named .xlsx that is not a workbook', file: 'r.xlsx', bytes: Buffer.from(CSV), says: '无法读取 Excel 文件' },
  ])('$what: refused with what to do', ({ file, bytes, says }) => {
    const dir = dirs.make({ 'policy.yaml': POLICY(file), [file]: bytes });
    expect(() => loadPolicy(join(dir, 'policy.yaml'))).toThrow(PolicyError);
    expect(() => loadPolicy(join(dir, 'policy.yaml'))).toThrow(says);
    expect(readFileSync(join(dir, file)).length).toBeGreaterThan(0);
  });
});

describe('an optional id column', () => {
  it.each([
    { header: 'wxid', ids: ['wxid_a', 'wxid_b'] },
    { header: 'userid', ids: ['LiWei01', 'LiWei02'] },
  ])('$header: each person carries their id; two real namesakes in one department are no duplicate', ({ header, ids }) => {
    const warnings: unknown[] = [];
    const roster = parseRosterCsv(`姓名,部门,${header}\n李伟,销售部,${ids[0]}\n李伟,销售部,${ids[1]}\n`, 'r.csv', (d) => warnings.push(d));
    expect(roster.entries.map((e) => e.id)).toEqual(ids);
    expect(roster.byId(ids[1]!)?.name).toBe('李伟');
    expect(roster.entries[0]?.fields).toEqual({});
    expect(warnings).toEqual([]);
  });

  it('without an id column the same two rows are a duplicate, and nobody has an id', () => {
    const warnings: unknown[] = [];
    const roster = parseRosterCsv('姓名,部门,工号\n李伟,销售部,1\n李伟,销售部,2\n', 'r.csv', (d) => warnings.push(d));
    expect([roster.hasIds, warnings.length]).toEqual([false, 1]);
  });
});
