/**
 * The labelled-set parser and scorer on tiny hand-made tables, so the numbers
 * the labelled-set test and the bench report print can be trusted.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LABELLED_HEADER,
  LabelledSetError,
  loadLabelledSet,
  parseLabelledTsv,
  scoreLabelledSet,
  type LabelledRow,
  type LabelledTally,
} from '../support/labelled-set.js';

const tsv = (...rows: string[]): string => [LABELLED_HEADER, ...rows].join('\n');

describe('parseLabelledTsv', () => {
  it('reads rows with their workplace, line, categories, kind and text', () => {
    const rows = parseLabelledTsv(tsv('gambling\texplicit\t一起赌博', '', 'cn_id,cn_mobile\tpersonal\t第一行\\n第二行', '-\tclean\t开会'), '/x/office.tsv');
    expect(rows).toEqual([
      { workplace: 'office', file: '/x/office.tsv', line: 2, expected: ['gambling'], kind: 'explicit', text: '一起赌博' },
      { workplace: 'office', file: '/x/office.tsv', line: 4, expected: ['cn_id', 'cn_mobile'], kind: 'personal', text: '第一行\n第二行' },
      { workplace: 'office', file: '/x/office.tsv', line: 5, expected: [], kind: 'clean', text: '开会' },
    ]);
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    const rows = parseLabelledTsv(`\uFEFF${LABELLED_HEADER}\r\n-\tmention\t严禁赌博\r\n`, 'bank.tsv');
    expect(rows).toMatchObject([{ workplace: 'bank', line: 2, expected: [], kind: 'mention', text: '严禁赌博' }]);
  });

  it.each<[string, string, string]>([
    ['a missing header', 'gambling\texplicit\t一起赌博', 'w.tsv:1: the first line must be the header'],
    ['two columns', tsv('gambling\t一起赌博'), 'w.tsv:2: expected 3 tab-separated columns'],
    ['four columns', tsv('gambling\texplicit\t一起\t赌博'), 'w.tsv:2: expected 3 tab-separated columns'],
    ['an unknown kind', tsv('gambling\tobvious\t一起赌博'), 'w.tsv:2: unknown kind "obvious"'],
    ['an unknown category', tsv('gamble\texplicit\t一起赌博'), 'w.tsv:2: unknown category "gamble"'],
    ['an empty category', tsv('gambling,\texplicit\t一起赌博'), 'w.tsv:2: unknown category ""'],
    ['a category listed twice', tsv('ads,ads\texplicit\t加vx'), 'w.tsv:2: category "ads" is listed twice'],
    ['a violation kind with "-"', tsv('-\texplicit\t一起赌博'), 'w.tsv:2: kind "explicit" is a violation'],
    ['an innocent kind with categories', tsv('gambling\tmention\t严禁赌博'), 'w.tsv:2: kind "mention" is innocent'],
    ['an empty text', tsv('-\tclean\t  '), 'w.tsv:2: the text is empty'],
    ['the error on a later line', tsv('-\tclean\t开会', '', '-\tclean'), 'w.tsv:4: expected 3 tab-separated columns'],
  ])('%s is an error naming the file and line', (_name, content, message) => {
    expect(() => parseLabelledTsv(content, 'w.tsv')).toThrow(LabelledSetError);
    expect(() => parseLabelledTsv(content, 'w.tsv')).toThrow(message);
  });
});

describe('loadLabelledSet', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const folder = (files: Record<string, string>): string => {
    dir = mkdtempSync(join(tmpdir(), 'qunguard-labelled-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  };

  it('reads every .tsv in the folder, by file name, and ignores other files', () => {
    const path = folder({ 'b.tsv': tsv('-\tclean\t开会'), 'a.tsv': tsv('ads\texplicit\t加vx'), 'README.md': '# not a table' });
    expect(loadLabelledSet(path).map((r) => `${r.workplace}:${r.text}`)).toEqual(['a:加vx', 'b:开会']);
  });

  it('rejects the same text twice, naming both places', () => {
    const path = folder({ 'a.tsv': tsv('-\tclean\t收到'), 'b.tsv': tsv('-\tclean\t开会', '-\tclean\t收到') });
    expect(() => loadLabelledSet(path)).toThrow(`${join(path, 'b.tsv')}:3: the same text is already at ${join(path, 'a.tsv')}:2`);
  });

  it('rejects a missing folder and a folder without tables', () => {
    const path = folder({ 'notes.txt': 'x' });
    expect(() => loadLabelledSet(join(path, 'nope'))).toThrow('does not exist');
    expect(() => loadLabelledSet(path)).toThrow('no .tsv files');
    mkdirSync(join(path, 'empty'));
    expect(() => loadLabelledSet(join(path, 'empty'))).toThrow('no .tsv files');
  });
});

describe('scoreLabelledSet', () => {
  // Two workplaces; the fake screen's answers are chosen so every counter is exercised.
  const rows: LabelledRow[] = [
    ...parseLabelledTsv(tsv(
      'gambling\texplicit\t一起赌博',
      'ads\texplicit\t加vx',
      'cn_id,cn_mobile\tpersonal\t身份证和电话',
      '-\tmention\t严禁赌博',
    ), 'a.tsv'),
    ...parseLabelledTsv(tsv(
      'credential\tcredential\t密码 Qw!2024x',
      '-\tclean\t开会',
      '-\tlookalike\t刷单元格',
    ), 'b.tsv'),
  ];
  const answers: Record<string, string[]> = {
    一起赌博: ['gambling', 'gambling'], // found; a category twice counts once
    加vx: ['ads', 'porn'], // found, with a stray category
    身份证和电话: ['cn_id'], // a miss: cn_mobile not found
    严禁赌博: ['gambling'], // a false alarm
    '密码 Qw!2024x': [], // a miss
    开会: [],
    刷单元格: ['ads', 'abuse'], // a false alarm with two findings
  };
  const score = scoreLabelledSet(rows, (text) => answers[text] ?? []);

  const tallyOf = (t: LabelledTally | undefined) => t && [t.violations, t.found, t.innocent, t.falseAlarms, t.findings, t.expectedFindings, t.recall, t.precision, t.falseAlarmRate];

  it.each<[string, LabelledTally | undefined, (number | null)[]]>([
    //                    violations found innocent falseAlarms findings expected recall precision falseAlarmRate
    ['overall', score.overall, [4, 2, 3, 2, 7, 3, 0.5, 3 / 7, 2 / 3]],
    ['kind explicit', score.byKind.explicit, [2, 2, 0, 0, 3, 2, 1, 2 / 3, null]],
    ['kind personal', score.byKind.personal, [1, 0, 0, 0, 1, 1, 0, 1, null]],
    ['kind credential', score.byKind.credential, [1, 0, 0, 0, 0, 0, 0, null, null]],
    ['kind mention', score.byKind.mention, [0, 0, 1, 1, 1, 0, null, 0, 1]],
    ['kind clean', score.byKind.clean, [0, 0, 1, 0, 0, 0, null, null, 0]],
    ['kind lookalike', score.byKind.lookalike, [0, 0, 1, 1, 2, 0, null, 0, 1]],
    ['workplace a', score.byWorkplace.a, [3, 2, 1, 1, 5, 3, 2 / 3, 3 / 5, 1]],
    ['workplace b', score.byWorkplace.b, [1, 0, 2, 1, 2, 0, 0, 0, 0.5]],
  ])('%s', (_name, tally, expected) => {
    expect(tallyOf(tally)).toEqual(expected);
  });

  it('counts rows per slice and lists only the slices present', () => {
    expect(score.overall.rows).toBe(7);
    expect(Object.keys(score.byKind)).toEqual(['explicit', 'personal', 'credential', 'mention', 'lookalike', 'clean']);
    expect(Object.keys(score.byWorkplace)).toEqual(['a', 'b']);
  });

  it('lists the misses with what was missing and what was found', () => {
    expect(score.misses.map((o) => [o.row.text, o.missing, o.found])).toEqual([
      ['身份证和电话', ['cn_mobile'], ['cn_id']],
      ['密码 Qw!2024x', ['credential'], []],
    ]);
  });

  it('lists the false alarms and the stray categories on found violations', () => {
    expect(score.falseAlarms.map((o) => [o.row.text, o.found])).toEqual([
      ['严禁赌博', ['gambling']],
      ['刷单元格', ['ads', 'abuse']],
    ]);
    expect(score.strays.map((o) => [o.row.text, o.unexpected])).toEqual([['加vx', ['porn']]]);
  });

  it('a perfect screen scores full recall and precision and no false alarm', () => {
    const perfect = scoreLabelledSet(rows, (text) => rows.find((r) => r.text === text)?.expected ?? []);
    expect([perfect.overall.recall, perfect.overall.precision, perfect.overall.falseAlarmRate]).toEqual([1, 1, 0]);
    expect([perfect.misses, perfect.falseAlarms, perfect.strays]).toEqual([[], [], []]);
  });

  it('a screen that finds nothing has no precision to report', () => {
    const silent = scoreLabelledSet(rows, () => []);
    expect([silent.overall.recall, silent.overall.precision, silent.overall.falseAlarmRate]).toEqual([0, null, 0]);
    expect(silent.misses).toHaveLength(4);
  });
});
