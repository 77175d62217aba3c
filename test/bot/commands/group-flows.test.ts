/**
 * Group commands as flows through the real bot: exemption, pausing,
 * statistics, the nickname check, the digest on demand, and the audit log of
 * admin actions.
 */
import { describe, expect, it } from 'vitest';
import { answersTo, dmsTo, MINUTE, roomSays, SALES_PEOPLE, startCommandWorld, t, type CommandWorld } from './command-world.js';

const ROOM = 'room1@chatroom';
const GAMBLING = '周末一起去赌博吗';
const lastCase = async (w: CommandWorld, member: string) => (await w.store.cases.byMember(ROOM, member)).at(-1);

describe('#豁免, #取消豁免, #暂停, #恢复', { timeout: 30_000 }, () => {
  it('an exempt member gets no automatic case; after #取消豁免 they do again', async () => {
    const w = await startCommandWorld();
    await w.ask('admin1', '#豁免 @u1');
    const exempt = await w.ask('u1', GAMBLING);
    expect(await w.store.cases.byMember(ROOM, 'u1')).toEqual([]);
    expect(exempt).toEqual([]);
    expect(w.logs.some((l) => l.msg === 'exempt member: not screened' && l.memberId === 'u1')).toBe(true);
    expect(answersTo(await w.ask('admin1', '#警告 @u1 手动警告仍可用'), 'admin1')[0]).toContain('已记录案件 C1');

    await w.ask('admin1', '#取消豁免 @u1');
    const after = await w.ask('u1', GAMBLING);
    expect(await lastCase(w, 'u1')).toMatchObject({ id: 'C2', kind: 'violation' });
    expect(roomSays(after)).toEqual([expect.objectContaining({ mentions: ['u1'], text: expect.stringContaining('案件 C2') })]);
    await w.stop();
  });

  it('a paused group still records cases, which do not count, and sends nothing; #恢复 brings the warnings back', async () => {
    const w = await startCommandWorld();
    const paused = await w.ask('admin1', '#暂停');
    expect(roomSays(paused)).toEqual([]);
    expect(dmsTo(paused, 'admin1')).toEqual(['已暂停本群的自动处理：仍会记录，但不再发送提醒和警告。发送“#恢复”恢复。']);
    expect(answersTo(await w.ask('admin1', '#暂停'), 'admin1')).toEqual(['本群已处于暂停状态。']);

    const quiet = [await w.ask('u1', GAMBLING), await w.ask('u1', '这是绝密文件'), await w.ask('u1', GAMBLING)].flat();
    const recorded = await w.store.cases.byMember(ROOM, 'u1');
    expect(recorded.map((c) => [c.action, c.notCounted])).toEqual([['warn', 'paused'], ['warn', 'paused'], ['warn', 'paused']]);
    expect(quiet).toEqual([]); // no warning, no notice, no admin alert, no removal
    const room = await w.sim.wechaty.Room.find({ id: ROOM });
    expect((await room!.memberAll()).some((c) => c.id === 'u1')).toBe(true);

    expect(answersTo(await w.ask('admin1', '#恢复'), 'admin1')).toEqual(['已恢复本群的自动处理。']);
    const loud = await w.ask('u2', GAMBLING);
    expect(roomSays(loud)).toEqual([expect.objectContaining({ mentions: ['u2'], text: expect.stringContaining('违反群规') })]);
    expect(answersTo(await w.ask('admin1', '#恢复'), 'admin1')).toEqual(['本群未暂停。']);
    await w.stop();
  });
});

