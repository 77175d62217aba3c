/**
 * Pinyin written with tone marks (`shǎ bī`, `nǐ mā de`, `弄sǐ他`) folded to the toneless letters the dictionaries'
 * pinyin spellings use, so a tone mark is not one more way past the screen. `ü` and its toned forms fold to `v`, as
 * pinyin input methods and the pinyin index write it.
 */

const TONED: Record<string, string> = {};
for (const [base, toned] of [
  ['a', 'āáǎà'],
  ['e', 'ēéěè'],
  ['i', 'īíǐì'],
  ['o', 'ōóǒò'],
  ['u', 'ūúǔù'],
  ['v', 'üǖǘǚǜ'],
  ['n', 'ńňǹ'],
  ['m', 'ḿ'],
] as const) {
  for (const ch of toned) TONED[ch] = base;
}

/** The toneless pinyin letter for a lower-case tone-marked vowel (`ǎ` -> `a`, `ǜ` -> `v`); any other character as it is. */
export function toneless(ch: string): string {
  return TONED[ch] ?? ch;
}
