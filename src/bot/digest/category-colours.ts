/**
 * One colour per category the product can produce, stable across digests so
 * admins learn them. Every pair here, and every pair with SPARE, differs by
 * ΔE76 ≥ 23 (test/bot/digest/category-colours.test.ts), and each stands out
 * from the white background.
 */
export const CATEGORY_COLOURS: Readonly<Record<string, string>> = {
  // dictionary categories (policies/default.yaml)
  confidential: '#d62728',
  gambling: '#9467bd',
  porn: '#e377c2',
  violence: '#7f0000',
  ads: '#1f77b4', // also cards and mini-programs
  abuse: '#ff7f0e',
  rumour: '#17becf',
  // detectors (src/core/types.ts DETECTOR_NAMES)
  cn_id: '#1a237e',
  cn_mobile: '#2ca02c',
  bank_card: '#f2c200',
  email: '#00897b',
  url: '#8c564b', // also links
  credential: '#222222',
  // cases that are not screening findings
  manual: '#616161',
  report: '#6baed6',
  muted: '#98df8a',
  flood: '#ffbb78',
  other: '#b0b0b0',
};

/** A map, so a policy category named `constructor` is not looked up on Object.prototype. */
const KNOWN: ReadonlyMap<string, string> = new Map(Object.entries(CATEGORY_COLOURS));

/** Colours for policy-defined categories, in the order they are handed out: as far from the above as they can be. */
export const SPARE_COLOURS: readonly string[] = ['#666600', '#770055', '#ff8888', '#2288ff', '#995500', '#aabb33', '#005511', '#cc1166', '#ddbbff', '#00ddbb'];

/**
 * The colour of each category of one chart, in the given order: a known
 * category its own colour; the others, in order, the spare colours and then
 * the known colours this chart does not use, so no two series share a colour
 * while distinct ones remain.
 */
export function categoryColours(keys: readonly string[]): string[] {
  const taken = new Set(keys.flatMap((k) => KNOWN.get(k) ?? []));
  const free = [...SPARE_COLOURS, ...KNOWN.values()].filter((c) => !taken.has(c));
  let next = 0;
  return keys.map((k) => KNOWN.get(k) ?? free[next++ % free.length]!);
}
