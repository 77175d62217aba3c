import { watch, type FSWatcher } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Logger } from 'pino';
import { compileScreener } from '../policy/compile-screener.js';
import { loadPolicy } from '../policy/load-policy.js';
import { PolicyError } from '../policy/policy-error.js';
import { activatePolicy, type ActivePolicy } from './active-policy.js';

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
      active = load();
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
      const rewatch = (): void => {
        for (const w of watchers) w.close();
        watchers = files().flatMap((f) => {
          try {
            return [watch(f, { persistent: false }, onChange)];
          } catch (err) {
            log.warn({ file: f, err }, 'cannot watch policy file');
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
