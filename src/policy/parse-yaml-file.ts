import { LineCounter, parseDocument } from 'yaml';
import { config, locales, type ZodError, type ZodType } from 'zod';
import { PolicyError } from './policy-error.js';
import { readTextFile } from './read-text-file.js';
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
  if (!parsed.success) throw zodToPolicyError(parsed.error, path, (p, key) => lineOf(doc, counter, p, key));
  return { path, data: parsed.data, lineOf: locate };
}

function zodToPolicyError(error: ZodError, path: string, locate: (p: PropertyKey[], key?: string) => number | null): PolicyError {
  const issue = error.issues[0]!;
  const keyPath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const at = keyPath.length ? `${keyPath.join('.')} 下` : '顶层';
    return new PolicyError(path, locate(keyPath, key), `${at}有未知的键 "${key}"；请删除或改正拼写（允许的键见 README）`);
  }
  const name = keyPath.length ? keyPath.join('.') : '(文件)';
  const message = issue.code === 'invalid_type' && issue.input === undefined ? '缺少必填项' : issue.message;
  return new PolicyError(path, locate(keyPath), `${name}: ${message}`);
}
