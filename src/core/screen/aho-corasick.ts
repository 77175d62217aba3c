/**
 * A multi-pattern automaton over UTF-16 units (Aho-Corasick). The caller feeds
 * units one at a time, so it decides what to skip and where to reset.
 */
export interface Automaton {
  /** Next state after `unit`; 0 is the root. */
  step(state: number, unit: number): number;
  /** Pattern ids that end in `state` (including through suffix links), or undefined. */
  outputs(state: number): readonly number[] | undefined;
  /** Length in units of each pattern, by id. */
  readonly lengths: readonly number[];
}

/** Builds the automaton; pattern ids are indexes into `patterns`. Empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
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
