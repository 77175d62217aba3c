/**
 * A private copy of the policy and its term files for one simulation, so `#词库` and `#白名单` typed in the sandbox never
 * edit the real dictionaries.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { loadPolicy } from '../../policy/load-policy.js';
import type { PolicyWarning } from '../../policy/policy-warning.js';
import { DEMO_ADMIN_ID } from './demo-group.js';

/** A private copy of a policy for one simulation, removed by dispose(). */
export interface SandboxPolicy {
  /** The copy's policy file, to load and reload. */
  path: string;
  /** The original policy's warnings, against the real file and line. */
  warnings: PolicyWarning[];
  dispose(): void;
}

/**
 * Copies a policy and the term files it names into a temp directory, so that
 * `#词库 添加` and `#白名单` in the simulated group edit the copies and never the
 * real dictionaries. The original is loaded first: a mistake in it is reported
 * against the real file and line (PolicyError), not against the copy.
 */
export function copyPolicyForSandbox(policyPath: string): SandboxPolicy {
  const loaded = loadPolicy(policyPath);
  const base = dirname(loaded.path);
  const dir = mkdtempSync(join(tmpdir(), 'qunguard-sandbox-'));
  try {
    const doc = parseDocument(readFileSync(loaded.path, 'utf8'));
    const used = new Set<string>();
    const copy = (file: string): string => {
      let name = basename(file);
      for (let i = 2; used.has(name); i++) name = `${i}-${basename(file)}`;
      used.add(name);
      copyFileSync(resolve(base, file), join(dir, name));
      return name;
    };
    loaded.policy.dictionaries.forEach((d, i) => doc.setIn(['dictionaries', i, 'file'], copy(d.file)));
    loaded.policy.allow.forEach((a, i) => doc.setIn(['allow', i, 'file'], copy(a.file)));
    if (loaded.policy.roster) doc.setIn(['roster'], resolve(base, loaded.policy.roster));
    // In the sandbox the user plays the company admin: a policy without admins gets the demo admin,
    // so #词库 and #白名单 (company-wide admins only) can be tried on the private copies.
    if (loaded.policy.admins.length === 0) doc.setIn(['admins'], [DEMO_ADMIN_ID]);
    const path = join(dir, basename(loaded.path));
    writeFileSync(path, doc.toString(), 'utf8');
    return { path, warnings: loaded.warnings, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
