/**
 * The layout of the digest's chart (cases per day, stacked by category) as an ECharts option sized for a phone screen,
 * so its text stays readable when WeChat shows the image about 390 px wide.
 */
import type { EChartsOption } from 'echarts';
import { periodRangeZh } from '../../core/digest/digest-period.js';
import type { Digest } from '../../core/digest/digest-types.js';
import { dayLabelShort, localDayKey } from '../../core/digest/local-day.js';
import { categoryColours } from './category-colours.js';
import { fitText, packRows, textWidth } from './chart-text.js';

/**
 * Chart width in CSS pixels: a phone shows the image about 390 px wide, so the
 * chart is drawn at about that width (and rendered at CHART_SCALE) and its text
 * sizes are what the reader sees.
 */
export const CHART_WIDTH = 400;
/** Device pixels per CSS pixel of the PNG: sharp on a phone's 3x screen. */
export const CHART_SCALE = 3;
/** Font sizes in CSS px: at 390 px shown they stay ≥ 15 px (title) and ≥ 12 px (everything else). */
export const CHART_FONT = { title: 16, text: 13 } as const;

const PAD = 12;
const TITLE_LINE = 22;
const TEXT_LINE = 18;
const LEGEND_ROW = 22;
/** ECharts puts 5 px between a legend icon and its text. */
const LEGEND_ICON = { width: 14, height: 10, gap: 5 };
const LEGEND_ITEM_GAP = 12;
const GRID = { left: 44, right: 16, height: 220, bottom: 36 };
const X_LABEL_GAP = 6;

/** What the renderer needs: the option and the size it was laid out for (CSS px). */
export interface DigestChart {
  option: EChartsOption;
  width: number;
  height: number;
}

/** How the chart labels things: Chinese with a CJK font; category keys and English without one. */
export interface ChartLabels {
  cjk: boolean;
  fontFamily: string;
}

/**
 * The digest's chart laid out for a phone: cases per day stacked by category,
 * one bar per local day; title and period on top, then the legend in as many
 * rows as it needs, then the bars. Null when there is nothing to draw.
 */
export function digestChart(digest: Digest, labels: ChartLabels): DigestChart | null {
  if (digest.categories.length === 0) return null;
  const tz = digest.timeZone;
  const inner = CHART_WIDTH - 2 * PAD;
  const fit = (text: string, size: number = CHART_FONT.text) => fitText(text, size, inner);
  const group = digest.groups.length === 1 ? digest.groups[0]!.topic : `${digest.groups.length} 个群`;
  const heading = labels.cjk
    ? { text: '每日案件（按类别）', lines: [periodRangeZh(digest.period, tz), group] }
    : { text: 'Cases per day by category', lines: [`${localDayKey(digest.period.since, tz)} to ${localDayKey(digest.period.until - 1, tz)}`] };
  const names = digest.categories.map((c) => fitText(labels.cjk ? c.label : c.key, CHART_FONT.text, inner - LEGEND_ICON.width - LEGEND_ICON.gap));
  const legendWidth = (name: string) => LEGEND_ICON.width + LEGEND_ICON.gap + textWidth(name, CHART_FONT.text);
  const rows = packRows(names, legendWidth, LEGEND_ITEM_GAP, inner);
  const legendTop = PAD + TITLE_LINE + 4 + heading.lines.length * TEXT_LINE + 10;
  const gridTop = legendTop + rows.length * LEGEND_ROW + 8;
  const colours = categoryColours(digest.categories.map((c) => c.key));
  const days = digest.days.map((d) => dayLabelShort(d.day, tz));
  const option: EChartsOption = {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: labels.fontFamily, fontSize: CHART_FONT.text },
    title: {
      text: fit(heading.text, CHART_FONT.title),
      subtext: heading.lines.map((l) => fit(l)).join('\n'),
      left: 'center',
      top: PAD,
      padding: 0,
      itemGap: 4,
      textStyle: { fontSize: CHART_FONT.title, lineHeight: TITLE_LINE },
      subtextStyle: { fontSize: CHART_FONT.text, lineHeight: TEXT_LINE, color: '#555555' },
    },
    legend: rows.map((row, i) => ({
      data: row,
      top: legendTop + i * LEGEND_ROW,
      left: 'center',
      padding: 0,
      itemGap: LEGEND_ITEM_GAP,
      itemWidth: LEGEND_ICON.width,
      itemHeight: LEGEND_ICON.height,
      textStyle: { fontSize: CHART_FONT.text, lineHeight: TEXT_LINE },
    })),
    grid: { left: GRID.left, right: GRID.right, top: gridTop, height: GRID.height },
    xAxis: {
      type: 'category',
      data: days,
      axisTick: { alignWithLabel: true },
      axisLabel: { fontSize: CHART_FONT.text, interval: labelInterval(days), hideOverlap: false },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: CHART_FONT.text } },
    series: digest.categories.map((c, i) => ({
      name: names[i]!,
      type: 'bar' as const,
      stack: 'cases',
      barMaxWidth: 28,
      itemStyle: { color: colours[i]! },
      data: digest.days.map((d) => d.counts[c.key] ?? 0),
    })),
  };
  return { option, width: CHART_WIDTH, height: gridTop + GRID.height + GRID.bottom };
}

/** Width of the plot in CSS px: where the day labels share the space. */
export const PLOT_WIDTH = CHART_WIDTH - GRID.left - GRID.right;

/** How many day labels to skip after each one shown so that none touch (ECharts' `axisLabel.interval`). */
export function labelInterval(days: readonly string[]): number {
  const slot = PLOT_WIDTH / Math.max(days.length, 1);
  const widest = Math.max(0, ...days.map((d) => textWidth(d, CHART_FONT.text)));
  return Math.max(0, Math.ceil((widest + X_LABEL_GAP) / slot) - 1);
}
