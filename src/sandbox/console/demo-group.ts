/**
 * The demo sales group the console sandbox starts with, matching examples/roster.csv, so that every flow (good and bad
 * nicknames, outsiders, members the bot cannot message) can be tried at once.
 */
import type { ActivePolicy } from '../../bot/active-policy.js';
import type { SimPerson } from '../simulation.js';

/** A person of the demo group, with the short name the console user types for them. */
export interface DemoPerson extends SimPerson {
  /** What the user types: `李四` in `李四: 你好`. */
  handle: string;
}

/** The simulated group the console starts with. */
export interface DemoGroup {
  room: { id: string; topic: string; owner: string };
  bot: { id: string; name: string };
  people: DemoPerson[];
  /** The handle of the person who acts as the group's admin. */
  adminHandle: string;
  /** Why that person is an admin, for the banner. */
  adminReason: 'policy' | 'owner';
}

/** The demo admin 张三's contact id, when the policy names no admin. */
export const DEMO_ADMIN_ID = 'wxid_zhangsan';

/** The demo group's topic; examples/policy.yaml gives it the departments 销售部 and 市场部. */
export const DEMO_TOPIC = '销售部工作群';

/**
 * A sales team's work group, matching examples/roster.csv: four members with
 * proper group nicknames in the room, and three people to invite — 王五 with a
 * bare name (研发部 in the roster), 赵六 from 客服部 (not this group's departments),
 * 小何 whom the roster does not know and the bot cannot message privately. The admin is the policy's
 * first admin id; a policy without admins makes 张三 the group owner instead
 * (then the bot cannot remove members and asks the admins to).
 */
export function demoGroup(policy: ActivePolicy, botName: string): DemoGroup {
  const admins = policy.settings(DEMO_TOPIC).admins;
  const adminId = admins[0] ?? DEMO_ADMIN_ID;
  const people: DemoPerson[] = [
    { handle: '张三', id: adminId, name: '张三', alias: '销售部-张三', member: true },
    { handle: '李四', id: 'wxid_lisi', name: '李四', alias: '销售部-李四', member: true },
    { handle: '何静', id: 'wxid_hejing', name: '何静', alias: '销售部-何静', member: true },
    { handle: '马丽', id: 'wxid_mali', name: 'Mali', alias: '市场部-马丽', member: true },
    { handle: '王五', id: 'wxid_wangwu', name: '王五' },
    { handle: '赵六', id: 'wxid_zhaoliu', name: '赵六', alias: '客服部-赵六' },
    { handle: '小何', id: 'wxid_xiaohe', name: '小何', friend: false },
  ];
  return {
    room: { id: 'demo-sales', topic: DEMO_TOPIC, owner: admins.length > 0 ? 'bot' : adminId },
    bot: { id: 'qunguard-bot', name: botName },
    people,
    adminHandle: '张三',
    adminReason: admins.length > 0 ? 'policy' : 'owner',
  };
}
