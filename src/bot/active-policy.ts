import { createNicknameChecker, type NicknameChecker } from '../core/nickname/check-nickname.js';
import { groupSettings, type GroupSettings } from '../core/policy/group-settings.js';
import type { Screener } from '../core/screen/screener.js';
import type { LoadedPolicy } from '../policy/load-policy.js';

/** The policy in force with everything compiled from it; replaced whole on a hot reload. */
export interface ActivePolicy {
  loaded: LoadedPolicy;
  screener: Screener;
  checkNickname: NicknameChecker;
  settings(topic: string): GroupSettings;
}

/** Builds the compiled form of a loaded policy. */
export function activatePolicy(loaded: LoadedPolicy, screener: Screener): ActivePolicy {
  const checkNickname = createNicknameChecker({
    departments: loaded.policy.nickname.departments,
    nameOnly: loaded.policy.nickname.name_only,
    roster: loaded.roster ?? undefined,
  });
  const cache = new Map<string, GroupSettings>();
  return {
    loaded,
    screener,
    checkNickname,
    settings(topic) {
      let s = cache.get(topic);
      if (!s) {
        s = groupSettings(loaded.policy, topic);
        cache.set(topic, s);
      }
      return s;
    },
  };
}
