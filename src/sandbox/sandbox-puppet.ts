/**
 * The puppet every simulation runs on (`qunguard start` without an account, `simulate`, the bot tests), so the real
 * plugin is exercised end to end without WeChat.
 */
import type * as PUPPET from 'wechaty-puppet';
import { FileBox, type FileBoxInterface } from 'file-box';
import { types } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';

/** What a simulated member can share besides text and files. */
export type SandboxShared =
  | { kind: 'card'; contactId: string; name: string }
  | { kind: 'mini_program'; title: string; description: string }
  | { kind: 'link'; url: string; title: string; description: string }
  | { kind: 'chat_history'; xml: string };

type SharedPayload =
  | { kind: 'card'; contactId: string }
  | { kind: 'mini_program'; payload: PUPPET.payloads.MiniProgram }
  | { kind: 'link'; payload: PUPPET.payloads.UrlLink }
  | { kind: 'chat_history' };

const SHARED_TYPES: Record<SandboxShared['kind'], number> = {
  card: types.Message.Contact,
  mini_program: types.Message.MiniProgram,
  link: types.Message.Url,
  chat_history: types.Message.ChatHistory,
};

/**
 * wechaty-puppet-mock with what a moderation bot needs to see: group
 * nicknames (room aliases), removals that actually remove, and cards,
 * mini-programs, links and forwarded chats (commented out in the mock).
 */
export class SandboxPuppet extends PuppetMock {
  private readonly aliases = new Map<string, string>();
  private readonly shared = new Map<string, SharedPayload>();
  private sharedSeq = 0;

  /**
   * A member shares a card, mini-program, link or forwarded chat in a room: the
   * message is created with its type and the payload kept for the puppet's
   * `messageContact`/`messageMiniProgram`/`messageUrl` (the mock's own `say`
   * cannot send these). Emits the message; returns its id.
   */
  shareInRoom(talkerId: string, roomId: string, timestamp: number, item: SandboxShared): string {
    const id = `shared-${++this.sharedSeq}-${roomId}`;
    if (item.kind === 'card' && !this.knowsContact(item.contactId)) this.mocker.createContact({ id: item.contactId, name: item.name });
    this.shared.set(id, item.kind === 'card' ? { kind: 'card', contactId: item.contactId } : item.kind === 'mini_program' ? { kind: 'mini_program', payload: { title: item.title, description: item.description } } : item.kind === 'link' ? { kind: 'link', payload: { url: item.url, title: item.title, description: item.description } } : { kind: 'chat_history' });
    const type = SHARED_TYPES[item.kind];
    const text = item.kind === 'chat_history' ? item.xml : '';
    this.mocker.MessageMock.create({ id, talkerId, roomId, mentionIdList: [], timestamp, type, text } as never);
    this.emit('message', { messageId: id });
    return id;
  }

  private knowsContact(id: string): boolean {
    try {
      this.mocker.ContactMock.load(id);
      return true;
    } catch {
      return false;
    }
  }

  override async messageContact(messageId: string): Promise<string> {
    const item = this.shared.get(messageId);
    return item?.kind === 'card' ? item.contactId : super.messageContact(messageId);
  }

  override async messageMiniProgram(messageId: string): Promise<PUPPET.payloads.MiniProgram> {
    const item = this.shared.get(messageId);
    return item?.kind === 'mini_program' ? item.payload : super.messageMiniProgram(messageId);
  }

  override async messageUrl(messageId: string): Promise<PUPPET.payloads.UrlLink> {
    const item = this.shared.get(messageId);
    return item?.kind === 'link' ? item.payload : super.messageUrl(messageId);
  }

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
