/**
 * A console member sharing a card, mini-program, link or forwarded chat: printed as the group would show it, then handed
 * to the simulation through the same calls the simulate script's steps use.
 */
import type { Simulation } from '../simulation.js';
import type { ShareCommand } from './parse-share-command.js';
import type { PeopleDirectory } from './people-directory.js';

/** Contact id of a card whose person the console does not know (a made-up stranger). */
const STRANGER_PREFIX = 'wxid_card_';

/** What a share needs from the console session. */
export interface ShareDeps {
  sim: Simulation;
  directory: PeopleDirectory;
  /** Prints what happened in the group, stamped with the simulated time. */
  event: (text: string) => void;
}

/**
 * A member shares a card, mini-program, link or forwarded chat: the console
 * prints it as the group would show it, then hands it to the simulation's
 * `share`/`forwardChat`, the same calls the simulate script's steps make.
 */
export async function shareInConsole(cmd: ShareCommand, senderId: string, { sim, directory, event }: ShareDeps): Promise<void> {
  const sender = directory.display(senderId);
  switch (cmd.kind) {
    case 'card': {
      const known = directory.find(cmd.contact);
      const card = 'error' in known ? { contactId: `${STRANGER_PREFIX}${cmd.contact}`, name: cmd.contact } : { contactId: known.person.id, name: known.person.name };
      event(`${sender} 推荐了名片：${card.name}${'error' in known ? '（不是群里或可邀请的人）' : ''}`);
      return sim.share(senderId, { kind: 'card', ...card });
    }
    case 'mini':
      event(`${sender} 分享了小程序：${cmd.title}${cmd.description ? `（${cmd.description}）` : ''}`);
      return sim.share(senderId, { kind: 'mini_program', title: cmd.title, description: cmd.description });
    case 'link': {
      const shown = [cmd.title, cmd.description].filter((s) => s !== '').join('：');
      event(`${sender} 分享了链接：${shown ? `${shown} ` : ''}${cmd.url}`);
      return sim.share(senderId, { kind: 'link', url: cmd.url, title: cmd.title, description: cmd.description });
    }
    case 'forward':
      event([`${sender} 转发了聊天记录（${cmd.records.length} 条）：`, ...cmd.records.map((r) => `    ${r.name}：${r.text}`)].join('\n'));
      return sim.forwardChat(senderId, cmd.records);
  }
}
