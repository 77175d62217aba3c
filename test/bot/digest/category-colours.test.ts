import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDigest, OTHER_CATEGORY } from '../../../src/core/digest/build-digest.js';
import { MUTED_CATEGORY } from '../../../src/core/mute/soft-mute.js';
import { DETECTOR_NAMES } from '../../../src/core/types.js';
import { CATEGORY_COLOURS, categoryColours, SPARE_COLOURS } from '../../../src/bot/digest/category-colours.js';
import { digestChart } from '../../../src/bot/digest/chart-option.js';
import { loadPolicy } from '../../../src/policy/load-policy.js';
import { deltaE76, hexToLab } from './colour-difference.js';
import { kase, MON, HOUR, TZ, WEEK } from '../../core/digest/fixtures.js';

/**
 * ΔE76 between any two series of one chart. 2.3 is just noticeable side by
 * side; a legend swatch 14×10 px on a phone, matched to a thin bar segment
 * across the image, needs colours told apart at a glance: about ten times that.
 * Tableau's ten colours, made for this, are ≥ 20 apart in all but one pair.
 */
const MIN_DELTA_E = 20;
/** Bars must stand out from the white background too. */
const WHITE = '#ffffff';

const DEFAULT_POLICY = fileURLToPath(new URL('../../../policies/default.yaml', import.meta.url));
/** Every category key the product opens cases under: dictionaries, detectors, kinds (cards, mini-programs → ads; links → url; flood), muted, manual, report, other. */
const PRODUCT_KEYS = [...new Set([...loadPolicy(DEFAULT_POLICY).policy.dictionaries.map((d) => d.category), ...DETECTOR_NAMES, 'ads', 'url', 'flood', MUTED_CATEGORY, 'manual', 'report', OTHER_CATEGORY])];
const CUSTOM = ['客户资料外传', 'salary', 'constructor', '竞品', 'insider', 'politics', '代购', 'crypto', '兼职刷单', 'phishing'];

/** The colours a chart of a digest with these categories draws, read from its ECharts option. */
function chartColours(categories: readonly string[]): string[] {
  const cases = categories.map((c, i) => kase({ categories: [c], at: MON + HOUR + i }));
  const digest = buildDigest({ period: WEEK, timeZone: TZ, rooms: [{ roomId: 'r1', topic: '销售部工作群', paused: false }], cases, pending: [], members: [], screened: {} });
  const series = digestChart(digest, { cjk: true, fontFamily: 'Noto Sans SC' })!.option.series as { itemStyle: { color: string } }[];
  return series.map((s) => s.itemStyle.color);
}

/** The closest pair among the colours, and their difference. */
function closestPair(colours: readonly string[]): { pair: [string, string]; delta: number } {
  let best = { pair: ['', ''] as [string, string], delta: Infinity };
  colours.forEach((p, i) => colours.slice(i + 1).forEach((q) => {
    const delta = deltaE76(p, q);
    if (delta < best.delta) best = { pair: [p, q], delta };
  }));
  return best;
}

describe('the colour difference the test relies on', () => {
  it.each([
    ['white', '#ffffff', { l: 100, a: 0, b: 0 }],
    ['black', '#000000', { l: 0, a: 0, b: 0 }],
    ['sRGB red', '#ff0000', { l: 53.24, a: 80.09, b: 67.2 }],
    ['sRGB blue', '#0000ff', { l: 32.3, a: 79.19, b: -107.86 }],
  ])('%s in L*a*b*', (_name, hex, lab) => {
    const got = hexToLab(hex);
    for (const k of ['l', 'a', 'b'] as const) expect(got[k]).toBeCloseTo(lab[k], 1);
  });
});

describe('chart colours', () => {
  it('every category the product produces has its own colour', () => {
    expect(PRODUCT_KEYS.filter((k) => !(k in CATEGORY_COLOURS))).toEqual([]);
  });

  it.each([
    ['one category', ['gambling']],
    ['the shipped dictionaries', ['confidential', 'gambling', 'porn', 'violence', 'ads', 'abuse', 'rumour']],
    ['ID number next to a manual warning (the two navies of old)', ['cn_id', 'manual']],
    ['all known categories at once', PRODUCT_KEYS],
    ['all known plus three custom ones', [...PRODUCT_KEYS, ...CUSTOM.slice(0, 3)]],
    ['all known plus every spare colour used', [...PRODUCT_KEYS, ...CUSTOM]],
    ['custom categories only', CUSTOM],
  ])('%s: every pair ≥ ΔE 20 apart and from white', (_name, categories) => {
    const colours = chartColours(categories);
    expect(colours).toHaveLength(categories.length);
    const { pair, delta } = closestPair([...colours, WHITE]);
    expect({ pair, ok: delta >= MIN_DELTA_E }).toEqual({ pair, ok: true });
  });

  it.each([
    ['the old navies of 身份证号 and the spare for 管理员警告', ['#2c3e50', '#34495e']],
    ['the old grey of 链接 and 其他', ['#95a5a6', '#7f8c8d']],
    ['a colour too pale to see on white', ['#f4f4f4']],
  ])('the look-alike is caught: %s', (_name, colours) => {
    expect(closestPair([...colours, WHITE]).delta).toBeLessThan(MIN_DELTA_E);
  });

  it('custom categories take the spare colours in digest order, then the known colours the chart leaves free', () => {
    const colours = categoryColours(['gambling', '竞品', 'ads', 'salary']);
    expect(colours).toEqual([CATEGORY_COLOURS.gambling, SPARE_COLOURS[0], CATEGORY_COLOURS.ads, SPARE_COLOURS[1]]);
    const beyondSpares = categoryColours(['gambling', ...CUSTOM, 'insider2']);
    expect(beyondSpares.at(-1)).toBe(CATEGORY_COLOURS.confidential);
    expect(new Set(beyondSpares).size).toBe(beyondSpares.length);
  });

  it('a known category keeps its colour whatever else the chart holds', () => {
    expect(categoryColours(['cn_id'])).toEqual(categoryColours(['竞品', 'ads', 'cn_id']).slice(2));
  });
});
