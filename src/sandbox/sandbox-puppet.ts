import type * as PUPPET from 'wechaty-puppet';
import { types } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';

/**
 * wechaty-puppet-mock with the two things a moderation bot needs to see:
 * group nicknames (room aliases) and removals that actually remove.
 */
export class SandboxPuppet extends PuppetMock {
  private readonly aliases = new Map<string, string>();

  /** Sets (or clears, with null) a member's group nickname in a room. */
  setRoomAlias(roomId: string, contactId: string, alias: string | null): void {
    const key = `${roomId}\u0000${contactId}`;
    if (alias === null) this.aliases.delete(key);
    else this.aliases.set(key, alias);
    this.dirtyPayload(types.Dirty.RoomMember, roomId);
  }

  override async roomMemberRawPayload(roomId: string, contactId: string): Promise<PUPPET.payloads.RoomMember> {
    const payload = await super.roomMemberRawPayload(roomId, contactId);
    const alias = this.aliases.get(`${roomId}\u0000${contactId}`);
    return alias === undefined ? payload : { ...payload, roomAlias: alias };
  }

  override async roomDel(roomId: string, contactId: string): Promise<void> {
    const room = this.mocker.RoomMock.load(roomId);
    const member = this.mocker.ContactMock.load(contactId);
    const self = this.mocker.ContactMock.load(this.currentUserId);
    room.remove(member).by(self);
  }
}

export { mock };
