/**
 * Scores a screener on the labelled set: recall on violations, precision of
 * findings, false alarms on innocent messages, overall and per kind and
 * workplace, with the rows it got wrong so an engineer can read them.
 */
import { INNOCENT_KINDS, isViolationKind, VIOLATION_KINDS, type LabelledRow } from './labelled-set.js';

/** What the scorer asks of an engine: the categories it finds in one message (duplicates allowed). */
export type CategoryScreen = (text: string) => readonly string[];

/** Counts for one slice of the set, and the rates derived from them (null when a rate has no denominator). */
export interface LabelledTally {
  rows: number;
  violations: number;
  /** Violations where every expected category was found. */
  found: number;
  innocent: number;
  /** Innocent rows with any finding at all. */
  falseAlarms: number;
  /** Distinct categories found per row, summed over the rows. */
  findings: number;
  /** Of those findings, the ones whose category the row expects. */
  expectedFindings: number;
  /** found / violations. */
  recall: number | null;
  /** expectedFindings / findings. */
  precision: number | null;
  /** falseAlarms / innocent. */
  falseAlarmRate: number | null;
}

/** One row with what the engine found, what it missed and what it should not have found. */
export interface RowOutcome {
  row: LabelledRow;
  /** Distinct categories found, in the order the engine reported them. */
  found: string[];
  /** Expected categories not found. */
  missing: string[];
  /** Categories found that the row does not expect. */
  unexpected: string[];
}

/** The whole score; `byKind` and `byWorkplace` hold only slices that have rows. */
export interface LabelledScore {
  overall: LabelledTally;
  byKind: Record<string, LabelledTally>;
  byWorkplace: Record<string, LabelledTally>;
  /** Violations where some expected category was not found. */
  misses: RowOutcome[];
  /** Innocent rows with any finding. */
  falseAlarms: RowOutcome[];
  /** Violations found in full but with extra categories (they lower precision, not recall). */
  strays: RowOutcome[];
}

/**
 * Screens every row once and scores it. A category found twice in one message
 * counts once: a moderator acts on a message per category, not per occurrence.
 */
export function scoreLabelledSet(rows: readonly LabelledRow[], screen: CategoryScreen): LabelledScore {
  const outcomes = rows.map((row) => outcomeOf(row, screen(row.text)));
  const kinds = [...VIOLATION_KINDS, ...INNOCENT_KINDS].filter((kind) => rows.some((r) => r.kind === kind));
  const workplaces = [...new Set(rows.map((r) => r.workplace))];
  return {
    overall: tally(outcomes),
    byKind: Object.fromEntries(kinds.map((kind) => [kind, tally(outcomes.filter((o) => o.row.kind === kind))])),
    byWorkplace: Object.fromEntries(workplaces.map((w) => [w, tally(outcomes.filter((o) => o.row.workplace === w))])),
    misses: outcomes.filter((o) => isViolationKind(o.row.kind) && o.missing.length > 0),
    falseAlarms: outcomes.filter((o) => !isViolationKind(o.row.kind) && o.found.length > 0),
    strays: outcomes.filter((o) => isViolationKind(o.row.kind) && o.missing.length === 0 && o.unexpected.length > 0),
  };
}

function outcomeOf(row: LabelledRow, categories: readonly string[]): RowOutcome {
  const found = [...new Set(categories)];
  const expected = new Set<string>(row.expected);
  return {
    row,
    found,
    missing: row.expected.filter((c) => !found.includes(c)),
    unexpected: found.filter((c) => !expected.has(c)),
  };
}

function tally(outcomes: readonly RowOutcome[]): LabelledTally {
  const violations = outcomes.filter((o) => isViolationKind(o.row.kind));
  const innocent = outcomes.filter((o) => !isViolationKind(o.row.kind));
  const found = violations.filter((o) => o.missing.length === 0).length;
  const falseAlarms = innocent.filter((o) => o.found.length > 0).length;
  const findings = outcomes.reduce((sum, o) => sum + o.found.length, 0);
  const expectedFindings = outcomes.reduce((sum, o) => sum + o.found.length - o.unexpected.length, 0);
  return {
    rows: outcomes.length,
    violations: violations.length,
    found,
    innocent: innocent.length,
    falseAlarms,
    findings,
    expectedFindings,
    recall: ratio(found, violations.length),
    precision: ratio(expectedFindings, findings),
    falseAlarmRate: ratio(falseAlarms, innocent.length),
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
