import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy, type LoadedPolicy } from '../src/policy/load-policy.js';
import { createCleanChat, pickCarrier } from './chat-corpus.js';
import { evasionsOf, type EvasionMessage } from './evasions.js';
import { generateFillerTerms } from './filler-terms.js';
import { createRng } from './prng.js';

/** Sizes of the generated workload; the targets are stated against these. */
export const WORKLOAD_SIZE = {
  messages: 20_000,
  plantRate: 0.01,
  dictionaryTerms: 10_500,
  bigMessageBytes: 1_000_000,
  seed: 20261123,
} as const;

/** A planted term in a corpus message. */
export interface Planted {
  index: number;
  term: string;
  start: number;
  origin: 'shipped' | 'filler';
}

/** A hand-written violation from test/fixtures/violations.tsv. */
export interface FixtureViolation {
  category: string;
  term: string;
  text: string;
}

/** Everything both engines screen; serialised to JSON for the per-engine child processes. */
export interface Workload {
  /** Dictionary terms added to the shipped ones (category confidential). */
  fillerTerms: string[];
  corpus: string[];
  planted: Planted[];
  evasions: EvasionMessage[];
  violations: FixtureViolation[];
  bigMessage: string;
}

/** What an engine is built over: the shipped policy and the filler terms, alone (the dictionary-size table) or added to the shipped terms. */
export interface Dictionary {
  policyPath: string;
  fillerTerms: readonly string[];
  /** Drop the shipped terms (allow-list, detectors and the rest of the policy stay). */
  fillerOnly?: boolean;
}

/** The shipped policy plus the filler terms: exactly the term set every engine gets. */
export function policyWithFiller({ policyPath, fillerTerms, fillerOnly = false }: Dictionary): LoadedPolicy {
  const loaded = loadPolicy(policyPath);
  const filler = fillerTerms.map((term) => ({ term, category: 'confidential', severity: 'high' as const }));
  return { ...loaded, terms: fillerOnly ? filler : [...loaded.terms, ...filler] };
}

/** Builds the whole workload deterministically from the fixtures and the shipped policy. */
export function buildWorkload(root: string, policyPath: string): Workload {
  const rng = createRng(WORKLOAD_SIZE.seed);
  const lines = readLines(join(root, 'test', 'fixtures', 'work-talk.txt'));
  const all = loadPolicy(policyPath).terms;
  // Planted as written, a term must count as written: not a two-part term (甲...乙), not a
  // disguise-only one (你{妈}的), not one that counts only alone or only with evidence.
  const plantable = all.filter((t) => !t.term.includes('...') && !t.term.includes('{') && !t.alone && !t.needsEvidence);
  const shipped = [...new Set(plantable.map((t) => t.term))];
  const listed = new Set(all.map((t) => t.term));
  const fillerTerms = generateFillerTerms(WORKLOAD_SIZE.dictionaryTerms - listed.size, rng, listed);

  const chat = createCleanChat(lines, rng);
  const corpus = Array.from({ length: WORKLOAD_SIZE.messages }, () => chat.message());
  const plantCount = Math.round(WORKLOAD_SIZE.messages * WORKLOAD_SIZE.plantRate);
  const slots = new Set<number>();
  while (slots.size < plantCount) slots.add(rng.int(corpus.length));

  const planted: Planted[] = [];
  const evasions: EvasionMessage[] = [];
  for (const index of [...slots].sort((a, b) => a - b)) {
    const origin = rng.chance(0.5) ? 'shipped' : 'filler';
    const term = rng.pick(origin === 'shipped' ? shipped : fillerTerms);
    const carrier = pickCarrier(rng, chat);
    corpus[index] = carrier.prefix + term + carrier.suffix;
    planted.push({ index, term, start: carrier.prefix.length, origin });
    evasions.push(...evasionsOf(term, carrier, rng));
  }
  return { fillerTerms, corpus, planted, evasions, violations: readViolations(root), bigMessage: bigMessage(corpus) };
}

/** The non-empty lines of a fixture file. */
export function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith('#'));
}

function readViolations(root: string): FixtureViolation[] {
  const path = join(root, 'test', 'fixtures', 'violations.tsv');
  if (!existsSync(path)) return [];
  return readLines(path).flatMap((line) => {
    const [category, term, text] = line.split('\t');
    // A row that names its detector instead of a term (`credential`) is no dictionary term: the engines compared here
    // report terms only, so it is left to the labelled set's report.
    return category && term && text && term !== category ? [{ category, term, text }] : [];
  });
}

/** One message of about 1 MB (UTF-8): the corpus, planted terms included, joined by newlines. */
function bigMessage(corpus: readonly string[]): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < WORKLOAD_SIZE.bigMessageBytes; i = (i + 1) % corpus.length) {
    const part = corpus[i]!;
    parts.push(part);
    bytes += Buffer.byteLength(part, 'utf8') + 1;
  }
  return parts.join('\n');
}
