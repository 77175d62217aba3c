/**
 * `qunguard check`: lets an operator try the policy's screening on text without running a bot, one JSON result per input
 * line as the DESIGN.md contract promises.
 */
import type { Readable, Writable } from 'node:stream';
import type { Screener } from '../core/screen/screener.js';
import type { Finding } from '../core/types.js';
import { readContractLine } from './contract-line.js';
import { lineId, notUtf8Error, parseInputLine, tooLargeError, withoutBom } from './json-lines.js';
import { pipeLines } from './line-pipe.js';

/** `qunguard check`: one JSON object of findings per input line, in order (DESIGN.md contract). */
export async function runCheck(screener: Screener, input: Readable, output: Writable): Promise<void> {
  await pipeLines(
    input,
    output,
    (raw, lineNumber) => {
      if (raw === null) return `${JSON.stringify({ id: lineNumber, error: notUtf8Error(lineNumber), findings: [] })}\n`;
      const line = lineNumber === 1 ? withoutBom(raw) : raw;
      const contract = readContractLine(line, 'text');
      if (contract) return `{"id":${contract.id},"findings":${findingsJson(screener.screen(contract.value))}}\n`;
      if (looksPlain(line)) return `{"id":${lineNumber},"findings":${findingsJson(screener.screen(line))}}\n`;
      return `${JSON.stringify(checkLine(screener, raw, lineNumber))}\n`;
    },
    (lineNumber) => ({ id: lineNumber, error: tooLargeError(lineNumber), findings: [] }),
  );
}

/** The general path: any JSON, bad JSON, a missing or non-string `text`. */
function checkLine(screener: Screener, raw: string, lineNumber: number): Record<string, unknown> {
  const line = parseInputLine(raw, lineNumber);
  const id = lineId(line);
  if (line.error) return { id, error: line.error, findings: [] };
  const text = line.object ? line.object.text : line.text;
  if (typeof text !== 'string') return { id, error: `第 ${lineNumber} 行缺少字符串字段 "text"`, findings: [] };
  return { id, findings: screener.screen(text) };
}

function findingsJson(findings: Finding[]): string {
  return findings.length === 0 ? '[]' : JSON.stringify(findings);
}

/**
 * True when the line is surely plain text: it starts with a character that is
 * neither `{` nor anything `trimStart` could remove. Otherwise the general path decides.
 */
export function looksPlain(line: string): boolean {
  const first = line.charCodeAt(0);
  if (Number.isNaN(first)) return true;
  if (first === 0x7b || first <= 0x20) return false;
  return first < 0xa0 || (first > 0xa0 && first < 0x1680) || (first > 0x3000 && first < 0xfeff);
}
