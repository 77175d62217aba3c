/**
 * Loading a policy file with every dictionary, cue list and roster it names, checked in full before anything runs; any
 * mistake is a PolicyError that gives the file and the line.
 */
import { dirname, resolve } from 'node:path';
import { parseDictionary, type ParsedDictionary } from '../core/dictionary/parse-dictionary.js';
import type { Policy } from '../core/policy/schema.js';
import { policyFileSchema } from './policy-file-schema.js';
import { RosterError } from '../core/roster/parse-roster.js';
import { readRosterFile, type RosterRead } from './read-roster-file.js';
import type { Roster } from '../core/roster/roster.js';
import type { TermEntry } from '../core/screen/screener.js';
import type { DetectorName, Severity } from '../core/types.js';
import { compilePolicy, type CompiledPolicy } from './compile-policy.js';
import { loadContext, type LoadedContext } from './load-context.js';
import { PolicyError } from './policy-error.js';
import { adminWarnings, rosterDuplicateWarning, type PolicyWarning } from './policy-warning.js';
import { readTextFile } from './read-text-file.js';
import { parseYamlFile } from './parse-yaml-file.js';

/** A policy with every file it names read and checked: ready to compile, no more I/O needed. */
export interface LoadedPolicy {
  path: string;
  policy: Policy;
  /** The policy in typed, compiled form: what the bot reads. */
  compiled: CompiledPolicy;
  terms: TermEntry[];
  allow: string[];
  detectors: { name: DetectorName; severity?: Severity }[];
  roster: Roster | null;
  /** What the roster file held (format, encoding, rows, columns), for the log; null without a roster. */
  rosterRead: RosterRead | null;
  /** Allowed but probably not meant (an admin given by name, a person twice on the roster): show them at start. */
  warnings: PolicyWarning[];
  /** Mention-vs-use cues and the variant table; null when the policy turns them off (`context: null`). */
  context: LoadedContext | null;
}

/** Loads and validates a policy file and its dictionaries and roster; throws PolicyError with file and line. */
export function loadPolicy(policyPath: string): LoadedPolicy {
  const path = resolve(policyPath);
  const file = parseYamlFile(path, policyFileSchema, policyPath);
  const policy = file.data;
  const base = dirname(path);
  const where = (...p: PropertyKey[]) => ({ file: path, line: file.lineOf(...p) });

  const terms: TermEntry[] = [];
  policy.dictionaries.forEach((d, i) => {
    const parsed = readTermFile(resolve(base, d.file), where('dictionaries', i, 'file'));
    const alone = new Set(parsed.alone);
    const evidence = new Set(parsed.evidence);
    for (const term of parsed.terms) {
      terms.push({ term, category: d.category, severity: d.severity as Severity, ...(alone.has(term) ? { alone: true } : {}), ...(evidence.has(term) ? { needsEvidence: true } : {}) });
    }
  });
  const allow = policy.allow.flatMap((a, i) => readTermFile(resolve(base, a.file), where('allow', i, 'file')).terms);
  const detectors = policy.detectors.map((d) => ({ name: d.name as DetectorName, ...(d.severity ? { severity: d.severity as Severity } : {}) }));
  const warnings = adminWarnings(policy, where);
  let roster: Roster | null = null;
  let rosterRead: RosterRead | null = null;
  if (policy.roster) {
    const rosterPath = resolve(base, policy.roster);
    try {
      const result = readRosterFile(rosterPath, where('roster'), (d) => warnings.push(rosterDuplicateWarning(rosterPath, d)));
      roster = result.roster;
      rosterRead = result.read;
    } catch (err) {
      if (err instanceof RosterError) throw new PolicyError(err.source, err.line, err.detail, { cause: err });
      throw err;
    }
  }
  const context = loadContext(policy, base, where);
  return { path, policy, compiled: compilePolicy(policy), terms, allow, detectors, roster, rosterRead, warnings, context };
}

function readTermFile(file: string, referredFrom: { file: string; line: number | null }): ParsedDictionary {
  const parsed = parseDictionary(readTextFile(file, referredFrom));
  const problem = parsed.problems[0];
  if (problem) throw new PolicyError(file, problem.line, problem.message);
  return parsed;
}
