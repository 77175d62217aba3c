import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/digest/build-digest.js';
import { digestChart } from '../../../src/bot/digest/chart-option.js';
import { DAY, HOUR, kase, MON, TZ, WEEK } from '../../core/digest/fixtures.js';

const ZH = { cjk: true, fontFamily: 'Noto Sans SC' };
const EN = { cjk: false, fontFamily: 'DejaVu Sans' };
const rooms = [{ roomId: 'r1', topic: '销售部工作群', paused: false }];
const digest = buildDigest({
  period: WEEK,
  timeZone: TZ,
  rooms,
  cases: [kase({ categories: ['gambling'], at: MON + HOUR }), kase({ categories: ['gambling', 'confidential'], at: MON + 2 * DAY }), kase({ categories: ['ads'], at: MON + 6 * DAY + 23 * HOUR })],
  pending: [],
  members: [],
  screened: {},
});

interface Series {
  name: string;
  data: number[];
  stack: string;
}
const option = digestChart(digest, ZH)!.option;
const series = option.series as Series[];

describe('digestChart', () => {
  it.each([
    ['one bar per day, labelled month/day', (option.xAxis as { data: string[] }).data, ['11/23', '11/24', '11/25', '11/26', '11/27', '11/28', '11/29']],
    ['one stacked series per category, most first, Chinese labels', series.map((s) => [s.name, s.stack]), [['赌博', 'cases'], ['公司保密信息', 'cases'], ['广告/推广', 'cases']]],
    ['gambling per day', series[0]!.data, [1, 0, 1, 0, 0, 0, 0]],
    ['ads late on Sunday stays on Sunday', series[2]!.data, [0, 0, 0, 0, 0, 0, 1]],
    ['the title says what is counted, the subtitle the period and the group', [(option.title as { text: string }).text, (option.title as { subtext: string }).subtext], ['每日案件（按类别）', '11月23日–11月29日\n销售部工作群']],
    ['whole numbers on the y axis', (option.yAxis as { minInterval: number }).minInterval, 1],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('without a CJK font: category keys and an English title', () => {
    const en = digestChart(digest, EN)!.option;
    expect((en.series as Series[]).map((s) => s.name)).toEqual(['gambling', 'confidential', 'ads']);
    expect(JSON.stringify(en)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('nothing to draw without cases', () => {
    expect(digestChart(buildDigest({ period: WEEK, timeZone: TZ, rooms, cases: [], pending: [], members: [], screened: {} }), ZH)).toBeNull();
  });
});
