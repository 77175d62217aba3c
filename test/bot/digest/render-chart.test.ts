import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/digest/build-digest.js';
import { CHART_SCALE, CHART_WIDTH, digestChart } from '../../../src/bot/digest/chart-option.js';
import { chartFontFile, renderChartSvg, renderDigestChart } from '../../../src/bot/digest/render-chart.js';
import { DAY, HOUR, kase, MON, TZ, WEEK } from '../../core/digest/fixtures.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Width and height from a PNG's header, checked against its inflated pixel data (one filter byte per row plus the pixels). */
function decodedSize(png: Buffer): { width: number; height: number } {
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[png[25]!]!;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  expect({ bitDepth: png[24], bytes: inflateSync(Buffer.concat(idat)).length }).toEqual({ bitDepth: 8, bytes: height * (1 + width * channels) });
  return { width, height };
}
const rooms = [{ roomId: 'r1', topic: '销售部工作群', paused: false }];
const digestOf = (cases: ReturnType<typeof kase>[]) => buildDigest({ period: WEEK, timeZone: TZ, rooms, cases, pending: [], members: [], screened: {} });

describe('renderDigestChart', () => {
  it('uses the Noto Sans SC font shipped as an npm package', () => {
    expect(chartFontFile()).toMatch(/NotoSansSC_400Regular\.ttf$/);
  });

  it('draws cases per day by category as a PNG at three times the phone-width chart', async () => {
    const digest = digestOf([kase({ categories: ['gambling'], at: MON + HOUR }), kase({ categories: ['confidential'], at: MON + 3 * DAY })]);
    const png = await renderDigestChart(digest);
    expect(png).not.toBeNull();
    expect(png!.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const height = digestChart(digest, { cjk: true, fontFamily: 'Noto Sans SC' })!.height;
    expect(decodedSize(png!)).toEqual({ width: 1200, height: height * CHART_SCALE });
    expect(CHART_WIDTH * CHART_SCALE).toBe(1200);
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
