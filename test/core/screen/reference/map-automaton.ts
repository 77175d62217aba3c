/**
 * The automaton as it was before the dense root row and open addressing (every edge in one
 * `Map`, fail links walked at run time): kept only as the reference the differential test
 * compares the fast one against.
 */
import type { Automaton } from '../../../../src/core/screen/aho-corasick.js';

/** Builds the automaton; pattern ids are indexes into `patterns`. Empty patterns are ignored. */
export function buildMapAutomaton(patterns: readonly string[]): Automaton {
  const edges = new Map<number, number>();
  const key = (state: number, unit: number): number => state * 0x10000 + unit;
  const outputs: (number[] | undefined)[] = [undefined];
  const children: number[][] = [[]];
  let states = 1;

  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let next = edges.get(key(state, unit));
      if (next === undefined) {
        next = states++;
        edges.set(key(state, unit), next);
        children[state]!.push(unit);
        children.push([]);
        outputs.push(undefined);
      }
      state = next;
    }
    (outputs[state] ??= []).push(id);
  });

  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (const unit of children[0]!) queue.push(edges.get(key(0, unit))!);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const inherited = outputs[fail[state]!];
    if (inherited) outputs[state] = [...(outputs[state] ?? []), ...inherited];
    for (const unit of children[state]!) {
      const child = edges.get(key(state, unit))!;
      let f = fail[state]!;
      while (f !== 0 && !edges.has(key(f, unit))) f = fail[f]!;
      const target = edges.get(key(f, unit));
      fail[child] = target !== undefined && target !== child ? target : 0;
      queue.push(child);
    }
  }

  const step = (state: number, unit: number): number => {
    for (;;) {
      const next = edges.get(state * 0x10000 + unit);
      if (next !== undefined) return next;
      if (state === 0) return 0;
      state = fail[state]!;
    }
  };
  return { step, outputs: (state) => outputs[state], lengths: patterns.map((p) => p.length) };
}
