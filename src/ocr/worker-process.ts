/**
 * Starting, holding and killing the OCR worker child process: it keeps the bot's process alive only while reading an
 * image, and is killed outright when stuck in native code.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A started worker process and a promise of its end. */
export interface WorkerProcess {
  child: ChildProcess;
  exited: Promise<void>;
}

/**
 * Starts the worker script as a child process with an IPC channel that carries
 * typed arrays (advanced serialisation). It gets none of the parent's flags
 * (some, like --input-type or --eval, break a script), and does not hold the
 * bot's process open until `hold` says so.
 */
export function startWorker(url: URL): WorkerProcess {
  const child = fork(fileURLToPath(url), [], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  hold(child, false);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, exited };
}

/** While an image is being read the worker keeps the bot's process alive; idle, it does not hold it open. */
export function hold(child: ChildProcess, holding: boolean): void {
  if (holding) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
  }
}

/** Kills the worker outright (it may be stuck in native code, so no polite request) and resolves once it is gone. */
export function killWorker(worker: WorkerProcess): Promise<void> {
  hold(worker.child, true); // until its exit is seen, or an exiting bot would not wait for it
  worker.child.kill('SIGKILL');
  return worker.exited;
}

/** Sends one message; a worker that died meanwhile is dealt with by its exit event, not here. */
export function sendToWorker(child: ChildProcess, message: unknown): void {
  child.send(message as object, () => {});
}
