/**
 * Cutting the CLI's byte input into lines (LF, CRLF, lone CR) and decoding each line's UTF-8 on its own, so one GBK or
 * binary line is reported as such without spoiling its neighbours.
 */
import { isUtf8 } from 'node:buffer';

const LF = 0x0a;
const CR = 0x0d;

/** Receives each complete input line: its text, or null when its bytes are not UTF-8 (GBK, binary, a cut character). */
export type LineSink = (text: string | null) => void;

/**
 * Cuts a byte stream into lines where readline did — `\n`, `\r\n` (also when
 * split across chunks) and a lone `\r`; a last line without an end still
 * counts, an empty one does not — and decodes each chunk's complete lines in
 * one go. UTF-8 is checked on the bytes of each line (never of a chunk, which
 * may end inside a character): one bad line does not spoil its neighbours.
 * CR and LF never occur inside a UTF-8 or GBK multi-byte character, so cutting
 * the bytes there is safe for any input.
 */
export class LineSplitter {
  private carry: Buffer[] = [];
  private afterCr = false;

  /** Emits the lines that `chunk` completes; keeps the unfinished rest for the next chunk. */
  push(chunk: Buffer, sink: LineSink): void {
    if (chunk.length === 0) return;
    let from = 0;
    if (this.afterCr) {
      this.afterCr = false;
      if (chunk[0] === LF) from = 1; // the second half of a CRLF cut between chunks
    }
    const end = Math.max(chunk.lastIndexOf(LF), chunk.lastIndexOf(CR)) + 1;
    if (end <= from) {
      if (from < chunk.length) this.carry.push(chunk.subarray(from));
      return;
    }
    let lines = chunk.subarray(from, end);
    if (this.carry.length > 0) {
      this.carry.push(lines);
      lines = Buffer.concat(this.carry);
      this.carry = [];
    }
    if (end < chunk.length) this.carry.push(chunk.subarray(end));
    this.afterCr = chunk[end - 1] === CR;
    emitLines(lines, sink);
  }

  /** Emits the last line when the input did not end with a line end. */
  end(sink: LineSink): void {
    if (this.carry.length === 0) return;
    const rest = Buffer.concat(this.carry);
    this.carry = [];
    if (rest.length > 0) sink(decodeLine(rest, 0, rest.length));
  }
}

/** `bytes` ends with a line end: every line in it is complete. */
function emitLines(bytes: Buffer, sink: LineSink): void {
  if (isUtf8(bytes)) {
    const text = bytes.toString('utf8');
    if (bytes.indexOf(CR) < 0) splitAtLf(text, sink);
    else splitAtAnyEnd(text.length, (code, from) => text.indexOf(code === LF ? '\n' : '\r', from), (at) => text.charCodeAt(at), (start, stop) => sink(text.slice(start, stop)));
    return;
  }
  splitAtAnyEnd(bytes.length, (code, from) => bytes.indexOf(code, from), (at) => bytes[at] ?? -1, (start, stop) => sink(decodeLine(bytes, start, stop)));
}

/** The common case: text with LF line ends only. */
function splitAtLf(text: string, sink: LineSink): void {
  for (let start = 0; start < text.length; ) {
    const lf = text.indexOf('\n', start);
    sink(text.slice(start, lf));
    start = lf + 1;
  }
}

/** Cuts [0, length) at LF, CRLF and lone CR; each search runs once per end found, so CR-only files stay linear. */
function splitAtAnyEnd(length: number, find: (code: number, from: number) => number, at: (index: number) => number, line: (start: number, stop: number) => void): void {
  const next = (code: number, from: number): number => {
    const found = find(code, from);
    return found < 0 ? Number.MAX_SAFE_INTEGER : found;
  };
  let lf = -1;
  let cr = -1;
  for (let start = 0; start < length; ) {
    if (lf < start) lf = next(LF, start);
    if (cr < start) cr = next(CR, start);
    const stop = Math.min(lf, cr);
    line(start, stop);
    start = stop + (stop === cr && at(stop + 1) === LF ? 2 : 1);
  }
}

/** The text of bytes[start, stop), or null when they are not UTF-8. */
function decodeLine(bytes: Buffer, start: number, stop: number): string | null {
  return isUtf8(bytes.subarray(start, stop)) ? bytes.toString('utf8', start, stop) : null;
}
