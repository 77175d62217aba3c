/**
 * The loop behind the line-by-line CLI commands: every input line in order to exactly one output line, written in
 * chunk-sized batches that wait for the output, and a line too big to handle answered with an error instead of a crash.
 */
import type { Readable, Writable } from 'node:stream';
import { LineSplitter } from './line-splitter.js';

/** Turns one input line (null: not UTF-8) into its output line, newline included. */
export type LineHandler = (text: string | null, lineNumber: number) => string;

/**
 * Runs every line of `input` through `handle`, in order, and writes what the
 * lines of one input chunk gave as one write, waiting whenever the output is
 * full. A line too big for the engine (a RangeError: call stack or string size)
 * gets `tooLarge(lineNumber)` written in its place and the run goes on.
 */
export async function pipeLines(input: Readable, output: Writable, handle: LineHandler, tooLarge: (lineNumber: number) => unknown): Promise<void> {
  const splitter = new LineSplitter();
  let lineNumber = 0;
  let pending = '';
  const sink = (text: string | null): void => {
    lineNumber++;
    try {
      pending += handle(text, lineNumber);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      pending += `${JSON.stringify(tooLarge(lineNumber))}\n`;
    }
  };
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const chunk = pending;
    pending = '';
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', resolve));
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    splitter.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, sink);
    await flush();
  }
  splitter.end(sink);
  await flush();
}
