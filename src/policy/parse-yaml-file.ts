/**
 * Reading a YAML file the policy consists of and validating it against its schema, so every mistake is reported in
 * Chinese with the file, the line and what to change.
 */
import { LineCounter, parseDocument } from 'yaml';
import { config, locales, type ZodError, type ZodType } from 'zod';
import { PolicyError } from './policy-error.js';
import { readTextFile } from './read-text-file.js';
import { allowedKeys, closestKey } from './schema-keys.js';
import { typeHint } from './type-hint.js';
import { lineOf } from './yaml-locate.js';

// Users read these messages: zod's own wording in Simplified Chinese.
config(locales.zhCN());

/** A YAML file read and checked against a schema, with a way to find the line of any key. */
export interface ParsedYamlFile<T> {
  path: string;
  data: T;
  lineOf(...keyPath: PropertyKey[]): number | null;
}

/** Reads a YAML file and validates it; any mistake is a PolicyError with the file, the line and what to change. */
export function parseYamlFile<T>(path: string, schema: ZodType<T>, shownAs: string = path): ParsedYamlFile<T> {
  const source = readTextFile(path, { file: shownAs, line: null }, true);
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = counter.linePos(yamlError.pos[0]).line;
    throw new PolicyError(path, line, `YAML 语法错误：${yamlError.message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS() ?? {}, { reportInput: true });
  const locate = (...keyPath: PropertyKey[]): number | null => lineOf(doc, counter, keyPath);
  if (!parsed.success) throw zodToPolicyError(parsed.error, schema, path, (p, key) => lineOf(doc, counter, p, key));
  return { path, data: parsed.data, lineOf: locate };
}

function zodToPolicyError(error: ZodError, schema: ZodType, path: string, locate: (p: PropertyKey[], key?: string) => number | null): PolicyError {
  const first = error.issues[0]!;
  // `{ fle: … }`: the misspelt key explains the "missing file" that zod reports first.
  const issue = (isMissing(first) && error.issues.find((i) => i.code === 'unrecognized_keys' && samePath(i.path, first.path.slice(0, -1)))) || first;
  const keyPath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const at = keyPath.length ? `${keyPath.join('.')} 下` : '顶层';
    const allowed = allowedKeys(schema, keyPath);
    const meant = closestKey(key, allowed);
    const fix = `请删除或改正拼写${meant ? `（是不是要写 "${meant}"？）` : ''}。`;
    const list = allowed.length ? `这里可用的键：${allowed.join(', ')}` : '允许的键见 README';
    return new PolicyError(path, locate(keyPath, key), `${at}有未知的键 "${key}"；${fix}${list}`);
  }
  const name = keyPath.length ? keyPath.join('.') : '(文件)';
  const last = keyPath.at(-1);
  const hint = issue.code === 'invalid_type' && !isMissing(issue) ? typeHint(typeof last === 'string' ? last : name, issue.expected, issue.input) : null;
  const message = isMissing(issue) ? '缺少必填项' : (hint ?? issue.message);
  return new PolicyError(path, locate(keyPath), `${name}: ${message}`);
}

function isMissing(issue: ZodError['issues'][number]): boolean {
  return issue.code === 'invalid_type' && issue.input === undefined;
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}
