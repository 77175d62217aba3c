/**
 * Issue 12 item 4 with real processes: a writer renaming members of 20 groups and opening cases, each change flushed,
 * is killed with SIGKILL at 12 different moments. After every kill the folder opens, every change the writer
 * acknowledged is there (members and cases, both files of one write or neither), and the member files the hot file
 * no longer names are cleaned up; the next writer carries on from there.
 */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/lowdb-store.js';
import { MEMBER_PARTS } from '../../src/store/parted-tables.js';
import { requireBuild } from '../sandbox/start-cli.js';
import { useTempDir } from '../support/temp-dir.js';

const WRITER = join(import.meta.dirname, 'children', 'member-writer.mjs');

/** Runs a writer from change `from` until it has acknowledged `acks` changes (plus `extraMs`), then kills it with SIGKILL. */
function writeThenKill(dir: string, from: number, acks: number, extraMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dir, String(from)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = from - 1;
    let buffered = '';
    let stderr = '';
    let killing = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) last = Math.max(last, Number(line.slice(4)));
      if (!killing && last - from + 1 >= acks) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`writer exited with ${code}: ${stderr}`))));
  });
}

describe('kill -9 of a writer of member files (issue 12 item 4)', { timeout: 120_000 }, () => {
  beforeAll(requireBuild);
  const tmp = useTempDir({ prefix: 'qunguard-member-kill-' });

  it('keeps every acknowledged change, opens cleanly and names only complete files after each of 12 kills', async () => {
    let next = 0;
    for (let round = 0; round < 12; round++) {
      const from = next;
      const acked = await writeThenKill(tmp.dir, from, 5 + ((round * 7) % 23), (round * 3) % 5);
      const store = await openStore(tmp.dir, { onWarning: () => undefined });
      // Every member renamed by an acknowledged change of this round carries that change's name (or a later one).
      for (let n = from; n <= acked; n++) {
        const member = await store.members.get(`room${n % 20}@chatroom`, `wxid_m${n % 7}`);
        expect(Number(member?.nickname.replace('销售部-成员', ''))).toBeGreaterThanOrEqual(n);
      }
      const messageIds = new Set((await store.cases.all()).map((c) => c.messageId));
      for (let n = from; n <= acked; n++) if (n % 3 === 0) expect(messageIds.has(`msg-${n}`)).toBe(true);
      await store.close();
      // At most the 20 named files are left: every replaced or unfinished one was removed at open.
      expect((await readdir(join(tmp.dir, MEMBER_PARTS.dir))).length).toBeLessThanOrEqual(20);
      next = acked + 1 + 1000; // a fresh range, so what was written after the last ack cannot pass for an acknowledged change
    }
  });
});
