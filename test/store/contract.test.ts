/**
 * The store contract on the embedded stores (memory and lowdb), plus what only they
 * promise: a bounded seen set, warnings through `onWarning`, and a unit of work landing
 * in one write of the hot file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readFolderOnDisk } from '../support/data-folder.js';
import { openStore } from '../../src/store/lowdb-store.js';
import type { Store } from '../../src/store/ports.js';
import { stateEntry } from '../../src/store/state-entry.js';
import type { StoreWarning } from '../../src/store/store-warning.js';
import { makeCase, NOW, STORE_KINDS, tempDir } from './fixtures.js';
import { describeStoreContract } from './store-contract.js';

// The suite's deliberately bad state values are reported through onWarning; here they are not the point.
for (const kind of STORE_KINDS) describeStoreContract({ name: kind.name, open: () => kind.open({ onWarning: () => {} }) });

describe.each(STORE_KINDS)('embedded store: $name', (kind) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  const warnings: StoreWarning[] = [];

  beforeEach(async () => {
    warnings.length = 0;
    ({ store, cleanup } = await kind.open({ seenLimit: 3, onWarning: (w) => warnings.push(w) }));
  });
  afterEach(async () => {
    await cleanup();
  });

  it('forgets the oldest seen message beyond the limit', async () => {
    for (const id of ['m1', 'm2', 'm3', 'm4']) await store.seen.markSeen(id);
    expect(await Promise.all(['m1', 'm2', 'm3', 'm4'].map((id) => store.seen.seen(id)))).toEqual([false, true, true, true]);
  });

  it('reports a stored state value that fails its check once, and again after it is rewritten bad', async () => {
    const asNumber = stateEntry('digest.lastSent.weekly', z.number());
    const asText = stateEntry('digest.lastSent.weekly', z.string());
    await store.state.write(asText, 'yesterday');
    expect(await store.state.read(asNumber)).toBeUndefined();
    expect(await store.state.read(asNumber)).toBeUndefined();
    expect(warnings.map((w) => [w.kind, w.file])).toEqual([['state_value_unreadable', 'state:digest.lastSent.weekly']]);
    await store.state.write(asText, 'today');
    expect(await store.state.read(asNumber)).toBeUndefined();
    expect(warnings).toHaveLength(2);
  });
});

describe('lowdb: a unit of work is one write', () => {
  it('writes nothing while the unit runs, then everything it changed in one write before it resolves', async () => {
    const t = await tempDir();
    let writes = 0;
    const store = await openStore(t.dir, { writeDelayMs: 0, onWrite: () => (writes += 1) });
    try {
      const file = join(t.dir, 'qunguard.json');
      const before = writes;
      const marker = stateEntry('test.notice', z.string());
      await store.atomically(async (tx) => {
        await tx.cases.add(makeCase({ id: 'C1' }));
        // Give a background write every chance to run mid-unit.
        for (let i = 0; i < 5; i += 1) await new Promise<void>((r) => setImmediate(r));
        expect(writes).toBe(before);
        await tx.state.write(marker, 'C1');
      });
      expect(writes).toBe(before + 1);
      const onDisk = readFolderOnDisk(t.dir, file);
      expect(onDisk.cases.map((c) => c.id)).toEqual(['C1']);
      expect(onDisk.state['test.notice']).toBe('C1');
    } finally {
      await store.close();
      await t.cleanup();
    }
  });

  it('lets a flush started during the unit wait for the unit, and a unit inside a unit join it', async () => {
    const t = await tempDir();
    const store = await openStore(t.dir, { writeDelayMs: 0 });
    try {
      let unitDone = false;
      let flushedAfterUnit: boolean | undefined;
      await store.atomically(async (tx) => {
        await tx.cases.add(makeCase({ id: 'C1', at: NOW }));
        void store.flush().then(() => (flushedAfterUnit = unitDone));
        await store.atomically(async (inner) => inner.cases.add(makeCase({ id: 'C2', at: NOW })));
        unitDone = true;
      });
      await store.flush();
      expect(flushedAfterUnit).toBe(true);
      expect((await store.cases.byRoom('room1')).map((c) => c.id)).toEqual(['C1', 'C2']);
    } finally {
      await store.close();
      await t.cleanup();
    }
  });
});
