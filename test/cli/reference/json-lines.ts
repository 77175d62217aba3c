/** Reference: readline-based input as it was before chunked input (commit 48b0625), for the differential tests. */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** One input line of `check` or `nick`: a JSON object or plain text, numbered from 1. */
export interface InputLine {
  lineNumber: number;
  /** The parsed object, or null for plain text. */
  object: Record<string, unknown> | null;
  text: string;
  /** Set when the line looked like JSON but was not valid. */
  error: string | null;
}

/** Reads input lines one at a time, so a million lines are never held in memory. */
export async function* readInputLines(input: Readable): AsyncGenerator<InputLine> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const text = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!text.trimStart().startsWith('{')) {
      yield { lineNumber, object: null, text, error: null };
      continue;
    }
    try {
      const value: unknown = JSON.parse(text);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
      yield { lineNumber, object: value as Record<string, unknown>, text, error: null };
    } catch (err) {
      yield { lineNumber, object: null, text, error: `第 ${lineNumber} 行不是有效的 JSON 对象：${(err as Error).message}` };
    }
  }
}

/** The id of an input line: the object's `id` when it has one, else the line number. */
export function lineId(line: InputLine): unknown {
  return line.object && 'id' in line.object ? line.object.id : line.lineNumber;
}

/** Buffered JSON-lines writer that respects back-pressure. */
export function createJsonLinesWriter(output: Writable): { write(value: unknown): Promise<void>; end(): Promise<void> } {
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const chunk = buffer;
    buffer = '';
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', resolve));
  };
  return {
    async write(value) {
      buffer += `${JSON.stringify(value)}\n`;
      if (buffer.length >= 64 * 1024) await flush();
    },
    end: flush,
  };
}
