/** The one nickname checker a loaded policy makes: the bot and `qunguard nick` judge nicknames the same way. */
import { createNicknameChecker, type NicknameChecker } from '../core/nickname/check-nickname.js';
import type { LoadedPolicy } from './load-policy.js';

/** The checker for the policy's departments, bare-name executives and roster. */
export function policyNicknameChecker(loaded: LoadedPolicy): NicknameChecker {
  return createNicknameChecker({
    departments: loaded.compiled.nickname.departments,
    nameOnly: loaded.compiled.nickname.nameOnly,
    roster: loaded.roster ?? undefined,
  });
}
