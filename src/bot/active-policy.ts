/**
 * The policy in force as the flows read it: the loaded file together with its compiled screener, nickname checker and
 * per-group settings, built in one step so a hot reload swaps them all at once and never leaves a half-old policy.
 */
import type { NicknameChecker } from '../core/nickname/check-nickname.js';
import { policyNicknameChecker } from '../policy/policy-nickname-checker.js';
import type { GroupSettings } from '../core/policy/group-settings.js';
import type { CompiledPolicy } from '../policy/compile-policy.js';
import type { Screener } from '../core/screen/screener.js';
import type { LoadedPolicy } from '../policy/load-policy.js';

/** The policy in force with everything compiled from it; replaced whole on a hot reload. */
export interface ActivePolicy {
  loaded: LoadedPolicy;
  /** The typed policy: time zone, work hours, alerts room, outbox, nickname rules. */
  compiled: CompiledPolicy;
  screener: Screener;
  checkNickname: NicknameChecker;
  settings(topic: string): GroupSettings;
}

/** Builds the compiled form of a loaded policy. */
export function activatePolicy(loaded: LoadedPolicy, screener: Screener): ActivePolicy {
  const { compiled } = loaded;
  return { loaded, compiled, screener, checkNickname: policyNicknameChecker(loaded), settings: compiled.settings };
}
