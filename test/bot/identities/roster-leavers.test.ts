/**
 * Leavers: when the roster changes (hot reload) and in the daily review, members
 * the roster no longer lists are found in every group and listed to the admins once
 * per group with #移出 / #保留; nothing is said in the group.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersTo, dmsTo, openSecondRoom, roomSays, SALES_PEOPLE, startCommandWorld, t, type CommandWorld } from '../commands/command-world.js';

const HEADER = '【群管家·花名册】';
const ROSTER_WITHOUT_HEJING = 'name,department,title\n王建国,总经办,总经理\n张三,销售部,销售经理\n李四,销售部,销售代表\n许亮,销售部,大客户经理\n马丽,市场部,市场经理\n';

/** Leaver lists the admin got since `mark`. */
const leaverLists = (w: CommandWorld, mark: number): string[] => dmsTo(w.since(mark), 'admin1').filter((d) => d.startsWith(HEADER));

describe('members no longer on the roster are put to the admins', { timeout: 60_000 }, () => {
  it('hot reload: one list per group, a case each, nothing in the group, never repeated; #移出 C… removes', async () => {
    const w = await startCommandWorld({ room: { id: 'room1', topic: '销售部工作群', owner: 'bot' } });
    const room2 = await openSecondRoom(w, { id: 'room2', topic: '市场部工作群', memberIds: ['admin1', 'u2', 'u3'], owner: 'bot' });
    const mark = w.mark();
    writeFileSync(w.files.file('roster.csv'), ROSTER_WITHOUT_HEJING);
    expect(w.holder.reload()).toEqual({ ok: true });
    await w.advance(60_000);
    const lists = leaverLists(w, mark);
    expect(lists).toHaveLength(2);
    expect(lists.every((l) => l.includes('销售部-何静') && !l.includes('李四') && l.includes('#移出 C编号') && l.includes('#保留 C编号'))).toBe(true);
    expect(roomSays(w.since(mark)).filter((a) => a.room === 'room1@chatroom' || a.room === room2)).toEqual([]);
    const cases = [...(await w.store.cases.byMember('room1@chatroom', 'u2')), ...(await w.store.cases.byMember(room2, 'u2'))];
    expect(cases.map((c) => c.status)).toEqual(['pending_decision', 'pending_decision']);

    const again = w.mark();
    expect(w.holder.reload()).toEqual({ ok: true }); // same roster: nothing new
    writeFileSync(w.files.file('roster.csv'), `${ROSTER_WITHOUT_HEJING}赵六,客服部,客服专员\n`);
    expect(w.holder.reload()).toEqual({ ok: true }); // changed, but 何静 already reported
    await w.advance(60_000);
    expect(leaverLists(w, again)).toEqual([]);

    const caseId = (await w.store.cases.byMember('room1@chatroom', 'u2'))[0]!.id;
    const removed = await w.askDm('admin1', `#移出 ${caseId}`);
    expect(removed.some((a) => a.kind === 'remove' && a.member === 'u2')).toBe(true);
    await w.stop();
  });

  it('a roster changed while the bot was down: noticed at start-up against the last review, once; the daily review does not repeat it', async () => {
    const first = await startCommandWorld();
    await first.stop();
    writeFileSync(first.files.file('roster.csv'), ROSTER_WITHOUT_HEJING);
    const w = await startCommandWorld({ files: first.files, store: first.store, start: t('2026-11-23 10:00') });
    const lists = dmsTo(w.actions, 'admin1').filter((d) => d.startsWith(HEADER));
    expect(lists).toHaveLength(1);
    expect(lists[0]).toContain('销售部-何静');
    expect(lists[0]).not.toContain('李四');
    const mark = w.mark();
    await w.advanceTo(t('2026-11-24 12:00'));
    expect(leaverLists(w, mark)).toEqual([]);
    expect(answersTo(w.since(mark), 'u2')).toEqual([]);
    expect(roomSays(w.since(mark)).filter((a) => a.text.includes('何静'))).toEqual([]);
    await w.stop();
  });
});
