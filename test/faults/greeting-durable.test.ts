/**
 * Issue 9 item 7, the greeting: a group is marked greeted (`greetedAt`) only together with
 * its hello queued in the durable outbox. On the lowdb store, through the real plugin: no
 * write of the hot file marks the group greeted without the hello in the journal, so a
 * crash after any write either greets again on restart or sends the journaled hello.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFolderOnDisk } from '../support/data-folder.js';
import { openStore } from '../../src/store/index.js';
import { roomSays, startWorld, warmUpScreening } from '../bot/flows/harness.js';

beforeAll(() => warmUpScreening(), 60_000);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface OnDisk {
  rooms: { roomId: string; greetedAt: number | null }[];
  state: Record<string, { job?: { context?: Record<string, unknown> } }>;
}

describe('the hello of a group met for the first time', { timeout: 60_000 }, () => {
  it('is in the journal in every write that marks the group greeted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qunguard-greeting-'));
    dirs.push(dir);
    const file = join(dir, 'qunguard.json');
    const writes: { greeted: boolean; helloKept: boolean }[] = [];
    const onWrite = (): void => {
      const disk = readFolderOnDisk(dir, file) as unknown as OnDisk;
      const greeted = disk.rooms.some((r) => r.greetedAt !== null);
      const helloKept = Object.entries(disk.state).some(([key, kept]) => key.startsWith('outbox.job.') && kept.job?.context?.['hello'] === true);
      writes.push({ greeted, helloKept });
    };
    // Sends fail (transiently) for as long as the test runs: the hello stays unconfirmed, so it must stay in the journal.
    const w = await startWorld({ store: await openStore(dir, { writeDelayMs: 0, onWrite }), failSend: () => new Error('network down'), outbox: { maxAttempts: 1000 } });
    await w.advance(5_000);
    await w.stop();
    await w.store.close();
    expect(writes.some((x) => x.greeted)).toBe(true);
    expect(writes.filter((x) => x.greeted && !x.helloKept)).toEqual([]);
  });

  it('is said once when the sends work', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qunguard-greeting-'));
    dirs.push(dir);
    const w = await startWorld({ store: await openStore(dir) });
    await w.advance(5_000);
    expect(roomSays(w.actions).filter((a) => a.text.startsWith('大家好，我是群管家'))).toHaveLength(1);
    await w.stop();
    await w.store.close();
  });
});
