import { msSince, type PreparedEngine } from './engines.js';

/** Wall and CPU time of one engine over a span of messages (a chunk, or a whole pass summed). */
export interface PassTotal {
  wallMs: number;
  /** CPU time (user + system, all threads). */
  cpuMs: number;
}

/**
 * Times whole-corpus passes with every engine in this process taking turns
 * every `chunk` messages, the order rotating chunk by chunk and pass by pass,
 * so load from elsewhere on a shared machine hits all engines alike. One
 * untimed warm-up pass first. Returns, per engine, its summed time per pass.
 */
export function takeTurns(engines: readonly PreparedEngine[], corpus: readonly string[], passes: number, chunk: number): PassTotal[][] {
  const totals = engines.map(() => [] as PassTotal[]);
  for (const engine of engines) timeSpan(engine, corpus, 0, corpus.length);
  for (let p = 0; p < passes; p++) {
    (globalThis as { gc?: () => void }).gc?.();
    const pass = engines.map(() => ({ wallMs: 0, cpuMs: 0 }));
    for (let from = 0, c = 0; from < corpus.length; from += chunk, c++) {
      for (let turn = 0; turn < engines.length; turn++) {
        const e = (c + p + turn) % engines.length;
        const t = timeSpan(engines[e]!, corpus, from, Math.min(corpus.length, from + chunk));
        pass[e]!.wallMs += t.wallMs;
        pass[e]!.cpuMs += t.cpuMs;
      }
    }
    pass.forEach((t, e) => totals[e]!.push(t));
  }
  return totals;
}

/** Wall and CPU time of one engine screening corpus[from..to). */
function timeSpan(engine: PreparedEngine, corpus: readonly string[], from: number, to: number): PassTotal {
  let sink = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = from; i < to; i++) sink += (engine.screen(corpus[i]!) as unknown[]).length;
  const wallMs = msSince(start);
  const used = process.cpuUsage(cpuStart);
  if (sink < 0) throw new Error('unreachable: keeps the results alive');
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}
