import type * as PUPPET from 'wechaty-puppet';
import { FileBox, type FileBoxInterface } from 'file-box';
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

  /**
   * The mock types a sent file by a handful of extensions; every other document
   * (客户名单.xlsx) would arrive as Unknown. On WeChat a file is an attachment.
   */
  override async messageRawPayload(id: string): Promise<PUPPET.payloads.Message> {
    const payload = await super.messageRawPayload(id);
    if (payload.type === types.Message.Unknown && this.mocker.cacheFileBoxPayload.has(id)) return { ...payload, type: types.Message.Attachment };
    return payload;
  }

  /** The mock can only store files it can serialise: send images and documents as base64. */
  override async messageSendFile(conversationId: string, file: FileBoxInterface): Promise<void> {
    const portable = FileBox.fromBase64(await file.toBase64(), file.name);
    return super.messageSendFile(conversationId, portable);
  }

  override async roomDel(roomId: string, contactId: string): Promise<void> {
    const room = this.mocker.RoomMock.load(roomId);
    const member = this.mocker.ContactMock.load(contactId);
    const self = this.mocker.ContactMock.load(this.currentUserId);
    room.remove(member).by(self);
  }
}

export { mock };
