/**
 * Reading the files a policy refers to; a missing, unreadable or non-UTF-8 file is a PolicyError pointing at the line of
 * the policy that named it.
 */
import { readFileSync } from 'node:fs';
import { PolicyError } from './policy-error.js';

/**
 * Reads a UTF-8 text file the policy refers to; a missing or non-UTF-8 file is a
 * PolicyError pointing at `referredFrom` (`itself`: the file is its own referrer).
 */
export function readTextFile(path: string, referredFrom: { file: string; line: number | null }, itself = false): string {
  const bytes = readPolicyFileBytes(path, referredFrom, itself);
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length;
    throw new PolicyError(path, line, '文件不是 UTF-8 编码；请用 UTF-8 另存为（例如在编辑器中选择“UTF-8 编码”）');
  }
  return text;
}

/** The bytes of a file the policy refers to; missing, a folder or unreadable is a PolicyError pointing at `referredFrom`. */
export function readPolicyFileBytes(path: string, referredFrom: { file: string; line: number | null }, itself = false): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录，不是文件' : `无法读取（${code ?? String(err)}）`;
    const problem = itself ? `${why}；请检查路径` : `${path}: ${why}；请检查路径（相对于策略文件所在目录）`;
    throw new PolicyError(referredFrom.file, referredFrom.line, problem, { cause: err });
  }
}
