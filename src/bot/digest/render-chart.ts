/**
 * Drawing the digest's chart as a PNG on the server (ECharts to SVG, no browser), with the shipped CJK font for Chinese
 * labels; when it cannot be drawn the digest goes out as text alone.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Echarts from 'echarts';
import { CHART_SCALE, CHART_WIDTH, digestChart, type ChartLabels } from './chart-option.js';
import type { Digest } from '../../core/digest/digest-types.js';

/**
 * ECharts' single-file ESM build: it loads in ~0.2 s where the modular entry
 * (hundreds of files) takes 1.5–3 s. It has no type declarations of its own, so
 * the specifier is a plain string and the module is typed as the main entry.
 */
const ECHARTS_BUNDLE: string = 'echarts/dist/echarts.esm.min';
/** The CJK font shipped as an npm package (OFL), so Chinese labels render on any machine. */
const CJK_FONT = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
const CJK_FAMILY = 'Noto Sans SC';
const LATIN_FAMILY = 'DejaVu Sans';

/** The chart could not be drawn; the digest goes out as text alone. */
export class ChartRenderError extends Error {
  override readonly name = 'ChartRenderError';
  constructor(options?: { cause?: unknown }) {
    const why = options?.cause instanceof Error ? options.cause.message : String(options?.cause);
    super(`无法生成周报图表（${why}），周报仅以文字发送。\nCould not render the digest chart (${why}); the digest is sent as text only.`, options);
  }
}

let echartsModule: Promise<typeof Echarts> | null = null;
let fontFile: string | null | undefined;

/** The CJK font file, or null when the font package is not installed (labels fall back to English). */
export function chartFontFile(): string | null {
  if (fontFile !== undefined) return fontFile;
  try {
    const path = createRequire(import.meta.url).resolve(CJK_FONT);
    fontFile = existsSync(path) ? path : null;
  } catch {
    fontFile = null;
  }
  return fontFile;
}

/** ECharts option as SVG markup of the given CSS size, rendered server-side (no DOM, no browser). */
export async function renderChartSvg(option: Echarts.EChartsOption, size = { width: CHART_WIDTH, height: CHART_WIDTH }): Promise<string> {
  echartsModule ??= import(ECHARTS_BUNDLE) as Promise<typeof Echarts>;
  const echarts = await echartsModule;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The digest's chart (cases per day by category) as a PNG, or null when the
 * period has no cases to draw. Chinese labels with the shipped Noto Sans SC;
 * without it, category keys and an English title (the system has no CJK font).
 */
export async function renderDigestChart(digest: Digest): Promise<Buffer | null> {
  const font = chartFontFile();
  const labels: ChartLabels = font ? { cjk: true, fontFamily: CJK_FAMILY } : { cjk: false, fontFamily: LATIN_FAMILY };
  const chart = digestChart(digest, labels);
  if (!chart) return null;
  try {
    const svg = await renderChartSvg(chart.option, chart);
    const { Resvg } = await import('@resvg/resvg-js');
    const resvg = new Resvg(svg, {
      background: '#ffffff',
      fitTo: { mode: 'zoom', value: CHART_SCALE },
      font: font ? { fontFiles: [font], loadSystemFonts: false, defaultFontFamily: CJK_FAMILY } : { loadSystemFonts: true, defaultFontFamily: LATIN_FAMILY },
    });
    return resvg.render().asPng();
  } catch (err) {
    throw new ChartRenderError({ cause: err });
  }
}
