/**
 * The link detector (网址): scheme URLs, `www.` hosts and bare `domain.tld/path` with a common TLD, found in mixed Chinese
 * text without taking an e-mail's domain for a link.
 */
import type { Detector } from './detector.js';
import { scanMatches } from './scan.js';

/**
 * A URL character: anything but whitespace, `<>"` and backtick, general
 * punctuation (curly quotes, …), CJK and kana, Hangul, surrogates (emoji, rare
 * CJK), CJK compatibility forms and full-width forms (，。！（）：).
 */
const CH = '[^\\s<>"`\\u2000-\\u206F\\u3000-\\u9FFF\\uAC00-\\uD7AF\\uD800-\\uDFFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF]';

/** One DNS label, bounded so a failed match backtracks a bounded amount. */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';

/** TLDs common enough that `name.tld/path` without a scheme is almost surely a link. */
const COMMON_TLDS = [
  'com', 'cn', 'net', 'org', 'io', 'co', 'me', 'cc', 'tv', 'info', 'biz', 'top', 'xyz', 'vip', 'app',
  'dev', 'ai', 'hk', 'tw', 'jp', 'uk', 'us', 'ly', 'gl', 'im', 'ink', 'club', 'site', 'online', 'shop',
  'link', 'wang', 'gov', 'edu',
];

/**
 * Three forms: a scheme (`https://…`), `www.` plus a domain, or a bare domain
 * with a common TLD that is followed by a path (`t.cn/abc`). The latter two
 * start only where no domain, e-mail or path character precedes, so each run
 * is tried once (linear) and an e-mail's domain is not taken for a link.
 */
const CANDIDATE = new RegExp(
  `https?://${CH}+` +
    `|(?<![a-z0-9.@_/-])www\\.${LABEL}(?:\\.${LABEL})*\\.[a-z]{2,24}${CH}*` +
    `|(?<![a-z0-9.@_/%+-])(?:${LABEL}\\.)+(?:${COMMON_TLDS.join('|')})(?::\\d{1,5})?/${CH}*`,
  'gi',
);

const SCHEME = /^https?:\/\//i;

const TRAILING = '.,;:!?)\'';

/** Drops trailing sentence punctuation; a `)` stays when it closes a `(` inside the URL. */
function trimEnd(url: string): number {
  let end = url.length;
  let open = 0;
  let close = 0;
  for (let i = 0; i < end; i++) {
    const c = url.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41) close++;
  }
  while (end > 0) {
    const c = url.charAt(end - 1);
    if (!TRAILING.includes(c)) break;
    if (c === ')') {
      if (close <= open) break;
      close--;
    }
    end--;
  }
  return end;
}

/** Finds links (网址): scheme URLs, `www.` hosts and bare `domain.tld/path`. */
export function createUrlDetector(): Detector {
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  return (text) =>
    scanMatches(re, text, 'url', (m) => {
      const end = trimEnd(m[0]);
      const scheme = SCHEME.exec(m[0]);
      if (scheme !== null && end <= scheme[0].length) return null;
      return { start: m.index, end: m.index + end };
    });
}
