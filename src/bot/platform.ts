/** A group member as the platform shows it. */
export interface PlatformMember {
  id: string;
  /** The WeChat name. */
  name: string;
  /** The group nickname (room alias), when set. */
  alias: string | null;
}

/** What the bot asks the chat platform, Wechaty-free so the moderation flows can run on any adapter. */
export interface Platform {
  selfId(): string;
  roomIds(): Promise<string[]>;
  roomTopic(roomId: string): Promise<string>;
  roomMembers(roomId: string): Promise<PlatformMember[]>;
  roomMember(roomId: string, memberId: string): Promise<PlatformMember | null>;
  roomOwnerId(roomId: string): Promise<string | null>;
  /** True when the bot may write to this contact privately (a friend / colleague). */
  canMessage(contactId: string): Promise<boolean>;
  /** The room id of a group with this topic, if the bot is in one. */
  findRoomByTopic(topic: string): Promise<string | null>;
}

/** The nickname that counts for the real-name rule: the group alias, else the WeChat name. */
export function displayNickname(member: PlatformMember): string {
  return member.alias && member.alias.trim() !== '' ? member.alias : member.name;
}

/** The platform no longer knows this group (it was dissolved, or the bot left it while it was down). */
export class RoomGoneError extends Error {
  constructor(readonly roomId: string) {
    super(`room ${roomId} not found`);
    this.name = 'RoomGoneError';
  }
}
