/**
 * A small RFC 4180 reader for roster files: commas, double-quoted fields with
 * `""` escapes and line breaks inside, CRLF or LF, a leading BOM. Pure: the
 * caller reads the file.
 */

/** One CSV record and the 1-based line it starts on; fields are trimmed. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Called on a syntax error; must throw (the caller's typed error carries the source). */
export type CsvFail = (line: number, detail: string) => never;

/** Split CSV text into records; blank lines and rows of empty fields (`,,`) are skipped. */
export function readCsv(text: string, fail: CsvFail): CsvRecord[] {
  const records: CsvRecord[] = [];
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let afterQuote = false;

  const endField = (): void => {
    fields.push(field.trim());
    field = '';
    afterQuote = false;
  };
  const endRecord = (): void => {
    if (fields.some((f) => f !== '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < input.length; i += 1) {
    const c = input[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          inQuotes = false;
          afterQuote = true;
        }
      } else if (c === '\r' || c === '\n') {
        if (c === '\r' && input[i + 1] === '\n') i += 1;
        field += '\n';
        line += 1;
      } else {
        field += c;
      }
    } else if (c === ',') {
      endField();
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] === '\n') i += 1;
      endField();
      endRecord();
      line += 1;
      recordLine = line;
    } else if (afterQuote) {
      if (c !== ' ' && c !== '\t') {
        fail(line, '引号结束后还有字符：整个字段都应放在双引号内，字段内的引号写成两个 "" / text after a closing quote: put the whole field in quotes and double any quote inside it');
      }
    } else if (c === '"' && field.trim() === '') {
      inQuotes = true;
      quoteLine = line;
      field = '';
    } else {
      field += c;
    }
  }
  if (inQuotes) {
    fail(quoteLine, '双引号没有闭合：请在字段末尾补上 " / unterminated quote: add the closing " at the end of the field');
  }
  if (fields.length > 0 || field !== '' || afterQuote) {
    endField();
    endRecord();
  }
  return records;
}
