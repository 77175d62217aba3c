/**
 * A unit of work of the bot: `store.atomically`, plus a note of which unit is running, so
 * the outbox journal (reached through `outbox.enqueue`, which knows nothing of units) writes
 * the jobs a unit queues through that unit's ports: in the same PostgreSQL transaction as
 * the case they belong to, in the same lowdb write. Use this instead of `store.atomically`
 * wherever a unit queues messages.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Store, StorePorts } from '../store/index.js';

/** A running unit: its ports while open, and a promise settled once it is durable (or failed). */
interface RunningUnit {
  tx: StorePorts | null;
  open: boolean;
  settled: Promise<void>;
}

const running = new AsyncLocalStorage<RunningUnit>();

/** Runs `work` as one unit of `store` (see Store.atomically), noting it for the outbox journal. */
export async function inUnit<T>(store: Pick<Store, 'atomically'>, work: (tx: StorePorts) => Promise<T>): Promise<T> {
  let settle: () => void = () => undefined;
  const unit: RunningUnit = { tx: null, open: true, settled: new Promise<void>((resolve) => (settle = resolve)) };
  try {
    return await store.atomically(async (tx) => {
      unit.tx = tx;
      try {
        return await running.run(unit, () => work(tx));
      } finally {
        unit.open = false;
      }
    });
  } finally {
    settle();
  }
}

/**
 * The unit the caller runs in, if its work is still going on. Callbacks scheduled inside a
 * unit (timers, the outbox's sends) still see it once its work is over: then it is null.
 */
export function currentUnit(): { tx: StorePorts; settled: Promise<void> } | null {
  const unit = running.getStore();
  return unit?.open === true && unit.tx !== null ? { tx: unit.tx, settled: unit.settled } : null;
}
