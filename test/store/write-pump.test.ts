import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { openStore } from '../../src/store/lowdb-store.js';
import { stateEntry } from '../../src/store/state-entry.js';
import { WritePump } from '../../src/store/write-pump.js';
import { makeCase, makeRoom } from './fixtures.js';
import { readFolderOnDisk } from '../support/data-folder.js';
import { useTempDir } from '../support/temp-dir.js';

/** A write whose completion the test controls. */
function controlledWrites() {
  const calls: { done: () => void; fail: (e: Error) => void }[] = [];
  const write = () => new Promise<void>((done, fail) => calls.push({ done, fail }));
  return { calls, write };
}

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('WritePump: lazy changes wait for a slower cadence', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A pump with a 100 ms delay and a 5 s lazy delay, counting its writes, on fake timers. */
  function lazyPump() {
    vi.useFakeTimers();
    const writes = { n: 0 };
    const pump = new WritePump(async () => void (writes.n += 1), () => undefined, 100, 5_000);
    return { pump, writes };
  }

  it.each([
    ['lazy changes alone', [true, true, true], 4_999, 0, 5_000],
    ['a normal change alone', [false], 99, 0, 100],
    ['lazy changes, then a normal one', [true, true, false], 99, 0, 100],
    ['a normal change, then lazy ones', [false, true, true], 99, 0, 100],
  ])('%s: written once, after the delay the most urgent one wants', async (_label, changes, before, writesBefore, due) => {
    const { pump, writes } = lazyPump();
    for (const lazy of changes) pump.changed(lazy);
    await vi.advanceTimersByTimeAsync(before);
    expect(writes.n).toBe(writesBefore);
    await vi.advanceTimersByTimeAsync(due - before);
    expect(writes.n).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(writes.n).toBe(1);
  });

  it('lazy changes made while a write runs wait for their delay instead of starting the next write at once', async () => {
    vi.useFakeTimers();
    const { calls, write } = controlledWrites();
    const pump = new WritePump(write, () => undefined, 100, 5_000);
    pump.changed();
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(1);
    for (let i = 0; i < 20; i++) pump.changed(true); // messages arriving during the write
    calls[0]!.done();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    calls[1]!.done();
    await pump.flush();
    expect(calls).toHaveLength(2);
  });

  it('flush() writes a lazy change at once', async () => {
    const { pump, writes } = lazyPump();
    pump.changed(true);
    await pump.flush();
    expect(writes.n).toBe(1);
  });

  it('refuses a lazy delay shorter than the write delay', () => {
    expect(() => new WritePump(async () => undefined, () => undefined, 100, 50)).toThrow(RangeError);
  });
});

