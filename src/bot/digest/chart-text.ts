/**
 * Text measurement for laying out the chart before ECharts draws it: the
 * layout (legend rows, axis label spacing, shortened titles) must be known to
 * size the plot, and the SVG renderer has no canvas to measure with.
 */

/** Width of a narrow (ASCII) character in em: DejaVu Sans digits are 0.64 em, Noto Sans SC's narrower; round up. */
const NARROW_EM = 0.65;

/** Estimated width of `text` at `fontSize` px: 1 em per CJK or other wide character, 0.65 em per ASCII one. Errs wide. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += ch.charCodeAt(0) < 0x80 ? NARROW_EM : 1;
  return em * fontSize;
}

/** `text` shortened with … so it fits `maxWidth` px at `fontSize`; unchanged when it fits. */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

/** Items of given widths packed into rows no wider than `rowWidth`, `gap` px apart, in order; an item wider than a row gets a row of its own. */
export function packRows<T>(items: readonly T[], widthOf: (item: T) => number, gap: number, rowWidth: number): T[][] {
  const rows: T[][] = [];
  let used = Infinity;
  for (const item of items) {
    const w = widthOf(item);
    if (used + gap + w > rowWidth) {
      rows.push([item]);
      used = w;
    } else {
      rows[rows.length - 1]!.push(item);
      used += gap + w;
    }
  }
  return rows;
}
