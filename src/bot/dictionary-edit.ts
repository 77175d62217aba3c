/**
 * The `#词库` admin commands' file edits: add or remove one term in a dictionary or allow-list file and reload the policy;
 * a term that could never be removed again is refused, and a reload that fails restores the file.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { lineTerm, parseDictionary } from '../core/dictionary/parse-dictionary.js';
import { categoryLabel, categoryList } from '../core/wording/category-label.js';
import type { PolicyHolder } from './policy-holder.js';

/** The outcome of a dictionary edit, in words for the admin. */
export type EditResult = { ok: true; message: string } | { ok: false; message: string };

/** The longest term an admin may add: longer ones are never words, and would be echoed back in full. */
export const MAX_TERM_CHARS = 50;

/** A term as echoed back to people: cut, so a pasted essay is never repeated into a group. */
function shown(term: string): string {
  return term.length <= 20 ? term : `${term.slice(0, 20)}…`;
}

/** Why a term cannot be edited by command, or null: '#' starts a comment in the file, so it could never be removed again. */
function termProblem(term: string): string | null {
  if (term.length > MAX_TERM_CHARS) return `词条太长（${term.length} 字，最多 ${MAX_TERM_CHARS} 字），未修改`;
  if (term.includes('#')) return '词条不能包含“#”（词库文件中 # 之后是注释），未修改';
  return null;
}

/**
 * Adds or removes a term in a dictionary (or allow-list) file and reloads the
 * policy. A refused edit restores the file, so the running policy stays as it was.
 */
export function editTermFile(holder: PolicyHolder, op: 'add' | 'remove', term: string, target: { category: string } | 'allow'): EditResult {
  const { loaded } = holder.current();
  const base = dirname(loaded.path);
  const entry = target === 'allow' ? loaded.policy.allow[0] : loaded.policy.dictionaries.find((d) => d.category === target.category);
  if (!entry) {
    const known = categoryList(loaded.policy.dictionaries.map((d) => d.category));
    return { ok: false, message: target === 'allow' ? '策略没有配置白名单文件（allow）' : `没有类别“${categoryLabel(target.category)}”；可用类别：${known}` };
  }
  const file = resolve(base, entry.file);
  const refused = termProblem(term);
  if (refused !== null) return { ok: false, message: refused };
  const checked = parseDictionary(term);
  if (checked.problems.length > 0 || checked.terms.length !== 1) return { ok: false, message: checked.problems[0]?.message ?? `“${shown(term)}”不是有效词条` };
  let before: string;
  try {
    before = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return { ok: false, message: `无法读取 ${entry.file}，词库未修改` };
    if (op === 'remove') return { ok: false, message: `${entry.file} 不存在，词库未修改` };
    before = '';
  }
  const lines = before.split(/\r?\n/);
  const present = lines.some((l) => lineTerm(l) === term);
  let after: string;
  if (op === 'add') {
    if (present) return { ok: false, message: `“${term}”已在 ${entry.file} 中` };
    after = `${before.replace(/\s*$/, '')}\n${term}\n`;
  } else {
    if (!present) return { ok: false, message: `“${term}”不在 ${entry.file} 中` };
    after = lines.filter((l) => lineTerm(l) !== term).join('\n');
  }
  writeAtomically(file, after);
  const result = holder.reload();
  if (!result.ok) {
    writeAtomically(file, before);
    holder.reload();
    return { ok: false, message: `修改被拒绝：${result.error}` };
  }
  return { ok: true, message: `已${op === 'add' ? '添加' : '删除'}“${term}”（${entry.file}），立即生效` };
}

function writeAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text, 'utf8');
  renameSync(temp, file);
}
