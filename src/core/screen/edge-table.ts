/**
 * The automaton's edges out of states other than the root: an open-addressing hash table (linear probing) over typed
 * arrays, so a step is a few array reads instead of a `Map` lookup on a boxed number key.
 */

/** Edges `(state, unit) → target` for states > 0; grows as edges are added, never removes one. */
export interface EdgeTable {
  /** The target of `(state, unit)`, or 0 when there is no such edge. */
  get(state: number, unit: number): number;
  /** Adds an edge that is not there yet. */
  add(state: number, unit: number, target: number): void;
  /** A lookup over the table as it stands, bound to its arrays (faster in the hot path); add nothing after. */
  frozen(): (state: number, unit: number) => number;
  /** Edges stored. */
  readonly size: number;
}

const MIN_CAPACITY = 16;

/** Creates an empty table; it doubles whenever it would be more than half full. */
export function createEdgeTable(): EdgeTable {
  let capacity = MIN_CAPACITY;
  // a slot is empty when its state is 0: the root's edges live in the dense root row, never here
  let states = new Int32Array(capacity);
  let units = new Uint16Array(capacity);
  let targets = new Int32Array(capacity);
  let mask = capacity - 1;
  let size = 0;

  const insert = (state: number, unit: number, target: number): void => {
    let slot = slotOf(state, unit, mask);
    while (states[slot] !== 0) slot = (slot + 1) & mask;
    states[slot] = state;
    units[slot] = unit;
    targets[slot] = target;
  };

  const grow = (): void => {
    const [oldStates, oldUnits, oldTargets] = [states, units, targets];
    capacity *= 2;
    mask = capacity - 1;
    states = new Int32Array(capacity);
    units = new Uint16Array(capacity);
    targets = new Int32Array(capacity);
    for (let i = 0; i < oldStates.length; i++) if (oldStates[i] !== 0) insert(oldStates[i]!, oldUnits[i]!, oldTargets[i]!);
  };

  return {
    get: (state, unit) => probe(states, units, targets, mask, state, unit),
    frozen() {
      const [s, u, t, m] = [states, units, targets, mask];
      return (state, unit) => probe(s, u, t, m, state, unit);
    },
    add(state, unit, target) {
      if ((size + 1) * 2 > capacity) grow();
      insert(state, unit, target);
      size++;
    },
    get size() {
      return size;
    },
  };
}

function slotOf(state: number, unit: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;
}

/** The target of `(state, unit)` in these arrays, or 0: linear probing from its hash slot to the first empty one. */
function probe(states: Int32Array, units: Uint16Array, targets: Int32Array, mask: number, state: number, unit: number): number {
  let slot = slotOf(state, unit, mask);
  for (;;) {
    const at = states[slot]!;
    if (at === state && units[slot] === unit) return targets[slot]!;
    if (at === 0) return 0;
    slot = (slot + 1) & mask;
  }
}
