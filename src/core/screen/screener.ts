/**
 * The screener: dictionaries, allow-list, variants, cues and personal-data detectors compiled into one pure function from
 * a message's text to findings, with their offsets in what the sender wrote.
 */
import { createDetectors } from '../detectors/index.js';
import { redactHit } from '../detectors/redact.js';
import { normalise, type NormalisedText } from '../text/normalise.js';
import type { DetectorName, Finding, Severity } from '../types.js';
import type { Segmenter } from './jieba-confirm.js';
import { createCandidatePass, type CompiledTerm } from './candidate-pass.js';
import { createMentionJudge, type MentionReason, type MentionSpec } from './mention-judge.js';
import { createOneSyllableMatcher } from './one-syllable-index.js';
import { createPinyinMatcher } from './pinyin-index.js';
import { sentenceAround } from './clauses.js';
import { dropContained } from './span-cover.js';
import type { TermSpan } from './term-matcher.js';
import type { Variant } from './variant-table.js';

/** One dictionary term with the category and severity of the list it came from. */
export interface TermEntry {
  term: string;
  category: string;
  severity: Severity;
  /** Counts only when it stands alone, a whole message or a whole word (`滚 [单独]`). */
  alone?: boolean;
  /** Counts only with the material itself in the message: an amount or an attachment (`工资条 [需佐证]`). */
  needsEvidence?: boolean;
}

/** Everything screening needs, already read from disk by the caller. */
export interface ScreenerSpec {
  terms: readonly TermEntry[];
  allow: readonly string[];
  detectors: readonly DetectorName[];
  /** Severity of each detector's findings; defaults in DEFAULT_DETECTOR_SEVERITY. */
  detectorSeverity?: Partial<Record<DetectorName, Severity>>;
  segment: Segmenter;
  /** Windows whose cuts are remembered (segment-cache.ts); 0 segments every time. Default SEGMENT_CACHE_SIZE. */
  segmentCacheSize?: number;
  /** Mention vs. use: without it every hit counts. */
  context?: MentionSpec;
  /** Stand-ins (`🐴 妈`, `弓虽 强`) checked as the characters they stand for. */
  variants?: readonly Variant[];
}

/** How serious personal data and links are when the policy does not say. */
export const DEFAULT_DETECTOR_SEVERITY: Record<DetectorName, Severity> = {
  cn_id: 'high',
  bank_card: 'high',
  cn_mobile: 'medium',
  email: 'low',
  url: 'low',
  credential: 'high',
};

/** A finding the mention-vs-use rule excused, and why: for debugging, never reported. */
export interface SuppressedFinding {
  finding: Finding;
  reason: MentionReason;
}

/** A compiled screen: text in, findings out, no I/O. */
export interface Screener {
  screen(text: string): Finding[];
  /** The findings and, apart, the hits excused as mentions (why a message opened no case). */
  explain(text: string): { findings: Finding[]; suppressed: SuppressedFinding[] };
  /** Distinct dictionary terms compiled (after normalisation). */
  readonly termCount: number;
}

/** Compiles dictionaries, allow-list, variants, cues and detectors into one screener. */
export function createScreener(spec: ScreenerSpec): Screener {
  const pass = createCandidatePass(spec);
  const compiled = pass.terms;
  const pinyinKeys = compiled.map((c) => (c.allow || c.alone || c.gap || (c.disguiseOnly && c.key.length < 3) ? '' : c.key));
  const pinyinMatcher = createPinyinMatcher(pinyinKeys);
  const oneSyllable = createOneSyllableMatcher(pinyinKeys);
  const detect = createDetectors(spec.detectors);
  const severityOf = { ...DEFAULT_DETECTOR_SEVERITY, ...spec.detectorSeverity };
  const judge = spec.context ? createMentionJudge(spec.context) : null;
  const material = new Set(spec.context?.material ?? []);

  const explain = (original: string): { findings: Finding[]; suppressed: SuppressedFinding[] } => {
    if (original.length === 0) return { findings: [], suppressed: [] };
    const norm = normalise(original);
    const confirmed = pass.find(original, norm);
    for (const span of pinyinMatcher.find(norm.text)) {
      if (!looksLikePersonName(original.slice(norm.origStart[span.start]!, norm.origEnd[span.end - 1]!))) confirmed.push(span);
    }
    for (const span of oneSyllable.find(norm.text)) confirmed.push(span);
    const spans = dropContained(confirmed);
    const detected = detect(norm.text);
    const reasons = judge && spans.length > 0
      ? judge(norm.text, spans.map((s) => ({ start: s.start, end: s.end, category: compiled[s.termId]!.category, marker: compiled[s.termId]!.marker })), detected.length > 0)
      : [];
    const findings: Finding[] = [];
    const suppressed: SuppressedFinding[] = [];
    const secrets = detected.filter((hit) => hit.detector === 'credential');
    spans.forEach((s, i) => {
      // `服务器密码：root / …` names the secret it introduces, a term inside a password is no word, and `别外传` after a
      // pasted secret labels it: the credential is the finding
      if (secrets.some((hit) => hit.start < s.end && s.start < hit.end)) return;
      if (material.has(compiled[s.termId]!.category) && secrets.some((hit) => sameSentence(norm.text, s, hit))) return;
      const finding = dictionaryFinding(original, norm, s, compiled[s.termId]!);
      const reason = reasons[i];
      if (reason) suppressed.push({ finding, reason });
      else findings.push(finding);
    });
    for (const hit of detected) {
      const start = norm.origStart[hit.start]!;
      const end = norm.origEnd[hit.end - 1]!;
      findings.push({
        category: hit.detector,
        severity: severityOf[hit.detector],
        term: hit.detector,
        match: redactHit(hit.detector, original.slice(start, end).normalize('NFKC')),
        start,
        end,
        source: 'detector',
      });
    }
    return { findings: findings.sort((a, b) => a.start - b.start || b.end - a.end), suppressed };
  };
  return { screen: (text) => explain(text).findings, explain, termCount: compiled.filter((c) => !c.allow).length };
}

function sameSentence(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [from, to] = sentenceAround(text, a.start, a.end);
  return b.start >= from && b.end <= to;
}

function dictionaryFinding(original: string, norm: NormalisedText, span: TermSpan, term: CompiledTerm): Finding {
  const start = norm.origStart[span.start]!;
  const end = norm.origEnd[span.end - 1]!;
  return { category: term.category, severity: term.severity, term: term.term, match: original.slice(start, end), start, end, source: 'dictionary' };
}

/**
 * `Zhao Si`, `Cui Qing`: two or more capitalised words spell a person's name in
 * pinyin far more often than an evasion does, so they are not pinyin hits.
 */
function looksLikePersonName(text: string): boolean {
  const words = text.split(/[^A-Za-z]+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => /^[A-Z][a-z]+$/.test(w));
}
