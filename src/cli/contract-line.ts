/** A line of exactly the contract's shape, read without JSON.parse. */
export interface ContractLine {
  /** The id as JSON text, exactly as JSON.stringify would print the parsed id. */
  id: string;
  /** The string field's value. */
  value: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SPACE = 0x20;

/**
 * Reads `{"id":ID,"FIELD":"VALUE"}` (spaces allowed after `:` and `,`), where
 * ID is a plain integer (no sign, no leading zero, at most 15 digits) or a
 * string and both strings have no escapes or control characters; the form that
 * JSON.stringify and most tools write. For such a line the result is what
 * JSON.parse would give; any other line returns null and takes the general path.
 */
export function readContractLine(line: string, field: string): ContractLine | null {
  if (line.charCodeAt(0) !== 0x7b || !line.startsWith('"id"', 1)) return null;
  let at = skipSpaces(line, 5);
  if (line.charCodeAt(at) !== 0x3a) return null;
  at = skipSpaces(line, at + 1);
  const idStart = at;
  const idEnd = line.charCodeAt(at) === QUOTE ? plainStringEnd(line, at + 1) + 1 : integerEnd(line, at);
  if (idEnd <= idStart) return null;
  at = skipSpaces(line, idEnd);
  if (line.charCodeAt(at) !== 0x2c) return null;
  at = skipSpaces(line, at + 1);
  if (line.charCodeAt(at) !== QUOTE || !line.startsWith(field, at + 1) || line.charCodeAt(at + 1 + field.length) !== QUOTE) return null;
  at = skipSpaces(line, at + field.length + 2);
  if (line.charCodeAt(at) !== 0x3a) return null;
  at = skipSpaces(line, at + 1);
  if (line.charCodeAt(at) !== QUOTE) return null;
  const valueEnd = plainStringEnd(line, at + 1);
  if (valueEnd < 0 || valueEnd !== line.length - 2 || line.charCodeAt(valueEnd + 1) !== 0x7d) return null;
  return { id: line.slice(idStart, idEnd), value: line.slice(at + 1, valueEnd) };
}

function skipSpaces(line: string, at: number): number {
  while (line.charCodeAt(at) === SPACE) at++;
  return at;
}

/** Index of the closing quote of a string body starting at `from`; -1 if it has an escape or a control character, or no end. */
function plainStringEnd(line: string, from: number): number {
  const end = line.indexOf('"', from);
  if (end < 0) return -1;
  for (let k = from; k < end; k++) {
    const code = line.charCodeAt(k);
    if (code < SPACE || code === BACKSLASH) return -1;
  }
  return end;
}

/** End of a canonical non-negative integer starting at `from` (printed back the same by JSON.stringify); `from` if there is none. */
function integerEnd(line: string, from: number): number {
  let at = from;
  while (at - from < 16) {
    const code = line.charCodeAt(at);
    if (code < 0x30 || code > 0x39) break;
    at++;
  }
  const digits = at - from;
  if (digits === 0 || digits > 15 || (digits > 1 && line.charCodeAt(from) === 0x30)) return from;
  return at;
}
