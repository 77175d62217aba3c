/**
 * The second opinion: natural's Bayes classifier over jieba tokens, trained on the
 * company's own overturned vs. upheld cases read back from the store. It is rebuilt
 * from the store on first use after a start and after any admin decision, so it
 * survives restarts and never holds a copy of its own.
 */
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import type { CaseRecord } from '../../core/cases/index.js';
import { exampleCounts, learningExamples, learningText, learningTokens, type LearningExample } from '../../core/learning/learning-example.js';
import { secondOpinionReady } from '../../core/learning/second-opinion-gate.js';
import type { Store } from '../../store/index.js';
import { jiebaSegmenter } from '../../policy/jieba-segmenter.js';

/** A trained (or not yet trained) opinion. */
export interface SecondOpinion {
  counts: { falseAlarms: number; confirmed: number };
  /** Probability that a case with these terms and this redacted text is a false alarm; null while not ready. */
  falseAlarmProbability(c: Pick<CaseRecord, 'terms' | 'excerpt' | 'categories'>): number | null;
}

/** Trains an opinion from examples; it answers only once both kinds reach the gate's minimum. */
export function trainSecondOpinion(examples: readonly LearningExample[], segment: (t: string) => string[] = jiebaSegmenter): SecondOpinion {
  const counts = exampleCounts(examples);
  if (!secondOpinionReady(counts)) return { counts, falseAlarmProbability: () => null };
  const classifier = new BayesClassifier();
  for (const e of examples) classifier.addDocument(learningTokens(e.terms, e.text, segment), e.label);
  classifier.train();
  return {
    counts,
    falseAlarmProbability(c) {
      const scores = classifier.getClassifications(learningTokens(c.terms, learningText(c), segment));
      const total = scores.reduce((s, x) => s + x.value, 0);
      const fa = scores.find((x) => x.label === 'false_alarm')?.value ?? 0;
      return total > 0 ? fa / total : null;
    },
  };
}

const trained = new WeakMap<Store, SecondOpinion>();

/** The store's decisions changed (an overturn, a confirmation, a removal …): retrain on next use. */
export function decisionsChanged(store: Store): void {
  trained.delete(store);
}

/** The opinion for this store, trained from every case in it (archived ones included) when needed. */
export async function secondOpinionFor(store: Store): Promise<SecondOpinion> {
  const known = trained.get(store);
  if (known) return known;
  const opinion = trainSecondOpinion(learningExamples(await store.cases.all()));
  trained.set(store, opinion);
  return opinion;
}
