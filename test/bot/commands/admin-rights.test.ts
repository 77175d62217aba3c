/**
 * Who may run admin commands — the policy's `admins`, the group's own
 * `groups[].admins`, the group owner; never a display name — which group a
 * private command is about, and the commands every member may use.
 */
import { describe, expect, it } from 'vitest';
import { USAGE, MEMBER_COMMANDS, type CommandName } from '../../../src/core/commands/command-names.js';
import { answersTo, openSecondRoom, SALES_PEOPLE, startCommandWorld } from './command-world.js';

const ROOM = 'room1@chatroom';
const STATS = '近 7天 统计：';
const REFUSED = '抱歉，“#统计”仅限本群管理员使用。发送“#帮助”查看你可以使用的命令。';

describe('admin rights come from contact ids and the owner, never from a name', { timeout: 30_000 }, () => {
  it.each([
    { source: 'the policy’s admins', who: 'admin1', topic: '销售部工作群', owner: 'bot', admin: true },
    { source: 'groups[].admins of this group', who: 'rd_admin', topic: '研发部工作群', owner: 'bot', admin: true },
    { source: 'groups[].admins of another group', who: 'rd_admin', topic: '销售部工作群', owner: 'bot', admin: false },
    { source: 'the group owner', who: 'u2', topic: '销售部工作群', owner: 'u2', admin: true },
    { source: 'a plain member', who: 'u1', topic: '销售部工作群', owner: 'u2', admin: false },
    { source: 'a nickname equal to the admin’s', who: 'fake', topic: '销售部工作群', owner: 'bot', admin: false },
    { source: 'a WeChat name equal to the admin’s id', who: 'admin1-lookalike', topic: '销售部工作群', owner: 'bot', admin: false },
  ])('$source → admin: $admin (group and private chat)', async ({ who, topic, owner, admin }) => {
    const people = [
      ...SALES_PEOPLE,
      { id: 'rd_admin', name: '研发部-钱七', member: true },
      { id: 'fake', name: '销售部-张三', member: true }, // the same nickname as admin1
      { id: 'admin1-lookalike', name: 'admin1', alias: '销售部-许亮', member: true },
    ];
    const w = await startCommandWorld({ people, room: { id: 'room1', topic, owner } });
    const group = answersTo(await w.ask(who, '#统计'), who);
    const dm = answersTo(await w.askDm(who, `#统计 ${topic}`), who);
    for (const answers of [group, dm]) {
      expect(answers).toHaveLength(1);
      if (admin) expect(answers[0]).toContain(`“${topic}”${STATS}`);
      else expect(answers[0]).toBe(REFUSED);
    }
    const denied = (await w.store.audit.list()).filter((e) => e.action === 'denied:stats');
    expect(denied).toEqual(admin ? [] : [expect.objectContaining({ by: who }), expect.objectContaining({ by: who })]);
    await w.stop();
  });
});

describe('a private chat with an admin of two groups', { timeout: 30_000 }, () => {
  const people = [...SALES_PEOPLE, { id: 'rd_admin', name: '研发部-钱七' }, { id: 'rd1', name: '研发部-孙八' }];
  const twoGroups = async () => {
    const w = await startCommandWorld({ people });
    const room2 = await openSecondRoom(w, { id: 'room2', topic: '研发部工作群', memberIds: ['admin1', 'rd_admin', 'rd1', 'u2'] });
    return { w, room2 };
  };

  it('a command without a group name is answered with the list of groups; naming one at the end runs it there', async () => {
    const { w, room2 } = await twoGroups();
    expect(answersTo(await w.askDm('admin1', '#暂停'), 'admin1')).toEqual([
      '你在多个群：“销售部工作群”、“研发部工作群”。请在命令末尾加上群名，例如“#暂停 销售部工作群”。',
    ]);
    expect(answersTo(await w.askDm('admin1', '#统计 7d'), 'admin1')[0]).toContain('“销售部工作群”、“研发部工作群”');
    expect([(await w.store.rooms.get(ROOM))?.paused, (await w.store.rooms.get(room2))?.paused]).toEqual([false, false]);

    expect(answersTo(await w.askDm('admin1', '#暂停 研发部工作群'), 'admin1')).toEqual([expect.stringContaining('已暂停本群的自动处理')]);
    expect([(await w.store.rooms.get(ROOM))?.paused, (await w.store.rooms.get(room2))?.paused]).toEqual([false, true]);
    expect(answersTo(await w.askDm('admin1', '#统计 7d 销售部工作群'), 'admin1')).toEqual([expect.stringContaining(`“销售部工作群”${STATS}`)]);
    expect(answersTo(await w.askDm('admin1', '#统计 研发部工作群'), 'admin1')).toEqual([expect.stringContaining(`“研发部工作群”${STATS}`)]);
    expect((await w.store.audit.list()).filter((e) => e.action === 'pause')).toEqual([expect.objectContaining({ by: 'admin1', roomId: room2 })]);
    await w.stop();
  });

  it('a case number chooses the group; an admin of only one of the groups is not asked', async () => {
    const { w, room2 } = await twoGroups();
    await w.ask('u1', '周末一起去赌博吗'); // C1 in 销售部工作群
    expect(answersTo(await w.askDm('admin1', '#案件 C1'), 'admin1')).toEqual([expect.stringContaining('案件 C1：销售部-李四')]);
    expect(answersTo(await w.askDm('rd_admin', '#统计'), 'rd_admin')).toEqual([expect.stringContaining(`“研发部工作群”${STATS}`)]);
    expect(answersTo(await w.askDm('rd_admin', '#案件 C1'), 'rd_admin')).toEqual(['抱歉，“#案件”仅限本群管理员使用。发送“#帮助”查看你可以使用的命令。']);
    expect((await w.store.rooms.get(room2))?.botIsMember).toBe(true);
    await w.stop();
  });
});

