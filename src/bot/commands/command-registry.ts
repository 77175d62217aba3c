/** The handler of every command in the registry (src/core/commands/command-names.ts); the record type makes a missing one a type error. */
import type { CommandName } from '../../core/commands/command-names.js';
import { appeal, confirm, exempt, keep, pardon, record, reject, remove, showCase, warn } from './case-commands.js';
import type { CommandDeps } from './command-deps.js';
import type { CommandRequest } from './command-request.js';
import { myId } from './my-id.js';
import { mute, unmute } from './mute-commands.js';
import { report } from './report-command.js';
import { check, dictionary, digest, help, pause, rules, stats } from './group-commands.js';

/** Runs one command for a request whose rights were already checked. */
export type CommandRun = (req: CommandRequest, deps: CommandDeps) => Promise<void> | void;

/** Command name → handler. */
export const COMMAND_HANDLERS: Readonly<Record<CommandName, CommandRun>> = {
  help,
  rules,
  warn,
  pardon,
  record,
  case: showCase,
  remove,
  keep,
  exempt: (req) => exempt(req, true),
  unexempt: (req) => exempt(req, false),
  pause: (req) => pause(req, true),
  resume: (req) => pause(req, false),
  dict: dictionary,
  allow: dictionary,
  stats,
  digest,
  check,
  appeal,
  reject,
  confirm,
  report,
  mute,
  unmute,
  myid: (req) => myId(req.ctx, req.msg),
};