describe('#统计, #检查, #周报', { timeout: 30_000 }, () => {
  it('#统计 counts the group’s cases over the span asked for', async () => {
    const people = [...SALES_PEOPLE, { id: 'n1', name: '销售部-陈十' }];
    const w = await startCommandWorld({ people, start: t('2026-11-23 09:00') });
    await w.advanceTo(t('2026-11-23 10:00'));
    await w.ask('u1', GAMBLING); // C1 gambling, warn
    await w.ask('u2', '这是绝密文件'); // C2 confidential, warn
    await w.advanceTo(t('2026-11-26 10:00'));
    await w.ask('u1', '代开发票 联系我'); // C3 ads, warn (C1 is out of the 1d window)
    await w.ask('admin1', '#警告 @u2 刷屏'); // C4 manual
    await w.ask('admin1', '#撤销 C2');
    await w.join('n1', 'admin1'); // C5 relevance, pending
    await w.advance(MINUTE);

    const week = answersTo(await w.ask('admin1', '#统计'), 'admin1');
    expect(week).toEqual([
      [
        '“销售部工作群”近 7天 统计：',
        '违规案件 3 件，涉及 2 人', // C2 was overturned: not a violation any more
        '按类别：赌博 1，广告/推广 1，管理员警告 1',
        '按处理：警告 2，管理员手动警告 1',
        '已撤销 1 件，待决定 1 件',
        '群昵称合规 4/5', // n1 is not on the roster
      ].join('\n'),
    ]);
    const day = answersTo(await w.ask('admin1', '#统计 24h'), 'admin1');
    expect(day[0]).toContain('“销售部工作群”近 1天 统计：\n违规案件 2 件，涉及 2 人\n按类别：广告/推广 1，管理员警告 1');
    expect(day[0]).toContain('已撤销 0 件，待决定 1 件');
    await w.stop();
  });

  it('#检查 re-checks every nickname now: one reminder in the group, the count and who may not belong to the admin', async () => {
    const people = [...SALES_PEOPLE, { id: 'x1', name: '客服部-赵六', member: true }];
    const w = await startCommandWorld({ people });
    await w.rename('u2', '何静');
    const checked = await w.ask('admin1', '#检查');
    const [answer] = answersTo(checked, 'admin1');
    expect(answer).toContain('检查完成：共 5 人，昵称不规范 1 人（已在群内统一提醒）。');
    expect(answer).toContain('可能不属于本群：\n· 客服部-赵六：');
    const reminders = roomSays(checked).filter((s) => s.mentions.includes('u2'));
    expect(reminders).toEqual([expect.objectContaining({ text: expect.stringContaining('何静：') })]);
    expect(await w.store.members.get(ROOM, 'u2')).toMatchObject({ nicknameOk: false });
    // Asked again: nobody is reminded twice, and the answer does not claim it.
    const again = await w.ask('admin1', '#检查');
    expect(answersTo(again, 'admin1')[0]).toContain('昵称不规范 1 人（此前均已提醒过，本次未再提醒）。');
    expect(roomSays(again).filter((s) => s.mentions.includes('u2'))).toEqual([]);
    await w.stop();
  });

  it('#检查 in a paused group says it did not remind', async () => {
    const w = await startCommandWorld();
    await w.rename('u2', '何静');
    await w.ask('admin1', '#暂停');
    const checked = await w.ask('admin1', '#检查');
    expect(answersTo(checked, 'admin1')[0]).toContain('昵称不规范 1 人（本群已暂停，未提醒）。');
    expect(roomSays(checked)).toEqual([]);
    await w.stop();
  });

  it('#周报 sends the digest to the asking admin privately; the group only hears that it was sent', async () => {
    const w = await startCommandWorld({ room: { id: 'room1', topic: '销售部工作群', owner: 'u2' } });
    await w.ask('u1', GAMBLING);
    await w.ask('u1', GAMBLING);
    const sent = await w.ask('admin1', '#周报');
    const digest = dmsTo(sent, 'admin1');
    expect(digest).toHaveLength(1);
    expect(digest[0]).toMatch(/^【群管家·统计】/);
    expect(digest[0]).toContain('▍销售部工作群');
    expect(digest[0]).toContain('案件 2 起');
    expect(digest[0]).toContain('多次违规：销售部-李四 2 次');
    expect(dmsTo(sent, 'u2')).toEqual([]); // only the admin who asked
    expect(roomSays(sent)).toEqual([expect.objectContaining({ mentions: ['admin1'], text: '周报已私信发送给你。' })]);
    await w.stop();
  });
});

describe('the audit log', { timeout: 30_000 }, () => {
  it('every admin action is appended with who, what and when, in order', async () => {
    const people = [...SALES_PEOPLE, { id: 'n1', name: '销售部-陈十' }];
    const w = await startCommandWorld({ people, room: { id: 'room1', topic: '销售部工作群', owner: 'u2' } });
    const steps: [string, string, 'group' | 'dm'][] = [
      ['admin1', '#警告 @u1 刷屏', 'group'], // C1
      ['u2', '#撤销 C1 误会', 'dm'],
      ['admin1', '#豁免 @u3', 'group'],
      ['admin1', '#取消豁免 市场部-马丽', 'dm'],
      ['u2', '#暂停', 'group'],
      ['u2', '#恢复', 'group'],
      ['admin1', '#词库 添加 新品代号 confidential', 'dm'],
      ['admin1', '#白名单 添加 反赌博宣传', 'group'],
      ['admin1', '#检查', 'group'],
      ['u1', '#移出 @u3', 'group'], // refused
    ];
    const times: string[] = [];
    for (const [who, text, channel] of steps) {
      times.push(new Date(w.clock.now()).toISOString());
      if (channel === 'group') await w.ask(who, text);
      else await w.askDm(who, text);
    }
    const audit = await w.store.audit.list();
    expect(audit.map((e) => [e.by, e.action, e.target, new Date(e.at).toISOString()])).toEqual([
      ['admin1', 'warn', 'C1', times[0]],
      ['u2', 'pardon', 'C1', times[1]],
      ['admin1', 'exempt', 'u3', times[2]],
      ['admin1', 'unexempt', 'u3', times[3]],
      ['u2', 'pause', ROOM, times[4]],
      ['u2', 'resume', ROOM, times[5]],
      ['admin1', 'dict_add', 'confidential', times[6]],
      ['admin1', 'allow_add', 'allow', times[7]],
      ['admin1', 'check', ROOM, times[8]],
      ['u1', 'denied:remove', null, times[9]],
    ]);
    expect(audit.every((e) => e.roomId === ROOM)).toBe(true);
    expect(audit.slice(0, 2).map((e) => e.note)).toEqual(['刷屏', '误会']);
    await w.stop();
  });
});
