/**
 * Drawing lines of text as a PNG "screenshot" with the digest's renderer and CJK font, so tests, the bench and the
 * simulator can exercise OCR without binary fixtures.
 */
import { Resvg } from '@resvg/resvg-js';
import { chartFontFile } from '../bot/digest/render-chart.js';

/** How a text image is drawn: the lines, and optionally the font size, margins and a larger canvas, in pixels. */
export interface TextImageOptions {
  lines: readonly string[];
  fontSize?: number;
  margin?: number;
  /** At least this wide / high (e.g. 1080×2340 for a phone screenshot); by default just large enough for the text. */
  width?: number;
  height?: number;
}

const CJK_FAMILY = 'Noto Sans SC';

/** The font file is required: without a CJK font the Chinese would render as empty boxes and no OCR could read it. */
export class TextImageFontError extends Error {
  override readonly name = 'TextImageFontError';
  constructor() {
    super('找不到中文字体 @expo-google-fonts/noto-sans-sc，无法绘制文字图片；请运行 npm ci。\nThe CJK font package is missing; run npm ci.');
  }
}

/**
 * Draws lines of text as a PNG with the digest's own renderer and font, so tests,
 * the bench and the simulator can make "screenshots" without binary fixtures.
 */
export function renderTextImage(options: TextImageOptions): Buffer {
  const font = chartFontFile();
  if (!font) throw new TextImageFontError();
  const fontSize = options.fontSize ?? 28;
  const margin = options.margin ?? 24;
  const lineHeight = Math.round(fontSize * 1.6);
  const longest = Math.max(1, ...options.lines.map(displayWidth));
  const width = Math.max(options.width ?? 0, Math.ceil(margin * 2 + longest * fontSize * 0.55));
  const height = Math.max(options.height ?? 0, margin * 2 + lineHeight * Math.max(1, options.lines.length));
  const texts = options.lines
    .map((line, i) => `<text x="${margin}" y="${margin + lineHeight * i + fontSize}" font-size="${fontSize}" font-family="${CJK_FAMILY}">${escapeXml(line)}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#ffffff"/><g fill="#1f1f1f">${texts}</g></svg>`;
  const resvg = new Resvg(svg, { background: '#ffffff', font: { fontFiles: [font], loadSystemFonts: false, defaultFontFamily: CJK_FAMILY } });
  return resvg.render().asPng();
}

/** Width in half-em units: a CJK character counts two, Latin one. */
function displayWidth(line: string): number {
  let units = 0;
  for (const ch of line) units += ch.codePointAt(0)! > 0x2e80 ? 2 : 1;
  return units;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
