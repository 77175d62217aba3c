import { EVASION_KINDS } from './evasions.js';
import type { Workload } from './workload.js';

/** What the generated workload looks like, so a reader can judge it. */
export interface WorkloadStats {
  messages: number;
  avgChars: number;
  avgBytes: number;
  corpusMB: number;
  planted: { total: number; shipped: number; filler: number };
  evasionsByKind: Record<string, number>;
  fixtureViolations: number;
  dictionary: { shippedTerms: number; fillerTerms: number; total: number };
  /** Clean messages that contain a term as a literal substring (the raw material of false alarms), per origin. */
  literalCollisions: { shippedMessages: number; fillerMessages: number; perThousandShippedTerms: number; perThousandFillerTerms: number };
  bigMessageBytes: number;
}

/** Describes the workload; `shippedTerms` are the policy's own terms, before the filler. */
export function describeWorkload(workload: Workload, shippedTerms: readonly string[]): WorkloadStats {
  const { corpus } = workload;
  const chars = corpus.reduce((sum, t) => sum + [...t].length, 0);
  const bytes = corpus.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
  const evasionsByKind = Object.fromEntries(EVASION_KINDS.map((k) => [k, workload.evasions.filter((e) => e.kind === k).length]));
  const shipped = new Set(shippedTerms);
  const filler = new Set(workload.fillerTerms);
  const plantedIndexes = new Set(workload.planted.map((p) => p.index));
  const clean = corpus.filter((_, i) => !plantedIndexes.has(i));
  const shippedMessages = clean.filter(containsAnyOf(shipped)).length;
  const fillerMessages = clean.filter(containsAnyOf(filler)).length;
  return {
    messages: corpus.length,
    avgChars: chars / corpus.length,
    avgBytes: bytes / corpus.length,
    corpusMB: bytes / 1e6,
    planted: {
      total: workload.planted.length,
      shipped: workload.planted.filter((p) => p.origin === 'shipped').length,
      filler: workload.planted.filter((p) => p.origin === 'filler').length,
    },
    evasionsByKind,
    fixtureViolations: workload.violations.length,
    dictionary: { shippedTerms: shipped.size, fillerTerms: filler.size, total: new Set([...shipped, ...filler]).size },
    literalCollisions: {
      shippedMessages,
      fillerMessages,
      perThousandShippedTerms: (shippedMessages / shipped.size) * 1000,
      perThousandFillerTerms: (fillerMessages / filler.size) * 1000,
    },
    bigMessageBytes: Buffer.byteLength(workload.bigMessage, 'utf8'),
  };
}

function containsAnyOf(terms: ReadonlySet<string>): (text: string) => boolean {
  const lengths = [...new Set([...terms].map((t) => t.length))].sort((a, b) => a - b);
  const heads = new Set([...terms].map((t) => t.slice(0, 2)));
  return (text) => {
    for (let i = 0; i + 1 < text.length; i++) {
      if (!heads.has(text.slice(i, i + 2))) continue;
      for (const len of lengths) if (i + len <= text.length && terms.has(text.slice(i, i + len))) return true;
    }
    return false;
  };
}
