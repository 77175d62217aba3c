import type { Variant } from './variant-table.js';

/** A text with every stand-in replaced by its character, and a map back to the text it came from. */
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
  /** Does the text hold a stand-in at all? One array read per unit, so clean text pays almost nothing. */
  mayRewrite(text: string): boolean;
  /** The rewritten text, or null when no stand-in occurs. */
  rewrite(text: string): Rewritten | null;
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
  const mayRewrite = (text: string): boolean => {
    if (byFirst.size === 0) return false;
    for (let i = 0; i < text.length; i++) if (firstUnit[text.charCodeAt(i)] === 1) return true;
    return false;
  };
  const rewrite = (text: string): Rewritten | null => {
    if (!mayRewrite(text)) return null;
    let out = '';
    const from: number[] = [];
    const to: number[] = [];
    const kinds: number[] = [];
    let changed = false;
    for (let i = 0; i < text.length; ) {
      const variant = firstUnit[text.charCodeAt(i)] === 1 ? byFirst.get(text.charCodeAt(i))?.find((v) => text.startsWith(v.source, i)) : undefined;
      const piece = variant ? variant.target : text[i]!;
      const width = variant ? variant.source.length : 1;
      for (let k = 0; k < piece.length; k++) {
        from.push(i);
        to.push(i + width);
        kinds.push(variant ? (variant.split ? 2 : 1) : 0);
      }
      out += piece;
      changed ||= variant !== undefined;
      i += width;
    }
    return changed ? { text: out, from, to, kind: Uint8Array.from(kinds) } : null;
  };
  return { mayRewrite, rewrite };
}
