import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import type { EChartsOption } from 'echarts';
import { buildDigest } from '../../../src/core/digest/build-digest.js';
import type { DigestPeriod } from '../../../src/core/digest/digest-period.js';
import type { CaseRecord } from '../../../src/core/records.js';
import { CHART_FONT, CHART_WIDTH, digestChart, labelInterval, PLOT_WIDTH, type DigestChart } from '../../../src/bot/digest/chart-option.js';
import { textWidth } from '../../../src/bot/digest/chart-text.js';
import { chartFontFile } from '../../../src/bot/digest/render-chart.js';
import { DAY, HOUR, kase, MON, TZ, WEEK } from '../../core/digest/fixtures.js';

/** How wide a phone shows the image, in CSS px. */
const PHONE = 390;
/** Smallest text size a reader on the phone sees, in CSS px: the title, and everything else. */
const MIN_SHOWN = { title: 15, text: 12 };
const ZH = { cjk: true, fontFamily: 'Noto Sans SC' };
const EN = { cjk: false, fontFamily: 'DejaVu Sans' };
const DEC1 = Date.parse('2026-12-01T00:00:00+08:00');
const MONTH = { kind: 'custom' as const, since: DEC1, until: DEC1 + 31 * DAY };
const TWELVE = ['confidential', 'gambling', 'ads', 'abuse', 'cn_id', 'manual', 'cn_mobile', 'url', 'flood', 'muted', 'report', '客户资料外传'];

function chartOf(categories: readonly string[], period: DigestPeriod = WEEK, topic = '销售部工作群', labels = ZH): DigestChart {
  const days = Math.round((period.until - period.since) / DAY);
  const cases: CaseRecord[] = categories.map((c, i) => kase({ categories: [c], at: period.since + (i % days) * DAY + HOUR }));
  return digestChart(buildDigest({ period, timeZone: TZ, rooms: [{ roomId: 'r1', topic, paused: false }], cases, pending: [], members: [], screened: {} }), labels)!;
}

interface Styled { fontSize?: number; lineHeight?: number }
const one = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every text of the option with its size as a phone shows it (CSS px at 390 px wide) and the minimum it needs. */
function shownSizes(chart: { option: EChartsOption; width: number }): { what: string; shown: number; min: number }[] {
  const o = chart.option as Record<string, unknown>;
  const title = one(o.title as { textStyle?: Styled; subtextStyle?: Styled } | undefined);
  const texts: [string, Styled | undefined, number][] = [
    ['default text', o.textStyle as Styled, MIN_SHOWN.text],
    ...title.flatMap((t, i): [string, Styled | undefined, number][] => [[`title ${i}`, t.textStyle, MIN_SHOWN.title], [`subtitle ${i}`, t.subtextStyle, MIN_SHOWN.text]]),
    ...one(o.legend as { textStyle?: Styled } | undefined).map((l, i): [string, Styled | undefined, number] => [`legend row ${i}`, l.textStyle, MIN_SHOWN.text]),
    ...one(o.xAxis as { axisLabel?: Styled }).map((a): [string, Styled | undefined, number] => ['x axis labels', a.axisLabel, MIN_SHOWN.text]),
    ...one(o.yAxis as { axisLabel?: Styled }).map((a): [string, Styled | undefined, number] => ['y axis labels', a.axisLabel, MIN_SHOWN.text]),
  ];
  // ECharts draws 12 px where no size is given.
  return texts.map(([what, style, min]) => ({ what, shown: ((style?.fontSize ?? 12) * PHONE) / chart.width, min }));
}

const tooSmall = (chart: { option: EChartsOption; width: number }) => shownSizes(chart).filter((t) => t.shown < t.min);

interface Legend { top: number; data: string[]; itemWidth: number; itemGap: number; textStyle: Styled }
const legends = (chart: DigestChart) => chart.option.legend as Legend[];
const gridTop = (chart: DigestChart) => (chart.option.grid as { top: number }).top;

