/**
 * Recognising a sentence that quotes or closely paraphrases the group's own rules (`rules:` in the policy), so reposting
 * the rules is never taken for breaking them.
 */
import { CharClass, classify } from '../text/char-class.js';
import { normalise } from '../text/normalise.js';

/** Fewest word characters a sentence needs before its overlap with the rules means anything. */
const SHORTEST_QUOTE = 8;
/** Share of a sentence's character pairs that must come from the rules for it to be a quote. */
const QUOTE_SHARE = 0.6;

/**
 * The group's own rules (`rules:` in the policy), compiled so that a sentence
 * quoting or closely paraphrasing them is recognised: most of its adjacent
 * character pairs (after normalising, separators dropped) occur in the rules.
 */
export interface RulesText {
  /** Does the normalised sentence quote the rules? */
  quotes(normalisedSentence: string): boolean;
}

/** Compiles rule lines; with no rules nothing is a quote. */
export function compileRulesText(rules: readonly string[]): RulesText {
  const pairs = new Set<string>();
  for (const rule of rules) {
    const chars = wordChars(normalise(rule).text);
    for (let i = 1; i < chars.length; i++) pairs.add(chars[i - 1]! + chars[i]!);
  }
  return {
    quotes(sentence) {
      if (pairs.size === 0) return false;
      const chars = wordChars(sentence);
      if (chars.length < SHORTEST_QUOTE) return false;
      let shared = 0;
      for (let i = 1; i < chars.length; i++) if (pairs.has(chars[i - 1]! + chars[i]!)) shared++;
      return shared >= QUOTE_SHARE * (chars.length - 1);
    },
  };
}

function wordChars(text: string): string[] {
  return [...text].filter((ch) => classify(ch.codePointAt(0)!) === CharClass.Word);
}
