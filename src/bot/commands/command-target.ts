import type { MemberRecord } from '../../core/records.js';
import type { CommandRequest } from './command-request.js';

/** The member a command is about: the first @-mention, else a name, nickname or id given as the first argument. */
export function commandTarget(req: CommandRequest): { member: MemberRecord; args: string[] } | null {
  const { ctx, room, msg } = req;
  const mentioned = msg.mentionIds.find((id) => id !== ctx.platform.selfId());
  if (mentioned) {
    const member = ctx.store.members.get(room.roomId, mentioned);
    return member ? { member, args: req.args } : null;
  }
  const word = req.args[0];
  if (!word) return null;
  const key = word.replace(/^@/, '');
  const member = ctx.store.members
    .listByRoom(room.roomId, { includeLeft: true })
    .find((m) => m.memberId === key || m.nickname === key || m.name === key);
  return member ? { member, args: req.args.slice(1) } : null;
}
