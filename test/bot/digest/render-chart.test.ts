import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/digest/build-digest.js';
import { CHART_HEIGHT, CHART_WIDTH } from '../../../src/bot/digest/chart-option.js';
import { chartFontFile, renderChartSvg, renderDigestChart } from '../../../src/bot/digest/render-chart.js';
import { DAY, HOUR, kase, MON, TZ, WEEK } from '../../core/digest/fixtures.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const rooms = [{ roomId: 'r1', topic: '销售部工作群', paused: false }];
const digestOf = (cases: ReturnType<typeof kase>[]) => buildDigest({ period: WEEK, timeZone: TZ, rooms, cases, pending: [], members: [], screened: {} });

describe('renderDigestChart', () => {
  it('uses the Noto Sans SC font shipped as an npm package', () => {
    expect(chartFontFile()).toMatch(/NotoSansSC_400Regular\.ttf$/);
  });

  it('draws cases per day by category as a PNG at twice the chart size', async () => {
    const png = await renderDigestChart(digestOf([kase({ categories: ['gambling'], at: MON + HOUR }), kase({ categories: ['confidential'], at: MON + 3 * DAY })]));
    expect(png).not.toBeNull();
    expect(png!.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect([png!.readUInt32BE(16), png!.readUInt32BE(20)]).toEqual([CHART_WIDTH * 2, CHART_HEIGHT * 2]);
    expect(png!.length).toBeGreaterThan(10_000);
  }, 30_000);

  it('returns null when there is nothing to draw', async () => {
    expect(await renderDigestChart(digestOf([]))).toBeNull();
  });

  it('renders the SVG server-side with the Chinese labels as text', async () => {
    const svg = await renderChartSvg({ animation: false, title: { text: '每日案件' }, xAxis: { type: 'category', data: ['11/23'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', name: '赌博', data: [2] }] });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('每日案件');
  }, 30_000);
});
