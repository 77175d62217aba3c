/**
 * What the console sandbox prints in its own voice: the banner saying this is a simulation and how to connect a real
 * WeChat, the /help text, and the /people listing.
 */
import { CONSOLE_USAGE } from './parse-console-line.js';
import type { DemoGroup } from './demo-group.js';
import type { PersonState } from './people-directory.js';

/** What the banner says about where the policy and the data come from. */
export interface BannerFacts {
  group: DemoGroup;
  startedAt: string;
  policyLabel: string;
  dataLabel: string;
  people: PersonState[];
  /** A service token is configured but WECHATY_PUPPET is not. */
  tokenWithoutPuppet: boolean;
}

/** How to leave the simulation for a real WeChat; said at start, in /help, and in docs/running.md. */
export const CONNECT_REAL_WECHAT = [
  '连接真实微信：在项目目录的 .env 文件中写入',
  '    WECHATY_PUPPET=wechaty-puppet-service',
  '    WECHATY_PUPPET_SERVICE_TOKEN=<puppet 服务商给你的令牌>',
  '  再运行 npm start，用作机器人的微信扫码登录（说明见 .env.example 和 docs/running.md）。',
].join('\n');

/** The first thing the console prints: that this is a simulation, what is in it, and how to go real. */
export function bannerText(f: BannerFacts): string {
  const members = f.people.filter((p) => p.member).map((p) => p.person.handle);
  const others = f.people.filter((p) => !p.member).map((p) => p.person.handle);
  const admin = f.group.adminReason === 'policy' ? '管理员，策略 admins 中的第一位' : '群主兼管理员（策略没有 admins）';
  return [
    '════════════════════════════════════════════════════════════',
    ' 群管家 QunGuard · 模拟群（这是模拟，没有连接任何真实微信）',
    '════════════════════════════════════════════════════════════',
    `群：${f.group.room.topic}    模拟时间：${f.startedAt}（只在 /time 时前进）`,
    `策略：${f.policyLabel}`,
    `数据：${f.dataLabel}`,
    `群成员：${members.join('、')}（${f.group.adminHandle}是${admin}）`,
    `可邀请入群：${others.join('、')}`,
    '',
    '输入“姓名: 消息”以该成员身份发言，例如：李四: 这份是绝密文件',
    '输入 /help 查看全部命令，/quit 退出。',
    '',
    ...(f.tokenWithoutPuppet ? ['注意：已设置 WECHATY_PUPPET_SERVICE_TOKEN，但没有设置 WECHATY_PUPPET，所以仍是模拟。', ''] : []),
    CONNECT_REAL_WECHAT,
    '────────────────────────────────────────────────────────────',
  ].join('\n');
}

/** The /help text: every console command, and the bot's own chat commands worth trying. */
export function helpText(adminHandle: string): string {
  return [
    '模拟群命令：',
    ...Object.values(CONSOLE_USAGE).map((u) => `  ${u}`),
    '',
    `群管家的聊天命令（以 # 开头，在群里说或私信）：管理员（${adminHandle}）试试`,
    `  ${adminHandle}: #帮助        /dm ${adminHandle} #统计        ${adminHandle}: #警告 @李四 刷屏`,
    '',
    CONNECT_REAL_WECHAT,
  ].join('\n');
}

/** The /people listing: who is in the group, under which nickname, and who can still join. */
export function peopleText(people: PersonState[], adminId: string): string {
  const row = (p: PersonState): string => {
    const nick = p.alias ?? p.person.name;
    const tags = [p.person.id === adminId ? '管理员' : '', p.person.friend === false ? '不是群管家的好友，收不到私信' : ''].filter(Boolean);
    return `  ${p.person.handle.padEnd(4, '　')}${[`${p.member ? '群昵称' : '入群时的昵称'}：${nick}`, ...tags].join(' · ')}`;
  };
  const inRoom = people.filter((p) => p.member);
  const out = people.filter((p) => !p.member);
  return [
    `群成员（${inRoom.length} 人）：`,
    ...inRoom.map(row),
    ...(out.length > 0 ? ['不在群里（可 /join 姓名）：', ...out.map(row)] : []),
  ].join('\n');
}