describe('commands every member may use', { timeout: 30_000 }, () => {
  const memberLines = (Object.keys(USAGE) as CommandName[]).filter((n) => MEMBER_COMMANDS.has(n)).map((n) => USAGE[n]);
  const adminLines = (Object.keys(USAGE) as CommandName[]).filter((n) => !MEMBER_COMMANDS.has(n)).map((n) => USAGE[n]);

  it('#帮助 shows a member the member commands only, and an admin every command', async () => {
    const w = await startCommandWorld();
    for (const [who, channel] of [['u1', 'group'], ['u1', 'private'], ['admin1', 'group'], ['admin1', 'private']] as const) {
      const actions = channel === 'group' ? await w.ask(who, '#帮助') : await w.askDm(who, '#help');
      const [help] = answersTo(actions, who);
      const lines = help!.split('\n');
      if (who === 'u1') {
        expect(lines[0]).toBe('群管家命令：');
        for (const l of memberLines) expect(lines).toContain(l);
        for (const l of adminLines) expect(lines).not.toContain(l);
      } else {
        expect(lines[0]).toBe('群管家命令（管理员）：');
        for (const l of [...memberLines, ...adminLines]) expect(lines).toContain(l);
      }
    }
    expect((await w.store.audit.list()).filter((e) => e.action.startsWith('denied'))).toEqual([]);
    await w.stop();
  });

  it('#群规 shows the group’s rules (a group’s own rules win over the policy’s)', async () => {
    const w = await startCommandWorld({ people: [...SALES_PEOPLE, { id: 'rd1', name: '研发部-孙八' }] });
    await openSecondRoom(w, { id: 'room2', topic: '研发部工作群', memberIds: ['rd1', 'u2'] });
    expect(answersTo(await w.ask('u1', '#群规'), 'u1')).toEqual([
      '“销售部工作群”群规：\n1. 群昵称请改为“部门-姓名”，例如“销售部-李四”。\n2. 禁止发布赌博、色情、暴力、广告及人身攻击内容。\n3. 公司机密、客户信息和个人信息不得在群内发送。',
    ]);
    expect(answersTo(await w.askDm('rd1', '#群规'), 'rd1')).toEqual(['“研发部工作群”群规：\n1. 研发群只讨论研发事务。']);
    expect(answersTo(await w.askDm('u2', '#rules'), 'u2')[0]).toContain('你在多个群：“销售部工作群”、“研发部工作群”');
    expect(answersTo(await w.askDm('u2', '#rules 研发部工作群'), 'u2')).toEqual(['“研发部工作群”群规：\n1. 研发群只讨论研发事务。']);
    await w.stop();
  });

  it('#申诉 works on one’s own case only', async () => {
    const w = await startCommandWorld();
    await w.ask('u1', '周末一起去赌博吗'); // C1, u1's
    const byOther = await w.ask('u2', '#申诉 C1 他没说错');
    expect(answersTo(byOther, 'u2')).toEqual(['只能对自己的案件申诉。']);
    expect(answersTo(byOther, 'admin1')).toEqual([]);
    expect((await w.store.cases.get('C1'))?.status).toBe('open');
    const byOwner = await w.askDm('u1', '#申诉 C1 我转发的是新闻标题');
    expect(answersTo(byOwner, 'u1')).toEqual(['已收到你对案件 C1 的申诉，管理员会尽快复核。']);
    expect(answersTo(byOwner, 'admin1')).toEqual([expect.stringContaining('【群管家·申诉】C1 销售部工作群')]);
    expect((await w.store.cases.get('C1'))?.status).toBe('appealed');
    await w.stop();
  });
});
