/**
 * A multi-pattern automaton over UTF-16 units (Aho-Corasick). The caller feeds
 * units one at a time, so it decides what to skip and where to reset.
 */
import { createEdgeTable } from './edge-table.js';

/** A compiled set of patterns, stepped one UTF-16 unit at a time. */
export interface Automaton {
  /** Next state after `unit`; 0 is the root. */
  step(state: number, unit: number): number;
  /** Pattern ids that end in `state` (including through suffix links), or undefined. */
  outputs(state: number): readonly number[] | undefined;
  /** Length in units of each pattern, by id. */
  readonly lengths: readonly number[];
}

/** UTF-16 units: the size of the root's dense row. */
const UNITS = 0x10000;

/**
 * Builds the automaton; pattern ids are indexes into `patterns`. Empty patterns are ignored.
 * The root's edges are a dense row (most steps in chat start from the root and end there);
 * the other states' edges sit in one open-addressing table.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  let bound = 1;
  for (const pattern of patterns) bound += pattern.length;
  const root = new Int32Array(UNITS);
  const edges = createEdgeTable();
  const parent = new Int32Array(bound);
  const via = new Uint16Array(bound);
  const depth = new Int32Array(bound);
  // a state with no pattern of its own shares its suffix's list (read-only once built)
  const outputs: (number[] | undefined)[] = [undefined];
  let states = 1;

  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let next = state === 0 ? root[unit]! : edges.get(state, unit);
      if (next === 0) {
        next = states++;
        if (state === 0) root[unit] = next;
        else edges.add(state, unit, next);
        parent[next] = state;
        via[next] = unit;
        depth[next] = depth[state]! + 1;
        outputs.push(undefined);
      }
      state = next;
    }
    (outputs[state] ??= []).push(id);
  });

  const fail = new Int32Array(states);
  for (const state of byDepth(depth, states)) {
    const from = parent[state]!;
    if (from === 0) continue;
    const unit = via[state]!;
    let f = fail[from]!;
    let target = 0;
    for (;;) {
      target = f === 0 ? root[unit]! : edges.get(f, unit);
      if (target !== 0 || f === 0) break;
      f = fail[f]!;
    }
    fail[state] = target;
    const inherited = outputs[target];
    if (inherited) outputs[state] = outputs[state] ? [...outputs[state]!, ...inherited] : inherited;
  }

  const edge = edges.frozen();
  const step = (state: number, unit: number): number => {
    while (state !== 0) {
      const next = edge(state, unit);
      if (next !== 0) return next;
      state = fail[state]!;
    }
    return root[unit]!;
  };
  return { step, outputs: (state) => outputs[state], lengths: patterns.map((p) => p.length) };
}

/** States 1…count-1 in order of depth (a counting sort), so each fail link is set before its deeper states need it. */
function byDepth(depth: Int32Array, count: number): Int32Array {
  let deepest = 0;
  for (let s = 1; s < count; s++) deepest = Math.max(deepest, depth[s]!);
  const starts = new Int32Array(deepest + 2);
  for (let s = 1; s < count; s++) starts[depth[s]! + 1] = starts[depth[s]! + 1]! + 1;
  for (let d = 1; d < starts.length; d++) starts[d] = starts[d]! + starts[d - 1]!;
  const order = new Int32Array(count - 1);
  for (let s = 1; s < count; s++) {
    const d = depth[s]!;
    order[starts[d]!] = s;
    starts[d] = starts[d]! + 1;
  }
  return order;
}
