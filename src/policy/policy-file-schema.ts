/**
 * The policy file's schema as the loader applies it: the core schema plus the checks that need a library the pure core
 * does not take, such as validating every cron field with node-cron at its own key and line.
 */
import { validate as isValidCron } from 'node-cron';
import { CRON_FIELDS, CRON_INVALID, policySchema } from '../core/policy/schema.js';

/**
 * The policy file's schema as the loader applies it: the core schema plus what needs a
 * library the core does not take — every cron field is checked with node-cron, the
 * scheduler that will run it, and a bad one is reported at its key (file and line).
 */
export const policyFileSchema = policySchema.superRefine((policy, ctx) => {
  for (const [section, key] of CRON_FIELDS) {
    const value = policy[section][key];
    if (value !== null && !isValidCron(value)) ctx.addIssue({ code: 'custom', path: [section, key], message: CRON_INVALID });
  }
});
