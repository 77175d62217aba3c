/**
 * The normalised form every detector matches on (NFKC, lower case, simplified Chinese, invisible characters dropped),
 * keeping a map back to the original offsets so findings point at what the sender actually wrote.
 */
import { isInvisible } from './char-class.js';
import { simplifiedCodePoint } from './simplify.js';
import { toneless } from './pinyin-tones.js';

/** A normalised copy of a text with, for every UTF-16 unit of the copy, the original range it came from. */
export interface NormalisedText {
  /** NFKC, lower-case, simplified Chinese, invisible characters dropped. */
  readonly text: string;
  /** Original offset of the character each unit of `text` came from. */
  readonly origStart: Int32Array;
  /** Original offset just past that character. */
  readonly origEnd: Int32Array;
}

const foldCache = new Map<number, string>();

/** Folds one code point: NFKC, lower case, pinyin tone marks dropped, traditional -> simplified; '' for invisible characters. */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  if (cp >= 0x4e00 && cp <= 0x9fff) return String.fromCodePoint(simplifiedCodePoint(cp));
  let folded = foldCache.get(cp);
  if (folded === undefined) {
    folded = isInvisible(cp) ? '' : fold(String.fromCodePoint(cp));
    foldCache.set(cp, folded);
  }
  return folded;
}

function fold(ch: string): string {
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) {
    const cp = c.codePointAt(0)!;
    if (!isInvisible(cp)) out += toneless(String.fromCodePoint(simplifiedCodePoint(cp)));
  }
  return out;
}

/** What folding does to a UTF-16 unit, learnt on first sight: the no-change test is one array read. */
const Unit = { Unknown: 0, Kept: 1, Changed: 2, PairStart: 3 } as const;
const unitTable = new Uint8Array(0x10000);
const astralKept = new Map<number, boolean>();

function unitKind(unit: number): number {
  const known = unitTable[unit]!;
  if (known !== Unit.Unknown) return known;
  const kind = unit >= 0xd800 && unit <= 0xdbff ? Unit.PairStart : foldCodePoint(unit) === String.fromCharCode(unit) ? Unit.Kept : Unit.Changed;
  unitTable[unit] = kind;
  return kind;
}

/** Width (1 or 2 units) of the code point at `i` when folding keeps it as it is; 0 when folding changes it. */
function keptWidth(original: string, i: number): number {
  const unit = original.charCodeAt(i);
  const kind = unitTable[unit] || unitKind(unit);
  if (kind === Unit.Kept) return 1;
  if (kind === Unit.Changed) return 0;
  const low = original.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return foldCodePoint(unit) === String.fromCharCode(unit) ? 1 : 0; // a lone high surrogate
  const cp = original.codePointAt(i)!;
  let kept = astralKept.get(cp);
  if (kept === undefined) {
    kept = foldCodePoint(cp) === original.slice(i, i + 2);
    astralKept.set(cp, kept);
  }
  return kept ? 2 : 0;
}

/**
 * The copy's offset map, built only when something reads it: most messages
 * match nothing and never need it. One buffer holds both halves.
 */
class LazyNormalised implements NormalisedText {
  private map: Int32Array | null = null;

  constructor(
    readonly text: string,
    private readonly original: string,
  ) {}

  get origStart(): Int32Array {
    return this.offsets().subarray(0, this.text.length);
  }

  get origEnd(): Int32Array {
    return this.offsets().subarray(this.text.length);
  }

  private offsets(): Int32Array {
    this.map ??= buildOffsets(this.original, this.text.length);
    return this.map;
  }
}

/** Starts (first half) and ends (second half) in the original for each of the copy's `length` units. */
function buildOffsets(original: string, length: number): Int32Array {
  const map = new Int32Array(length * 2);
  let k = 0;
  for (let i = 0; i < original.length; ) {
    const kept = keptWidth(original, i);
    const width = kept || (original.codePointAt(i)! > 0xffff ? 2 : 1);
    const units = kept || foldCodePoint(original.codePointAt(i)!).length;
    for (let u = 0; u < units; u++, k++) {
      map[k] = i;
      map[length + k] = i + width;
    }
    i += width;
  }
  return map;
}

/** Normalises a text for matching, keeping a map back to original offsets. */
export function normalise(original: string): NormalisedText {
  for (let i = 0; i < original.length; ) {
    const kept = keptWidth(original, i);
    if (kept === 0) return new LazyNormalised(foldFrom(original, i), original);
    i += kept;
  }
  return new LazyNormalised(original, original);
}

/** The folded copy of a text whose units before `first` are kept as they are. */
function foldFrom(original: string, first: number): string {
  let out = '';
  let keptFrom = 0;
  for (let i = first; i < original.length; ) {
    const kept = keptWidth(original, i);
    if (kept > 0) {
      i += kept;
      continue;
    }
    const cp = original.codePointAt(i)!;
    out += original.slice(keptFrom, i) + foldCodePoint(cp);
    i += cp > 0xffff ? 2 : 1;
    keptFrom = i;
  }
  return out + original.slice(keptFrom);
}
