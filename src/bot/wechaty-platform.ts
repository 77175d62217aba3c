/**
 * The Platform and send ports implemented on a running Wechaty: room and member look-ups (names made discreet) and
 * the outbox's sends (say in a room, write privately, remove a member) with permanent failures told apart.
 */
import { FileBox } from 'file-box';
import { discreet } from '../core/wording/discreet-text.js';
import { types, type Wechaty } from 'wechaty';
import type { OutboxJob, SendBudget, SendPort } from './outbox/index.js';
import { PermanentSendError } from './outbox/index.js';
import { RoomGoneError, type Platform, type PlatformMember } from './platform.js';

type RoomOf = NonNullable<Awaited<ReturnType<Wechaty['Room']['find']>>>;

/** The Platform port on a running Wechaty. */
export function createWechatyPlatform(bot: Wechaty): Platform {
  const room = async (roomId: string): Promise<RoomOf> => {
    const found = await bot.Room.find({ id: roomId });
    if (!found) throw new RoomGoneError(roomId);
    return found;
  };
  const toMember = async (r: RoomOf, c: Awaited<ReturnType<RoomOf['memberAll']>>[number]): Promise<PlatformMember> => ({
    id: c.id,
    name: discreet(c.name()),
    alias: await r.alias(c).then((a) => (a ? discreet(a) : null), () => null),
  });
  return {
    selfId: () => bot.currentUser.id,
    async roomIds() {
      const rooms = await bot.Room.findAll();
      const mine = await Promise.all(rooms.map((r) => r.has(bot.currentUser).catch(() => false)));
      return rooms.filter((_, i) => mine[i]).map((r) => r.id);
    },
    roomTopic: async (roomId) => (await room(roomId)).topic(),
    async roomMembers(roomId) {
      const r = await room(roomId);
      return Promise.all((await r.memberAll()).map((c) => toMember(r, c)));
    },
    async roomMember(roomId, memberId) {
      const r = await room(roomId);
      const c = (await r.memberAll()).find((m) => m.id === memberId);
      return c ? toMember(r, c) : null;
    },
    roomOwnerId: async (roomId) => (await room(roomId)).owner()?.id ?? null,
    async canMessage(contactId) {
      const c = await bot.Contact.find({ id: contactId });
      if (!c) return false;
      return c.friend() === true || c.type() === types.Contact.Corporation;
    },
    async findRoomByTopic(topic) {
      return (await bot.Room.find({ topic }))?.id ?? null;
    },
  };
}

/** The outbox's send port on a running Wechaty: says in rooms, writes privately, removes members. */
export function createWechatySend(bot: Wechaty, platform: Platform): SendPort {
  const contact = async (id: string) => {
    const c = await bot.Contact.find({ id });
    if (!c) throw new PermanentSendError(`contact ${id} not found`);
    return c;
  };
  const file = (job: OutboxJob) =>
    'image' in job && job.image ? ('path' in job.image ? FileBox.fromFile(job.image.path) : FileBox.fromBase64(job.image.data.toString('base64'), job.image.name)) : null;
  /** Sends the image after its text; a retry would repeat the text, so an image failure is final. */
  const sayImage = async (say: (box: NonNullable<ReturnType<typeof file>>) => Promise<unknown>, job: OutboxJob, budget: SendBudget): Promise<void> => {
    const image = file(job);
    if (!image) return;
    try {
      await budget.beforeCall();
      await say(image);
    } catch (err) {
      throw new PermanentSendError('the image could not be sent after its text', { cause: err });
    }
  };
  return async (job, budget) => {
    if (job.kind === 'dm') {
      if (!(await platform.canMessage(job.contactId))) throw new PermanentSendError('the bot may not message this contact privately');
      const c = await contact(job.contactId);
      await budget.beforeCall();
      await c.say(job.text);
      await sayImage((box) => c.say(box), job, budget);
      return;
    }
    const r = await bot.Room.find({ id: job.roomId });
    if (!r) throw new PermanentSendError(`room ${job.roomId} not found`);
    if (job.kind === 'remove') {
      if (r.owner()?.id !== bot.currentUser.id) throw new PermanentSendError('the bot is not the group owner and cannot remove members');
      const member = await contact(job.memberId);
      await budget.beforeCall();
      await r.remove(member);
      return;
    }
    const mentions = await Promise.all(job.mentionIds.map((id) => bot.Contact.find({ id })));
    const found = mentions.filter((m): m is NonNullable<typeof m> => m !== undefined);
    await budget.beforeCall();
    if (found.length > 0) await r.say(job.text, ...found);
    else await r.say(job.text);
    await sayImage((box) => r.say(box), job, budget);
  };
}
