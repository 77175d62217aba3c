import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { ZodError } from 'zod';
import { parseDictionary } from '../core/dictionary/parse-dictionary.js';
import { policySchema, type Policy } from '../core/policy/schema.js';
import { parseRosterCsv, RosterError } from '../core/roster/parse-roster.js';
import type { Roster } from '../core/roster/roster.js';
import type { TermEntry } from '../core/screen/screener.js';
import type { DetectorName, Severity } from '../core/types.js';
import { PolicyError } from './policy-error.js';
import { readTextFile } from './read-text-file.js';
import { lineOf } from './yaml-locate.js';

/** A policy with every file it names read and checked: ready to compile, no more I/O needed. */
export interface LoadedPolicy {
  path: string;
  policy: Policy;
  terms: TermEntry[];
  allow: string[];
  detectors: { name: DetectorName; severity?: Severity }[];
  roster: Roster | null;
}

/** Loads and validates a policy file and its dictionaries and roster; throws PolicyError with file and line. */
export function loadPolicy(policyPath: string): LoadedPolicy {
  const path = resolve(policyPath);
  const source = readTextFile(path, { file: policyPath, line: null });
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? null;
    throw new PolicyError(path, line, `YAML 语法错误：${yamlError.message.split('\n')[0]}`);
  }
  const parsed = policySchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) throw zodToPolicyError(parsed.error, path, doc, counter);
  const policy = parsed.data;
  const base = dirname(path);
  const where = (...p: PropertyKey[]) => ({ file: path, line: lineOf(doc, counter, p) });

  const terms: TermEntry[] = [];
  policy.dictionaries.forEach((d, i) => {
    const file = resolve(base, d.file);
    for (const term of readTermFile(file, where('dictionaries', i, 'file'))) {
      terms.push({ term, category: d.category, severity: d.severity as Severity });
    }
  });
  const allow = policy.allow.flatMap((a, i) => readTermFile(resolve(base, a.file), where('allow', i, 'file')));
  const detectors = policy.detectors.map((d) =>
    typeof d === 'string' ? { name: d as DetectorName } : { name: d.name as DetectorName, severity: d.severity as Severity },
  );
  let roster: Roster | null = null;
  if (policy.roster) {
    const file = resolve(base, policy.roster);
    try {
      roster = parseRosterCsv(readTextFile(file, where('roster')), file);
    } catch (err) {
      if (err instanceof RosterError) throw new PolicyError(err.source, err.line, err.message, { cause: err });
      throw err;
    }
  }
  return { path, policy, terms, allow, detectors, roster };
}

function readTermFile(file: string, referredFrom: { file: string; line: number | null }): string[] {
  const parsed = parseDictionary(readTextFile(file, referredFrom));
  const problem = parsed.problems[0];
  if (problem) throw new PolicyError(file, problem.line, problem.message);
  return parsed.terms;
}

function zodToPolicyError(error: ZodError, path: string, doc: ReturnType<typeof parseDocument>, counter: LineCounter): PolicyError {
  const issue = error.issues[0]!;
  const keyPath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const at = keyPath.length ? `${keyPath.join('.')} 下` : '顶层';
    return new PolicyError(path, lineOf(doc, counter, keyPath, key), `${at}有未知的键 "${key}"；请删除或改正拼写（允许的键见 README 的策略格式）`);
  }
  const name = keyPath.length ? keyPath.join('.') : '(文件)';
  const message = issue.code === 'invalid_type' && issue.input === undefined ? `缺少必填项` : issue.message;
  return new PolicyError(path, lineOf(doc, counter, keyPath), `${name}: ${message}`);
}
