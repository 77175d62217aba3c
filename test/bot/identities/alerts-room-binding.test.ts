/**
 * Issue 9, item 2: the admins' room is bound by id. A member who names their own
 * group like `alerts_room` and adds the bot never receives alerts or digests;
 * the real admins' room keeps them, renamed or not.
 */
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyPolicy, openSecondRoom, roomSays, SALES_PEOPLE, startCommandWorld, type CommandWorld } from '../commands/command-world.js';

const ADMINS_TOPIC = '管理员群';
const people = [...SALES_PEOPLE, { id: 'boss', name: '总经办-王建国' }];

/** A world whose policy names the admins' room (by topic, or by id). */
async function worldWithAlertsRoom(line: string): Promise<CommandWorld> {
  const files = copyPolicy();
  appendFileSync(files.policyPath, `\n${line}\n`);
  return startCommandWorld({ files, people });
}

/** Room ids that received a group message mentioning a confidential hit after `mark`. */
async function alertRoomsForALeak(w: CommandWorld): Promise<string[]> {
  const mark = w.mark();
  await w.ask('u2', '这是绝密的报价');
  return roomSays(w.since(mark))
    .filter((a) => a.room !== 'room1@chatroom')
    .map((a) => a.room);
}

describe('the admins’ room is bound by id, never taken over by its name', { timeout: 30_000 }, () => {
  it('a look-alike group added later gets nothing; the real one keeps the alerts', async () => {
    const w = await worldWithAlertsRoom(`alerts_room: ${ADMINS_TOPIC}`);
    const real = await openSecondRoom(w, { id: 'admins', topic: ADMINS_TOPIC, memberIds: ['admin1', 'boss'] });
    const fake = await openSecondRoom(w, { id: 'fake', topic: ADMINS_TOPIC, memberIds: ['u1', 'u3'], addedBy: 'u1' });
    const rooms = await alertRoomsForALeak(w);
    expect(rooms).toContain(real);
    expect(rooms).not.toContain(fake);
    await w.stop();
  });

  it('a look-alike group without any company-wide admin never qualifies, even before the real one exists', async () => {
    const w = await worldWithAlertsRoom(`alerts_room: ${ADMINS_TOPIC}`);
    const fake = await openSecondRoom(w, { id: 'fake', topic: ADMINS_TOPIC, memberIds: ['u1', 'u3'], addedBy: 'u1' });
    expect(await alertRoomsForALeak(w)).toEqual([]);
    const real = await openSecondRoom(w, { id: 'admins', topic: ADMINS_TOPIC, memberIds: ['admin1'] });
    const rooms = await alertRoomsForALeak(w);
    expect(rooms).toContain(real);
    expect(rooms).not.toContain(fake);
    await w.stop();
  });

  it('renaming the bound admins’ room keeps it the admins’ room', async () => {
    const w = await worldWithAlertsRoom(`alerts_room: ${ADMINS_TOPIC}`);
    const real = await openSecondRoom(w, { id: 'admins', topic: ADMINS_TOPIC, memberIds: ['admin1'] });
    expect(await alertRoomsForALeak(w)).toContain(real);
    w.sim.puppet.mocker.RoomMock.load(real).topic('总经办讨论');
    await w.sim.settle();
    expect(await alertRoomsForALeak(w)).toContain(real);
    await w.stop();
  });

  it('alerts_room given by id: only that room, whatever the others are called', async () => {
    const w = await worldWithAlertsRoom('alerts_room: { id: admins@chatroom }');
    const fake = await openSecondRoom(w, { id: 'fake', topic: ADMINS_TOPIC, memberIds: ['admin1', 'u1'], addedBy: 'u1' });
    expect(await alertRoomsForALeak(w)).toEqual([]);
    const real = await openSecondRoom(w, { id: 'admins', topic: '随便什么名字', memberIds: ['admin1'] });
    const rooms = await alertRoomsForALeak(w);
    expect(rooms).toContain(real);
    expect(rooms).not.toContain(fake);
    await w.stop();
  });
});
