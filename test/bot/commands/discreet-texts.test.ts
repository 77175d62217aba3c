/**
 * Nothing the bot stores or sends repeats raw personal data or a secret, whoever typed
 * it: appeal reasons, manual warning reasons (posted in the group), pardon reasons, and
 * a nickname carrying a mobile number (repeated in every warning and alert).
 */
import { describe, expect, it } from 'vitest';
import type { BotAction } from '../../../src/sandbox/simulation.js';
import { SALES_PEOPLE, startCommandWorld, type CommandWorld } from './command-world.js';

const MOBILE = '13812345678';
const MOBILE_SPACED = '138 1234 5678';
const ID_NUMBER = '11010519491231002X';

/** Every text the bot produced and stored, to search for a secret. */
async function everything(w: CommandWorld, actions: readonly BotAction[]): Promise<string> {
  const stored = JSON.stringify({
    cases: await w.store.cases.all(),
    members: await w.store.members.list({ includeLeft: true }),
    audit: await w.store.audit.list(),
  });
  return JSON.stringify(actions) + stored;
}

describe('personal data typed around a case is redacted everywhere', { timeout: 30_000 }, () => {
  it.each([
    { what: 'a manual warning reason (posted to the group)', steps: (w: CommandWorld) => w.ask('admin1', `#警告 @u1 在群里发了客户手机 ${MOBILE}`), secret: MOBILE },
    { what: 'a spaced mobile in a manual warning reason', steps: (w: CommandWorld) => w.ask('admin1', `#警告 @u1 发了 ${MOBILE_SPACED}`), secret: MOBILE_SPACED },
    {
      what: 'an appeal reason (forwarded to the admins)',
      steps: async (w: CommandWorld) => {
        await w.ask('u1', '周末一起去赌博吗');
        return w.askDm('u1', `#申诉 C1 那是我自己的身份证 ${ID_NUMBER}`);
      },
      secret: ID_NUMBER,
    },
    {
      what: 'a pardon reason (sent to the member)',
      steps: async (w: CommandWorld) => {
        await w.ask('u1', '周末一起去赌博吗');
        return w.ask('admin1', `#撤销 C1 已电话核实 ${MOBILE}`);
      },
      secret: MOBILE,
    },
  ])('$what', async ({ steps, secret }) => {
    const w = await startCommandWorld();
    const mark = w.mark();
    await steps(w);
    await w.advance(60_000);
    const all = await everything(w, w.since(mark));
    expect(all).not.toContain(secret);
    expect(all.replace(/\s/g, '')).not.toContain(secret.replace(/\s/g, ''));
    await w.stop();
  });

  it('a nickname carrying a mobile number is never repeated in warnings, alerts or the store', async () => {
    const people = SALES_PEOPLE.map((p) => (p.id === 'u1' ? { ...p, name: `销售部-李四${MOBILE}` } : p));
    const w = await startCommandWorld({ people });
    const mark = w.mark();
    await w.ask('u1', '这份是绝密文件，别外传');
    await w.ask('u1', '周末一起去赌博吗');
    await w.advance(60_000);
    const actions = w.since(mark);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.some((a) => 'text' in a && a.text.includes('销售部-李四138****5678'))).toBe(true);
    expect(await everything(w, actions)).not.toContain(MOBILE);
    await w.stop();
  });
});
