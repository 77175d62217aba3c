/** `mailto:`, `tel:`, `weixin:`…: addresses without a web host (`example.com:8080` is a port, not a scheme). */
const NON_WEB_SCHEME = /^[a-z][a-z0-9+.-]*:(?![0-9]|\/\/)/i;

/** The lower-case host of a link (IDN hosts in their `xn--` form), with or without a scheme; null when it has none. */
export function linkHost(url: string): string | null {
  const trimmed = url.normalize('NFKC').trim(); // full-width `ｈｔｔｐｓ：／／` is an evasion, not another scheme
  if (!trimmed || NON_WEB_SCHEME.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  try {
    const host = new URL(withScheme).hostname.replace(/\.$/, '');
    return host || null;
  } catch {
    return null;
  }
}

/**
 * A policy's domain entry in the form hosts are compared in: `*.Example.COM`,
 * `.example.com`, `https://example.com/path` all become `example.com`; `*`
 * stays `*` (every domain). Null when the entry is no domain.
 */
export function normaliseDomain(entry: string): string | null {
  const trimmed = entry.trim();
  if (trimmed === '*') return '*';
  const bare = trimmed.replace(/^\*?\./, '');
  const host = linkHost(bare);
  return host && /^[a-z0-9.-]+$/.test(host) && !host.startsWith('.') && host.includes('.') ? host : null;
}

/** True when `host` is `domain` or one of its subdomains (`a.b.example.com` is under `example.com`; `badexample.com` is not). */
export function isUnderDomain(host: string, domain: string): boolean {
  return domain === '*' || host === domain || host.endsWith(`.${domain}`);
}
