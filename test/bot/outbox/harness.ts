/** Test support: an outbox wired to a manual clock, a recording send port and a recording logger. */
import { createOutbox } from '../../../src/bot/outbox/outbox.js';
import type { OutboxOptions } from '../../../src/bot/outbox/options.js';
import type { OutboxJob } from '../../../src/bot/outbox/job.js';
import { recordingLogger, recordingSend, type SendOutcome } from './fakes.js';
import { ManualClock } from './manual-clock.js';

/** Options a test may override (the ports are always the fakes). */
export type TestOptions = Omit<OutboxOptions, 'send' | 'logger' | 'timers'>;

/** Builds the outbox under test; `behave` scripts the send port's answers. */
export function harness(options: TestOptions = {}, behave?: (job: OutboxJob, index: number) => SendOutcome) {
  const clock = new ManualClock();
  const { send, calls } = recordingSend(clock, behave);
  const logger = recordingLogger();
  const outbox = createOutbox({ ...options, send, logger, timers: clock });
  /** Enqueues each job at its simulated time (ms from start), then runs until the outbox is idle. */
  async function run(schedule: [number, OutboxJob][]): Promise<void> {
    for (const [at, job] of [...schedule].sort((a, b) => a[0] - b[0])) {
      if (at > clock.now()) await clock.advance(at - clock.now());
      outbox.enqueue(job);
    }
    await clock.runUntil(outbox.idle());
  }
  return { clock, outbox, calls, logger, run };
}
