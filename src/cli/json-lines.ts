/**
 * The JSON-lines conventions shared by `check` and `nick`: each input line is plain text or a JSON object, carries an id,
 * and gets an error line (not UTF-8, too large) instead of aborting the run; output respects back-pressure.
 */
import type { Writable } from 'node:stream';

/** One input line of `check` or `nick`: a JSON object or plain text, numbered from 1. */
export interface InputLine {
  lineNumber: number;
  /** The parsed object, or null for plain text. */
  object: Record<string, unknown> | null;
  text: string;
  /** Set when the line looked like JSON but was not valid. */
  error: string | null;
}

/** Reads one line the general way: plain text, or a JSON object when it starts with `{`; a BOM before the first line is dropped. */
export function parseInputLine(raw: string, lineNumber: number): InputLine {
  const text = lineNumber === 1 ? withoutBom(raw) : raw;
  if (!text.trimStart().startsWith('{')) return { lineNumber, object: null, text, error: null };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    return { lineNumber, object: value as Record<string, unknown>, text, error: null };
  } catch (err) {
    return { lineNumber, object: null, text, error: `第 ${lineNumber} 行不是有效的 JSON 对象：${(err as Error).message}` };
  }
}

/** The first line without the byte-order mark editors put before it. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The id of an input line: the object's `id` when it has one, else the line number. */
export function lineId(line: InputLine): unknown {
  return line.object && 'id' in line.object ? line.object.id : line.lineNumber;
}

/** What a line that is not UTF-8 gets instead of a misread (GBK files are common on Windows). */
export function notUtf8Error(lineNumber: number): string {
  return `第 ${lineNumber} 行不是 UTF-8 文本，请先另存为 UTF-8`;
}

/** What a line gets when it is too long or nested too deep to check, so the lines after it still are. */
export function tooLargeError(lineNumber: number): string {
  return `第 ${lineNumber} 行过长或嵌套过深，无法检查`;
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
