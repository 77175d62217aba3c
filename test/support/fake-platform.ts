/**
 * Test support: a Platform from a few facts (the bot's id, its groups, their members and
 * owners), answering like an empty WeChat account for everything not given. A full
 * Platform, not a cast; override any call for what a test is about.
 */
import type { Platform, PlatformMember } from '../../src/bot/platform.js';

/** The facts a fake platform answers from. */
export interface FakePlatformFacts {
  selfId?: string;
  /** Group id -> topic. */
  rooms?: Record<string, string>;
  /** Group id -> members (the bot itself need not be listed). */
  members?: Record<string, PlatformMember[]>;
  /** Group id -> owner id. */
  owners?: Record<string, string>;
  /** Contacts the bot may message privately; default everyone. */
  canMessage?: (contactId: string) => boolean;
}

/** A platform over fixed facts; `override` replaces single calls. */
export function fakePlatform(facts: FakePlatformFacts = {}, override: Partial<Platform> = {}): Platform {
  const rooms = facts.rooms ?? {};
  const members = facts.members ?? {};
  const platform: Platform = {
    selfId: () => facts.selfId ?? 'bot',
    roomIds: async () => Object.keys(rooms),
    roomTopic: async (id) => rooms[id] ?? id,
    roomMembers: async (id) => members[id] ?? [],
    roomMember: async (roomId, memberId) => (members[roomId] ?? []).find((m) => m.id === memberId) ?? null,
    roomOwnerId: async (id) => facts.owners?.[id] ?? null,
    canMessage: async (id) => facts.canMessage?.(id) ?? true,
    findRoomByTopic: async (topic) => Object.entries(rooms).find(([, t]) => t === topic)?.[0] ?? null,
  };
  return { ...platform, ...override };
}
