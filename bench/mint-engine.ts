import { Mint } from 'mint-filter';
import { msSince, rssMB, type PreparedEngine } from './engines.js';
import { policyWithFiller, type Dictionary } from './workload.js';

/**
 * mint-filter (a popular Aho-Corasick keyword filter, dev dependency of the
 * bench only) over exactly the terms the other engines get. It matches
 * case-insensitively and reports words as written in the text, so the words
 * are mapped back to their dictionary spelling for recall. It needs no jieba.
 */
export function prepareMint(dictionary: Dictionary): PreparedEngine<string[]> {
  const rssBefore = rssMB();
  const start = process.hrtime.bigint();
  const terms = [...new Set(policyWithFiller(dictionary).terms.map((t) => t.term))];
  const mint = new Mint(terms);
  const prepareMs = msSince(start);
  const dictionarySpelling = new Map(terms.map((term) => [term.toLowerCase(), term]));
  return {
    screen: (text) => mint.filter(text, { replace: false }).words,
    termsFound: (words) => words.map((word) => dictionarySpelling.get(word.toLowerCase()) ?? word),
    termCount: terms.length,
    jiebaLoadMs: 0,
    rssAfterJiebaMB: rssBefore,
    prepareMs,
    segmentCalls: () => 0,
  };
}