describe('digest chart on a phone', () => {
  const charts: [string, DigestChart][] = [
    ['one category, a week', chartOf(['gambling'])],
    ['twelve categories, a 31-day month', chartOf(TWELVE, MONTH)],
    ['every shipped category and a long custom one', chartOf([...TWELVE, 'porn', 'violence', 'rumour', 'bank_card', 'email', 'credential', 'other', 'a_very_long_custom_category_name_from_policy'], MONTH)],
    ['English labels without a CJK font', chartOf(TWELVE, MONTH, '销售部工作群', EN)],
  ];

  it.each(charts)('%s: every text is legible at 390 px wide', (_name, chart) => {
    expect(chart.width).toBeLessThanOrEqual(420);
    expect(tooSmall(chart)).toEqual([]);
    expect(shownSizes(chart).length).toBeGreaterThanOrEqual(6);
  });

  it('the look-alike fails: the old 800 px chart with 12–13 px labels comes out at about 6 px', () => {
    const old = { width: 800, option: { textStyle: {}, title: { textStyle: { fontSize: 18 }, subtextStyle: { fontSize: 13 } }, legend: { textStyle: { fontSize: 13 } }, xAxis: { type: 'category', axisLabel: { fontSize: 12 } }, yAxis: { type: 'value', axisLabel: { fontSize: 12 } } } } as { width: number; option: EChartsOption };
    expect(tooSmall(old).map((t) => [t.what, Math.round(t.shown * 10) / 10])).toEqual([['default text', 5.9], ['title 0', 8.8], ['subtitle 0', 6.3], ['legend row 0', 6.3], ['x axis labels', 5.9], ['y axis labels', 5.9]]);
  });

  it.each(charts)('%s: legend rows fit the width, sit below the title and above the bars', (_name, chart) => {
    const rows = legends(chart);
    const title = chart.option.title as { top: number; subtext: string; textStyle: Styled; subtextStyle: Styled; itemGap: number };
    const titleBottom = title.top + title.textStyle.lineHeight! + title.itemGap + title.subtext.split('\n').length * title.subtextStyle.lineHeight!;
    expect(rows[0]!.top).toBeGreaterThanOrEqual(titleBottom);
    rows.forEach((row, i) => {
      const width = row.data.reduce((sum, name) => sum + row.itemWidth + 5 + textWidth(name, row.textStyle.fontSize!), 0) + (row.data.length - 1) * row.itemGap;
      expect(width).toBeLessThanOrEqual(chart.width - 16);
      const next = rows[i + 1]?.top ?? gridTop(chart);
      expect(next - row.top).toBeGreaterThanOrEqual(row.textStyle.lineHeight!);
    });
    expect(rows.flatMap((r) => r.data)).toEqual((chart.option.series as { name: string }[]).map((s) => s.name));
  });

  it('more legend rows push the bars down and make the image taller, the plot keeps its size', () => {
    const [small, big] = [chartOf(['gambling']), chartOf(TWELVE, MONTH)];
    expect([legends(small).length, legends(big).length]).toEqual([1, 3]);
    expect(gridTop(big) - gridTop(small)).toBe(big.height - small.height);
    expect(big.height).toBeGreaterThan(small.height);
  });

  it.each([
    ['a day', 1, 0],
    ['a week', 7, 0],
    ['four weeks', 28, 3],
    ['a 31-day month', 31, 4],
  ])('day labels of %s do not touch', (_name, days, interval) => {
    const labels = Array.from({ length: days }, (_, i) => `12/${i + 1}`);
    expect(labelInterval(labels)).toBe(interval);
    const pitch = (PLOT_WIDTH / days) * (interval + 1);
    expect(pitch).toBeGreaterThanOrEqual(Math.max(...labels.map((l) => textWidth(l, CHART_FONT.text))) + 4);
  });

  it('the look-alike: every one of 31 day labels shown would overlap', () => {
    expect((PLOT_WIDTH / 31) * 1).toBeLessThan(textWidth('12/31', CHART_FONT.text));
    expect((chartOf(TWELVE, MONTH).option.xAxis as { axisLabel: { interval: number } }).axisLabel.interval).toBe(4);
  });

  it('a long group name is shortened to one line with …', () => {
    const topic = '华东大区销售部与市场部联合项目推进及客户关系维护工作群（二〇二六年第四季度）';
    const subtitle = (chartOf(['gambling'], WEEK, topic).option.title as { subtext: string }).subtext.split('\n');
    expect(subtitle[1]!.endsWith('…')).toBe(true);
    expect(topic.startsWith(subtitle[1]!.slice(0, -1))).toBe(true);
    expect(textWidth(subtitle[1]!, CHART_FONT.text)).toBeLessThanOrEqual(CHART_WIDTH - 24);
    expect((chartOf(['gambling']).option.title as { subtext: string }).subtext).toBe('11月23日–11月29日\n销售部工作群');
  });

  it.each(['每日案件（按类别）', '12/31', '辱骂/人身攻击', 'bank_card', 'Cases per day by category', '11月23日–11月29日'])(
    'the width estimate errs wide against the rendered font: %s',
    (text) => {
      const font = chartFontFile()!;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="40"><text x="0" y="30" font-family="Noto Sans SC" font-size="13">${text}</text></svg>`;
      const box = new Resvg(svg, { font: { fontFiles: [font], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } }).getBBox();
      expect(box!.width).toBeLessThanOrEqual(textWidth(text, 13));
      expect(box!.width).toBeGreaterThan(textWidth(text, 13) * 0.6);
    },
  );
});
