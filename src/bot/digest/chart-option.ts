import type { EChartsOption } from 'echarts';
import { periodRangeZh } from '../../core/digest/digest-period.js';
import type { Digest } from '../../core/digest/digest-types.js';
import { dayLabelShort, localDayKey } from '../../core/digest/local-day.js';

/** Chart width in CSS pixels (rendered at 2x): wide enough for 31 daily bars, readable on a phone. */
export const CHART_WIDTH = 800;
/** Chart height in CSS pixels (rendered at 2x). */
export const CHART_HEIGHT = 480;

/** One colour per category, stable across digests so admins learn them. */
const PALETTE: Record<string, string> = {
  confidential: '#c0392b',
  gambling: '#8e44ad',
  porn: '#d35400',
  violence: '#7f1d1d',
  ads: '#2980b9',
  abuse: '#e67e22',
  rumour: '#16a085',
  cn_id: '#2c3e50',
  cn_mobile: '#27ae60',
  bank_card: '#f1c40f',
  email: '#1abc9c',
  url: '#95a5a6',
  other: '#7f8c8d',
};
const SPARE = ['#34495e', '#9b59b6', '#3498db', '#e74c3c', '#2ecc71', '#f39c12'];

/** How the chart labels things: Chinese with a CJK font; category keys and English without one. */
export interface ChartLabels {
  cjk: boolean;
  fontFamily: string;
}

/**
 * The digest's chart as an ECharts option: cases per day, stacked by category,
 * one bar per local day of the period. Null when there is nothing to draw.
 */
export function digestChartOption(digest: Digest, labels: ChartLabels): EChartsOption | null {
  if (digest.categories.length === 0) return null;
  const tz = digest.timeZone;
  let spare = 0;
  const single = digest.groups.length === 1 ? digest.groups[0]!.topic : `${digest.groups.length} 个群`;
  const title = labels.cjk
    ? { text: `每日案件（按类别）${periodRangeZh(digest.period, tz)}`, subtext: single }
    : { text: `Cases per day by category, ${localDayKey(digest.period.since, tz)} to ${localDayKey(digest.period.until - 1, tz)}` };
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: labels.fontFamily },
    title: { ...title, left: 'center', top: 8, textStyle: { fontSize: 18 }, subtextStyle: { fontSize: 13 } },
    legend: { bottom: 8, itemGap: 14, textStyle: { fontSize: 13 } },
    grid: { left: 48, right: 24, top: labels.cjk ? 72 : 56, bottom: 64 },
    xAxis: { type: 'category', data: digest.days.map((d) => dayLabelShort(d.day, tz)), axisLabel: { fontSize: 12 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 12 } },
    series: digest.categories.map((c) => ({
      name: labels.cjk ? c.label : c.key,
      type: 'bar' as const,
      stack: 'cases',
      barMaxWidth: 48,
      itemStyle: { color: PALETTE[c.key] ?? SPARE[spare++ % SPARE.length] },
      data: digest.days.map((d) => d.counts[c.key] ?? 0),
    })),
  };
}
