/**
 * Keeps the policy in force and reloads it from disk without a restart (hand edits, `#词库`). A bad file, or one that
 * suddenly lost most of a category's terms, never replaces a good policy.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Logger } from 'pino';
import { compileScreener } from '../policy/compile-screener.js';
import { loadPolicy } from '../policy/load-policy.js';
import { PolicyError } from '../policy/policy-error.js';
import { activatePolicy, type ActivePolicy } from './active-policy.js';

/**
 * A category that had at least this many terms and loses more than half of them in one
 * reload looks like a file emptied by accident (a bad save, a truncated copy): refused.
 */
export const SHRINK_GUARD = { minTerms: 10, keepShare: 0.5 } as const;

/** The categories that lost most of their terms between two policies, with the counts. */
export function shrunkCategories(before: ActivePolicy, after: ActivePolicy): { category: string; before: number; after: number }[] {
  const count = (p: ActivePolicy): Map<string, number> => {
    const out = new Map<string, number>();
    for (const t of p.loaded.terms) out.set(t.category, (out.get(t.category) ?? 0) + 1);
    return out;
  };
  const was = count(before);
  const now = count(after);
  return [...was]
    .filter(([category, n]) => n >= SHRINK_GUARD.minTerms && (now.get(category) ?? 0) < n * SHRINK_GUARD.keepShare)
    .map(([category, n]) => ({ category, before: n, after: now.get(category) ?? 0 }));
}

/** The policy in force, reloadable from disk without a restart; a bad file never replaces a good policy. */
export interface PolicyHolder {
  current(): ActivePolicy;
  /** Loads and compiles again; on a mistake keeps the running policy and returns the reason. */
  reload(): { ok: true } | { ok: false; error: string };
  /** Files the policy reads (policy, dictionaries, allow-lists, roster), absolute. */
  files(): string[];
  /** Reloads when any of those files is edited by hand; returns the stop function. */
  watch(log: Logger): () => void;
  /** Calls `listener` after every successful reload with the policy before and after (the roster-leaver review); returns the unsubscribe function. */
  onReload(listener: (before: ActivePolicy, after: ActivePolicy) => void): () => void;
}

/** Loads the policy at `path` and keeps it current. Throws PolicyError for a bad file at start. */
export function createPolicyHolder(path: string, compile = compileScreener): PolicyHolder {
  const load = (): ActivePolicy => {
    const loaded = loadPolicy(path);
    return activatePolicy(loaded, compile(loaded));
  };
  let active = load();
  const files = (): string[] => {
    const { policy } = active.loaded;
    const base = dirname(active.loaded.path);
    return [
      active.loaded.path,
      ...policy.dictionaries.map((d) => resolve(base, d.file)),
      ...policy.allow.map((a) => resolve(base, a.file)),
      ...(policy.roster ? [resolve(base, policy.roster)] : []),
    ];
  };
  const listeners = new Set<(before: ActivePolicy, after: ActivePolicy) => void>();
  const reload = (): { ok: true } | { ok: false; error: string } => {
    try {
      const before = active;
      const next = load();
      const shrunk = shrunkCategories(before, next);
      if (shrunk.length > 0) {
        const lines = shrunk.map((s) => `类别“${s.category}”从 ${s.before} 条减少到 ${s.after} 条`);
        return {
          ok: false,
          error: `${lines.join('；')}，少了一半以上，像是词库文件被意外清空或截断，已拒绝，仍用原来的词库。确实要删减时，请重启群管家（启动时按文件现有内容加载）。`,
        };
      }
      active = next;
      for (const listener of listeners) listener(before, active);
      return { ok: true };
    } catch (err) {
      if (err instanceof PolicyError) return { ok: false, error: err.message };
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
  return {
    current: () => active,
    reload,
    files,
    onReload(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watch(log) {
      let timer: ReturnType<typeof setTimeout> | null = null;
      let watchers: FSWatcher[] = [];
      // The folders are watched, not the files: a file deleted and put back (or replaced by a
      // rename, as editors save) is still seen, because the folder's watcher outlives it.
      const rewatch = (): void => {
        for (const w of watchers) w.close();
        const byFolder = new Map<string, Set<string>>();
        for (const f of files()) {
          const names = byFolder.get(dirname(f)) ?? new Set<string>();
          names.add(basename(f));
          byFolder.set(dirname(f), names);
        }
        watchers = [...byFolder].flatMap(([folder, names]) => {
          try {
            return [watch(folder, { persistent: false }, (_event, name) => (name === null || names.has(String(name)) ? onChange() : undefined))];
          } catch (err) {
            log.warn({ folder, err }, 'cannot watch policy folder');
            return [];
          }
        });
      };
      function onChange(): void {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          const result = reload();
          if (result.ok) log.info({ terms: active.screener.termCount, roster: active.loaded.rosterRead }, 'policy reloaded after an edit');
          else log.error({ error: result.error }, 'edited policy refused; the running policy stays');
          rewatch();
        }, 300);
      }
      rewatch();
      return () => {
        if (timer) clearTimeout(timer);
        for (const w of watchers) w.close();
      };
    },
  };
}

/** A holder around a fixed policy (simulations and tests that do not edit files). */
export function fixedPolicyHolder(active: ActivePolicy): PolicyHolder {
  return {
    current: () => active,
    reload: () => ({ ok: false, error: '此运行模式下策略不可重新加载' }),
    files: () => [],
    watch: () => () => undefined,
    onReload: () => () => undefined,
  };
}
