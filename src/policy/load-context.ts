/**
 * Reading the policy's `context:` material from disk (mention-vs-use cues, variant table, material categories); without
 * the key the shipped folders are used so older policies get the rule too, and `context: null` turns it off.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDictionary } from '../core/dictionary/parse-dictionary.js';
import type { Policy } from '../core/policy/schema.js';
import { CUE_ROLES, type ContextCues } from '../core/screen/context-cues.js';
import { parseVariants, type Variant } from '../core/screen/variant-table.js';
import { packageRoot } from '../config/package-root.js';
import { PolicyError } from './policy-error.js';
import { readTextFile } from './read-text-file.js';

/** The mention-vs-use cues, variant table and material categories, read from disk (policy key `context`). */
export interface LoadedContext {
  cues: ContextCues;
  variants: Variant[];
  material: string[];
}

type Where = (...path: PropertyKey[]) => { file: string; line: number | null };

/**
 * Reads `context:`; without the key the shipped folders are used, so old
 * policies get the rule too; `context: null` turns it off.
 */
export function loadContext(policy: Policy, base: string, where: Where): LoadedContext | null {
  const context = policy.context;
  if (context === null) return null;
  const shipped = join(packageRoot(), 'dictionaries');
  const cuesDir = context.cues ? resolve(base, context.cues) : join(shipped, 'cues');
  const variantsDir = context.variants ? resolve(base, context.variants) : join(shipped, 'variants');
  const cueFiles = listFolder(cuesDir, where('context', 'cues'));
  const cues = Object.fromEntries(
    CUE_ROLES.map((role) => {
      const file = join(cuesDir, `${role}.txt`);
      return [role, cueFiles.includes(`${role}.txt`) ? readCueFile(file, where('context', 'cues')) : []];
    }),
  ) as unknown as ContextCues;
  const unknown = cueFiles.filter((f) => !CUE_ROLES.some((role) => `${role}.txt` === f));
  if (unknown.length > 0) {
    throw new PolicyError(join(cuesDir, unknown[0]!), null, `不认识的提示词文件；提示词文件只能是 ${CUE_ROLES.map((r) => `${r}.txt`).join('、')}`);
  }
  const variants = listFolder(variantsDir, where('context', 'variants')).flatMap((f) => readVariantFile(join(variantsDir, f), where('context', 'variants')));
  return { cues, variants, material: context.material };
}

function listFolder(dir: string, referredFrom: { file: string; line: number | null }): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PolicyError(referredFrom.file, referredFrom.line, `${dir}: 文件夹不存在；请检查路径（相对于策略文件所在目录）`);
  }
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
}

function readCueFile(file: string, referredFrom: { file: string; line: number | null }): string[] {
  const parsed = parseDictionary(readTextFile(file, referredFrom));
  const problem = parsed.problems[0];
  if (problem) throw new PolicyError(file, problem.line, problem.message);
  return parsed.terms;
}

function readVariantFile(file: string, referredFrom: { file: string; line: number | null }): Variant[] {
  const parsed = parseVariants(readTextFile(file, referredFrom));
  const problem = parsed.problems[0];
  if (problem) throw new PolicyError(file, problem.line, problem.message);
  return parsed.variants;
}
