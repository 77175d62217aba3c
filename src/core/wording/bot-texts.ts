/**
 * What the bot says about itself: its hello when added to a group (who it is, the rules, the commands) and the admins'
 * notices when it is added, removed, or the group is renamed.
 */
import type { AuditResultLike } from './audit-result.js';

/** The bot's hello when added to a group: who it is, the rules in three lines, the commands. */
export function botHelloText(rules: readonly string[]): string {
  const three = rules.length > 0 ? rules.slice(0, 3) : ['群昵称请用“部门-姓名”。', '禁止发布违规内容和人身攻击。', '公司机密和个人信息不得在群内发送。'];
  return ['大家好，我是群管家，负责本群的实名和内容规范。', ...three.map((r, i) => `${i + 1}. ${r}`), '发送“#群规”查看全部群规，管理员发送“#帮助”查看管理命令。'].join('\n');
}

/** The admins' notice that the bot joined a group: who added it, what it may do, what the audit found. */
export function botJoinedText(f: { roomTopic: string; addedBy: string | null; addedByAdmin: boolean; canRemove: boolean; policyTopic: string | null; audit: AuditResultLike }): string {
  const lines = [
    `【群管家·入群】我已加入“${f.roomTopic}”${f.addedBy ? `，由 ${f.addedBy} 添加` : ''}。`,
    f.policyTopic ? `使用策略：groups 中的“${f.policyTopic}”。` : '使用默认策略。',
    f.canRemove ? '我是群主，可以按规则移出成员。' : '我不是群主，无法移出成员：需要移出时我会提请管理员处理。',
    `成员梳理：共 ${f.audit.total} 人，昵称不规范 ${f.audit.badNicknames} 人，可能不属于本群 ${f.audit.doubtful.length} 人。`,
    ...f.audit.doubtful.map((d) => `· ${d.name}：${d.detail}`),
  ];
  if (f.addedBy && !f.addedByAdmin) lines.push(`注意：添加我的 ${f.addedBy} 不是管理员。`);
  return lines.join('\n');
}

/** The admins' notice that the bot was removed from a group. */
export function botRemovedText(roomTopic: string, by: string | null): string {
  return `【群管家·退群】我已被${by ? ` ${by} ` : ''}移出“${roomTopic}”，此后不再在该群发言，已有记录保留。`;
}

/** The admins' notice that a group was renamed. */
export function roomRenamedText(oldTopic: string, newTopic: string, policyTopic: string | null, how: 'switched' | 'kept' | 'kept_not_admin' = 'switched'): string {
  const policy = policyTopic ? `策略“${policyTopic}”` : '默认策略';
  const tail =
    how === 'switched'
      ? `现使用${policy}。`
      : how === 'kept'
        ? `仍使用原来的${policy}（群策略按群绑定，不随群名改变）。`
        : `新群名与另一个已配置的群相同，但改名的不是管理员，仍使用原来的${policy}。如确需切换，请管理员改名或在策略文件中用 room_id 指定。`;
  return `【群管家·群名变更】“${oldTopic}”已改名为“${newTopic}”，记录保留；${tail}`;
}
