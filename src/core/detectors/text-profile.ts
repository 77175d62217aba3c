/**
 * What one cheap pass over a text says it could contain, so a detector that
 * cannot possibly hit is never run: a clean chat line pays for one loop, not
 * for six regex scans.
 */
export interface TextProfile {
  /** ASCII digits. */
  digits: number;
  /** ASCII letters and digits. */
  asciiAlnum: number;
  /** Whether an `@` occurs. */
  at: boolean;
  /** Whether a `.` or `:` occurs (every link has one). */
  dotOrColon: boolean;
}

/** Profiles a text in one pass over its char codes, allocating nothing per character. */
export function profileText(text: string): TextProfile {
  let digits = 0;
  let letters = 0;
  let at = false;
  let dotOrColon = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) letters++;
    else if (c === 64) at = true;
    else if (c === 46 || c === 58) dotOrColon = true;
  }
  return { digits, asciiAlnum: digits + letters, at, dotOrColon };
}
