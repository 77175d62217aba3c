/**
 * Helpers for the policy schema tests: how a refused policy is named in an assertion,
 * and the message-kinds defaults that the kinds fragment and the whole policy both fill in.
 */
import { expect } from 'vitest';
import type { z } from 'zod';

/** The first issue of a parse that must fail, as `path: message` (the parse succeeding fails the test). */
export function firstIssue(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

/** The message-kinds settings a policy that names none of them parses to. */
export const KINDS_DEFAULTS = {
  images: 'on',
  image_max_size: '10MB',
  cards: 'roster_only',
  mini_programs: 'allow',
  links: { deny: [], allow: [], internal: [] },
  flood: { messages: 10, within: '60s', repeats: 3, severity: 'low' },
} as const;