describe('WritePump', () => {
  it('turns many changes in one tick into one write', async () => {
    let writes = 0;
    const pump = new WritePump(async () => void (writes += 1), () => undefined);
    for (let i = 0; i < 100; i++) pump.changed();
    await pump.flush();
    expect(writes).toBe(1);
  });

  it('turns changes made during a write into one more write, and flush waits for it', async () => {
    const { calls, write } = controlledWrites();
    const pump = new WritePump(write, () => undefined);
    pump.changed();
    await tick();
    expect(calls).toHaveLength(1);
    for (let i = 0; i < 10; i++) pump.changed();
    let flushed = false;
    const flushing = pump.flush().then(() => (flushed = true));
    calls[0]!.done();
    await tick();
    expect(calls).toHaveLength(2);
    expect(flushed).toBe(false);
    calls[1]!.done();
    await flushing;
    expect(calls).toHaveLength(2);
  });

  it('flush waits only for a write covering the changes made before it, not for changes that came after', async () => {
    const { calls, write } = controlledWrites();
    const pump = new WritePump(write, () => undefined);
    pump.changed();
    await tick();
    expect(calls).toHaveLength(1);
    let flushed = false;
    const flushing = pump.flush().then(() => (flushed = true));
    for (let i = 0; i < 10; i++) pump.changed(); // a steady stream after the flush was asked for
    calls[0]!.done();
    await flushing;
    expect(flushed).toBe(true);
    await tick();
    expect(calls).toHaveLength(2); // the later changes are written too, without holding the flush
    calls[1]!.done();
  });

  it('once a write waits for running units, a new unit waits for that write to begin (not to end)', async () => {
    const { calls, write } = controlledWrites();
    const pump = new WritePump(write, () => undefined);
    expect(pump.turn()).toBeNull(); // nothing waiting: a unit starts at once
    const release = pump.hold();
    pump.changed();
    let turned = false;
    const turn = pump.turn();
    expect(turn).not.toBeNull();
    void turn!.then(() => (turned = true));
    await tick();
    expect(calls).toHaveLength(0);
    expect(turned).toBe(false);
    release();
    await tick();
    expect(calls).toHaveLength(1);
    expect(turned).toBe(true); // the write has begun (its snapshot taken); it has not finished
    calls[0]!.done();
  });

  it('flush waits for a write the background already started', async () => {
    const { calls, write } = controlledWrites();
    const pump = new WritePump(write, () => undefined);
    pump.changed();
    await tick();
    let flushed = false;
    const flushing = pump.flush().then(() => (flushed = true));
    await tick();
    expect(flushed).toBe(false);
    calls[0]!.done();
    await flushing;
    expect(calls).toHaveLength(1);
  });

  it('with a delay, changes spread over the delay still make one background write', async () => {
    let writes = 0;
    const pump = new WritePump(async () => void (writes += 1), () => undefined, 40);
    pump.changed();
    await new Promise((r) => setTimeout(r, 10));
    pump.changed();
    expect(writes).toBe(0);
    await new Promise((r) => setTimeout(r, 80));
    expect(writes).toBe(1);
    await pump.flush();
    expect(writes).toBe(1);
  });

  it('flush writes at once, without waiting for the delay', async () => {
    let writes = 0;
    const pump = new WritePump(async () => void (writes += 1), () => undefined, 60_000);
    pump.changed();
    await pump.flush();
    expect(writes).toBe(1);
  });

  it('reports a background failure, rejects flush while writes fail, and recovers', async () => {
    const background: unknown[] = [];
    let failing = true;
    let writes = 0;
    const pump = new WritePump(async () => {
      writes += 1;
      if (failing) throw new Error('disk full');
    }, (e) => background.push(e));
    pump.changed();
    await tick();
    expect(background).toEqual([new Error('disk full')]);
    await expect(pump.flush()).rejects.toThrow('disk full');
    failing = false;
    await pump.flush();
    expect(writes).toBe(3);
    await pump.flush();
    expect(writes).toBe(3);
  });
});

describe('lowdb store writes', () => {
  const tmp = useTempDir();

  it('writes in the background without a flush, after the write delay', async () => {
    const store = await openStore(tmp.dir, { writeDelayMs: 20 });
    await store.state.write(stateEntry('marker', z.string()), 'x');
    await new Promise((r) => setTimeout(r, 300));
    expect(readFolderOnDisk(tmp.dir).state).toEqual({ marker: 'x' });
    await store.close();
  });

  it('coalesces a burst of mutations into one write of the hot file', async () => {
    const durations: number[] = [];
    const store = await openStore(tmp.dir, { onWrite: (ms) => durations.push(ms) });
    durations.length = 0;
    await store.rooms.upsert(makeRoom({ roomId: 'room1' }));
    for (let i = 0; i < 50; i++) await store.rooms.update('room1', (r) => void (r.topic = `销售部工作群${i + 1}`));
    for (let i = 0; i < 50; i++) await store.seen.markSeen(`m${i}`);
    await store.flush();
    expect(durations).toHaveLength(1);
    expect(JSON.parse(await readFile(join(tmp.dir, 'qunguard.json'), 'utf8')).rooms[0].topic).toBe('销售部工作群50');
    await store.close();
  });

  it('keeps the file valid JSON at every moment while it is rewritten', async () => {
    const file = join(tmp.dir, 'qunguard.json');
    const store = await openStore(tmp.dir);
    let writing = true;
    let reads = 0;
    const problems: string[] = [];
    const reader = (async () => {
      while (writing) {
        try {
          JSON.parse(await readFile(file, 'utf8'));
          reads += 1;
        } catch (e) {
          problems.push((e as Error).message); // a torn or missing file
        }
      }
    })();
    for (let i = 1; i <= 100; i++) {
      await store.cases.add(makeCase({ id: await store.cases.nextCaseId(), excerpt: '内容'.repeat(50) }));
      await store.flush();
    }
    writing = false;
    await reader;
    expect(problems).toEqual([]);
    expect(reads).toBeGreaterThan(10);
    expect(readFolderOnDisk(tmp.dir).cases).toHaveLength(100);
    expect((await readdir(tmp.dir)).sort()).toEqual(['cases', 'qunguard.json', 'qunguard.lock']); // no temp file left behind
    expect((await readdir(join(tmp.dir, 'cases'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    await store.close();
  });
});
