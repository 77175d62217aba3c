/**
 * Compiling the policy's message-kind rules (cards, links, mini-programs, images, flood) once at load into the units the
 * screener uses, with a group's own flood keys laid over the policy's.
 */
import { parseDuration } from '../policy/duration.js';
import type { Severity } from '../types.js';
import type { CardRule } from './card-policy.js';
import { normaliseDomain } from './domain-match.js';
import { DEFAULT_FLOOD_POLICY, type FloodPolicy } from './flood.js';
import type { LinkRules } from './link-policy.js';
import type { MiniProgramRule } from './mini-program-policy.js';
import { parseSize } from './parse-size.js';
import type { GroupKindsInput, KindsPolicyInput } from './policy-schema.js';

/** The message-kind rules compiled once: sizes in bytes, durations in ms, domains normalised. */
export interface KindsPolicy {
  images: { enabled: boolean; maxBytes: number };
  cards: CardRule;
  miniPrograms: MiniProgramRule;
  links: LinkRules;
  /** Null when flood detection is off. */
  flood: FloodPolicy | null;
}

/** Compiles the validated keys (validation guarantees every size, duration and domain parses). */
export function compileKindsPolicy(input: KindsPolicyInput): KindsPolicy {
  return {
    images: { enabled: input.images === 'on', maxBytes: parseSize(input.image_max_size) ?? 0 },
    cards: input.cards,
    miniPrograms: input.mini_programs,
    links: { deny: domains(input.links.deny), allow: domains(input.links.allow), internal: domains(input.links.internal) },
    flood: input.flood === null ? null : compileFlood(input.flood, DEFAULT_FLOOD_POLICY),
  };
}

/** A group's flood rule: the policy's, replaced by `null` (off there), or with the group's keys over it. */
export function groupFloodPolicy(base: FloodPolicy | null, override: GroupKindsInput['flood']): FloodPolicy | null {
  if (override === undefined) return base;
  if (override === null) return null;
  return compileFlood(override, base ?? DEFAULT_FLOOD_POLICY);
}

function compileFlood(raw: { messages?: number; within?: string; repeats?: number; severity?: string }, base: FloodPolicy): FloodPolicy {
  return {
    messages: raw.messages ?? base.messages,
    withinMs: raw.within !== undefined ? (parseDuration(raw.within) ?? base.withinMs) : base.withinMs,
    repeats: raw.repeats ?? base.repeats,
    severity: (raw.severity as Severity | undefined) ?? base.severity,
  };
}

function domains(entries: readonly string[]): string[] {
  return [...new Set(entries.map(normaliseDomain).filter((d): d is string => d !== null))];
}
