/**
 * The `simulate` script format (DESIGN.md): a policy, one room, its people and timed steps, validated with Chinese
 * messages before anything runs.
 */
import { z } from 'zod';

const time = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: '时间格式应为 ISO 8601，例如 "2026-11-23T09:00:00+08:00"' });

const person = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  alias: z.string().optional(),
  member: z.boolean().default(false),
  friend: z.boolean().default(true),
});

const step = z.union([
  z.strictObject({ at: time, join: z.string().min(1), by: z.string().min(1) }),
  z.strictObject({ at: time, say: z.string().min(1), text: z.string(), mentions: z.array(z.string()).default([]) }),
  z.strictObject({ at: time, file: z.string().min(1), name: z.string().min(1) }),
  z.strictObject({ at: time, dm: z.string().min(1), text: z.string() }),
  z.strictObject({ at: time, image: z.string().min(1), path: z.string().min(1) }),
  z.strictObject({ at: time, card: z.string().min(1), contact: z.string().min(1), name: z.string().min(1) }),
  z.strictObject({ at: time, mini_program: z.string().min(1), title: z.string(), description: z.string().default('') }),
  z.strictObject({ at: time, link: z.string().min(1), url: z.string().min(1), title: z.string().default(''), description: z.string().default('') }),
  z.strictObject({ at: time, chat_history: z.string().min(1), records: z.array(z.strictObject({ name: z.string(), text: z.string() })).min(1) }),
  z.strictObject({ at: time, rename: z.string().min(1), alias: z.string().nullable() }),
  z.strictObject({ at: time, leave: z.string().min(1), by: z.string().optional() }),
  z.strictObject({ at: time, topic: z.string().min(1), by: z.string().min(1) }),
  z.strictObject({ at: time, add_bot: z.literal(true), by: z.string().min(1) }),
  z.strictObject({ at: time, remove_bot: z.literal(true), by: z.string().min(1) }),
  z.strictObject({ at: time, end: z.literal(true) }),
], { message: '无法识别的步骤：每步需要 at 和以下之一：join+by、say+text、file+name、dm+text、image+path、card+contact+name、mini_program+title、link+url、chat_history+records、rename+alias、leave、topic+by、add_bot+by、remove_bot+by、end' });

/** A `simulate` script (DESIGN.md): a policy, one room, its people, and timed steps. */
export const simulationScriptSchema = z
  .strictObject({
    policy: z.string().min(1),
    room: z.strictObject({
      id: z.string().min(1),
      topic: z.string().min(1),
      owner: z.string().min(1).default('bot'),
      bot_member: z.boolean().default(true),
    }),
    people: z.array(person).min(1),
    steps: z.array(step).min(1),
  })
  .superRefine((script, ctx) => {
    const ids = new Set(script.people.map((p) => p.id));
    script.steps.forEach((s, i) => {
      for (const key of ['join', 'by', 'say', 'file', 'dm', 'rename', 'leave', 'image', 'card', 'mini_program', 'link', 'chat_history'] as const) {
        const value = (s as Record<string, unknown>)[key];
        if (typeof value === 'string' && !ids.has(value)) ctx.addIssue({ code: 'custom', path: ['steps', i, key], message: `people 中没有 id 为 "${value}" 的人` });
      }
      const prev = script.steps[i - 1];
      if (prev && Date.parse(s.at) < Date.parse(prev.at)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'at'], message: '步骤时间不能早于上一步' });
    });
    if (script.room.owner !== 'bot' && !ids.has(script.room.owner)) ctx.addIssue({ code: 'custom', path: ['room', 'owner'], message: `room.owner 应为 bot 或 people 中的 id` });
  });

/** A validated simulation script. */
export type SimulationScript = z.infer<typeof simulationScriptSchema>;
/** One step of a script. */
export type SimulationStep = SimulationScript['steps'][number];
