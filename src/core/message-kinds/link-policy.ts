/**
 * The policy `links` rule for shared links: internal and allowed domains pass (allow wins over deny, subdomains
 * included), denied ones become findings; also used for URLs found in plain text.
 */
import { isUnderDomain, linkHost } from './domain-match.js';
import { KIND_POLICY_SEVERITY, type KindScreening } from './kind-screening.js';

/** Policy `links`, compiled: domains already normalised (see `normaliseDomain`); `deny` may hold `*`. */
export interface LinkRules {
  deny: readonly string[];
  allow: readonly string[];
  /** The company's own domains: never a finding, whatever `deny` says. */
  internal: readonly string[];
}

/** The policy default: no domain denied. */
export const DEFAULT_LINK_RULES: LinkRules = { deny: [], allow: [], internal: [] };

/** How a link's domain stands under the rules; only `denied` is a finding. */
export type DomainStanding = 'internal' | 'allowed' | 'denied' | 'unlisted';

/** A link card shared in a group. */
export interface SharedLink {
  url: string;
  title: string;
  description: string;
}

/**
 * Where a URL's domain stands: internal domains first, then `allow` (allow wins
 * over deny, so `deny: ["*"]` with an allow list admits only those), then
 * `deny`, subdomains included. Also usable for URLs found in plain text.
 */
export function domainStanding(url: string, rules: LinkRules): DomainStanding {
  const host = linkHost(url);
  if (host === null) return 'unlisted';
  if (rules.internal.some((d) => d !== '*' && isUnderDomain(host, d))) return 'internal';
  if (rules.allow.some((d) => isUnderDomain(host, d))) return 'allowed';
  if (rules.deny.some((d) => isUnderDomain(host, d))) return 'denied';
  return 'unlisted';
}

/**
 * Screens a link card: title, description and address (one line each) are the
 * text to screen; a denied domain adds a `url` finding of low severity covering
 * the address line.
 */
export function screenLink(link: SharedLink, rules: LinkRules): KindScreening {
  const url = link.url.trim();
  const head = [link.title.trim(), link.description.trim()].filter((s) => s !== '').join('\n');
  const text = [head, url].filter((s) => s !== '').join('\n');
  if (!url || domainStanding(url, rules) !== 'denied') return { text, findings: [] };
  const start = text.length - url.length;
  return { text, findings: [{ category: 'url', severity: KIND_POLICY_SEVERITY, term: 'link_denied', match: url, start, end: text.length, source: 'detector' }] };
}
