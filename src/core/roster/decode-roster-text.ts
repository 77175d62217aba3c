/**
 * The text of a roster file as HR saves it: UTF-8 (with or without BOM), or GBK/GB18030,
 * what Excel writes for "CSV" on Chinese Windows. Pure: the caller reads the bytes.
 */
import iconv from 'iconv-lite';

/** The encodings a roster may come in. */
export type RosterEncoding = 'utf-8' | 'gb18030';

/** The decoded text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: RosterEncoding;
}

/**
 * UTF-8 when the bytes are valid UTF-8 (any file of plain ASCII is); otherwise GB18030
 * (a superset of GBK and GB2312) when they decode cleanly; otherwise null: the caller
 * says which encodings are understood.
 */
export function decodeRosterText(bytes: Uint8Array): DecodedText | null {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try the Chinese Windows code page below
  }
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  return text.includes('\uFFFD') ? null : { text, encoding: 'gb18030' };
}
