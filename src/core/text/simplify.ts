/**
 * Traditional-to-simplified Chinese one code point at a time, so that normalising never shifts offsets; the table is
 * built once from opencc-js.
 */
import { Converter } from 'opencc-js';

let table: Map<number, number> | undefined;

/**
 * Traditional -> simplified, one code point at a time, so offsets never shift.
 * The table is built once from opencc-js by converting every CJK code point.
 */
export function simplifiedCodePoint(cp: number): number {
  table ??= buildTable();
  return table.get(cp) ?? cp;
}

function buildTable(): Map<number, number> {
  const convert = Converter({ from: 't', to: 'cn' });
  const chars: string[] = [];
  for (let cp = 0x3400; cp <= 0x9fff; cp++) chars.push(String.fromCodePoint(cp));
  const converted = convert(chars.join('\n')).split('\n');
  const map = new Map<number, number>();
  if (converted.length !== chars.length) return map;
  chars.forEach((ch, i) => {
    const out = converted[i];
    if (out !== undefined && out !== ch && [...out].length === 1) map.set(ch.codePointAt(0)!, out.codePointAt(0)!);
  });
  return map;
}
