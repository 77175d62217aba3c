/**
 * Undoing stand-ins before matching: `🐴`, `➕`, `弓虽` and the like are replaced by the characters they stand for, with a map
 * back to the original text so findings still point at what was written.
 */
import type { Variant } from './variant-table.js';

/** A window of a text with every stand-in replaced by its character, and a map back to the text it came from. */
export interface Rewritten {
  text: string;
  /** For each unit of `text`: the offset in the source text of the piece it came from. */
  from: number[];
  /** For each unit of `text`: the offset just past that piece. */
  to: number[];
  /** For each unit of `text`: 0 copied, 1 from a symbol stand-in, 2 from a split character. */
  kind: Uint8Array;
}

/** Replaces stand-ins (`🐴`, `➕`, `弓虽`) by the characters they stand for. */
export interface VariantRewriter {
  /**
   * The windows of the text around its stand-ins (`margin` units either side,
   * overlapping windows merged), each rewritten; [] when no stand-in occurs,
   * after one array read per unit. A long message pays only around its stand-ins.
   */
  rewrite(text: string, margin: number): Rewritten[];
}

/** Compiles a variant table; the longest stand-in wins where two start at one place. */
export function createVariantRewriter(variants: readonly Variant[]): VariantRewriter {
  const firstUnit = new Uint8Array(0x10000);
  const byFirst = new Map<number, Variant[]>();
  for (const v of variants) {
    const unit = v.source.charCodeAt(0);
    firstUnit[unit] = 1;
    const list = byFirst.get(unit) ?? [];
    list.push(v);
    list.sort((a, b) => b.source.length - a.source.length);
    byFirst.set(unit, list);
  }
  const variantAt = (text: string, i: number): Variant | undefined =>
    firstUnit[text.charCodeAt(i)] === 1 ? byFirst.get(text.charCodeAt(i))?.find((v) => text.startsWith(v.source, i)) : undefined;

  const rewriteWindow = (text: string, start: number, end: number): Rewritten => {
    let out = '';
    const from: number[] = [];
    const to: number[] = [];
    const kinds: number[] = [];
    for (let i = start; i < end; ) {
      const variant = variantAt(text, i);
      const piece = variant ? variant.target : text[i]!;
      const width = variant ? variant.source.length : 1;
      for (let k = 0; k < piece.length; k++) {
        from.push(i);
        to.push(i + width);
        kinds.push(variant ? (variant.split ? 2 : 1) : 0);
      }
      out += piece;
      i += width;
    }
    return { text: out, from, to, kind: Uint8Array.from(kinds) };
  };

  return {
    rewrite(text, margin) {
      if (byFirst.size === 0) return [];
      const windows: Rewritten[] = [];
      let windowStart = -1;
      let windowEnd = -1;
      for (let i = 0; i < text.length; i++) {
        if (firstUnit[text.charCodeAt(i)] !== 1) continue;
        const variant = variantAt(text, i);
        if (!variant) continue;
        const start = Math.max(0, i - margin);
        const end = Math.min(text.length, i + variant.source.length + margin);
        if (windowEnd >= 0 && start <= windowEnd) windowEnd = end;
        else {
          if (windowEnd >= 0) windows.push(rewriteWindow(text, windowStart, windowEnd));
          windowStart = start;
          windowEnd = end;
        }
        i += variant.source.length - 1;
      }
      if (windowEnd >= 0) windows.push(rewriteWindow(text, windowStart, windowEnd));
      return windows;
    },
  };
}
