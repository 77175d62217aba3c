/** Reference: `check` as it was before chunked input (commit 48b0625), kept so the differential test can compare output byte for byte. */
import type { Readable, Writable } from 'node:stream';
import type { Screener } from '../../../src/core/screen/screener.js';
import { createJsonLinesWriter, lineId, readInputLines } from './json-lines.js';

/** `qunguard check`: one JSON object of findings per input line, in order (DESIGN.md contract). */
export async function runCheck(screener: Screener, input: Readable, output: Writable): Promise<void> {
  const out = createJsonLinesWriter(output);
  for await (const line of readInputLines(input)) {
    const id = lineId(line);
    if (line.error) {
      await out.write({ id, error: line.error, findings: [] });
      continue;
    }
    const text = line.object ? line.object.text : line.text;
    if (line.object && typeof text !== 'string') {
      await out.write({ id, error: `第 ${line.lineNumber} 行缺少字符串字段 "text"`, findings: [] });
      continue;
    }
    await out.write({ id, findings: screener.screen(text as string) });
  }
  await out.end();
}
