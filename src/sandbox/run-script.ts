/**
 * `qunguard simulate`: plays a script's timed steps through the real plugin on a simulated clock and emits every bot
 * action as a JSON line, the DESIGN.md contract for reproducible runs.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Logger } from 'pino';
import { createPolicyHolder } from '../bot/policy-holder.js';
import { parseYamlFile } from '../policy/parse-yaml-file.js';
import { createSimClock } from '../schedule/sim-clock.js';
import { createMemoryStore, type Store } from '../store/index.js';
import { formatOffsetTime } from './format-offset-time.js';
import { createSimulation, type BotAction, type Simulation } from './simulation.js';
import { simulationScriptSchema, type SimulationStep } from './simulation-script.js';

/** Runs a `simulate` script through the real plugin on a simulated clock; every bot action goes to `emit`. */
export async function runScript(scriptPath: string, emit: (line: Record<string, unknown>) => void, opts: { log: Logger; store?: Store }): Promise<void> {
  const script = parseYamlFile(resolve(scriptPath), simulationScriptSchema, scriptPath).data;
  const holder = createPolicyHolder(resolve(dirname(resolve(scriptPath)), script.policy));
  const timeZone = holder.current().compiled.timeZone;
  const clock = createSimClock(Date.parse(script.steps[0]!.at) - 60_000);
  const store = opts.store ?? createMemoryStore();
  const toLine = (a: BotAction): Record<string, unknown> => ({ ...a, at: formatOffsetTime(a.at, timeZone) });
  const sim = createSimulation({
    policy: holder,
    store,
    clock,
    log: opts.log,
    room: { id: script.room.id, topic: script.room.topic, owner: script.room.owner, botMember: script.room.bot_member },
    people: script.people,
    onAction: (a) => emit(toLine(a)),
  });
  await sim.start();
  for (const step of script.steps) {
    await clock.advanceTo(Date.parse(step.at), () => sim.settle());
    await sim.settle();
    if ('end' in step) break;
    await perform(sim, step, dirname(resolve(scriptPath)));
  }
  await sim.stop();
}

async function perform(sim: Simulation, step: SimulationStep, scriptDir: string): Promise<void> {
  if ('image' in step) return sim.sayImage(step.image, await readFile(resolve(scriptDir, step.path)), basename(step.path));
  if ('card' in step) return sim.share(step.card, { kind: 'card', contactId: step.contact, name: step.name });
  if ('mini_program' in step) return sim.share(step.mini_program, { kind: 'mini_program', title: step.title, description: step.description });
  if ('link' in step) return sim.share(step.link, { kind: 'link', url: step.url, title: step.title, description: step.description });
  if ('chat_history' in step) return sim.forwardChat(step.chat_history, step.records);
  if ('join' in step) return sim.join(step.join, step.by);
  if ('say' in step) return sim.say(step.say, step.text, step.mentions);
  if ('file' in step) return sim.sayFile(step.file, step.name);
  if ('dm' in step) return sim.dm(step.dm, step.text);
  if ('rename' in step) return sim.rename(step.rename, step.alias);
  if ('leave' in step) return sim.leave(step.leave, step.by);
  if ('topic' in step) return sim.setTopic(step.topic, step.by);
  if ('add_bot' in step) return sim.addBot(step.by);
  if ('remove_bot' in step) return sim.removeBot(step.by);
}
