/** Finding the line of a value or an unknown key in a parsed YAML document, so policy errors and warnings point at it. */
import { isMap, isScalar, LineCounter, type Document } from 'yaml';

/** Finds the line of a value (or of an unknown key) in a parsed YAML document, for error messages. */
export function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], unknownKey?: string): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (!node || !node.range) continue;
    if (unknownKey !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === unknownKey);
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) return counter.linePos(range[0]).line;
    }
    return counter.linePos(node.range[0]).line;
  }
  return null;
}
