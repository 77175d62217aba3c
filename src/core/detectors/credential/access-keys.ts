/**
 * Cloud and API access keys recognised by the shapes their providers publish (AWS, Aliyun, Tencent, Google, GitHub,
 * OpenAI …); documentation samples and placeholder keys are not taken for live ones.
 */
import type { CredentialMatch } from './credential-match.js';

/** A kind of access key recognised by its shape alone, and how much of it only names the kind. */
interface KeyShape {
  name: string;
  /** Regex source of the key, without the boundaries. */
  body: string;
  /** Leading characters that may be shown (`AKIA`, `ghp_`), never any of the random part. */
  keep: number;
}

/**
 * Shapes published by the providers. Text arrives lower-cased, so the upper-case
 * prefixes (`AKIA`, `LTAI`, `AKID`, `AIza`) are matched without case.
 */
const SHAPES: readonly KeyShape[] = [
  { name: 'AWS access key', body: '(?:akia|asia)[0-9a-z]{16}', keep: 4 },
  { name: 'GitHub token', body: 'gh[pousr]_[a-z0-9]{36}', keep: 4 },
  { name: 'GitHub fine-grained token', body: 'github_pat_[a-z0-9_]{22,255}', keep: 11 },
  { name: 'GitLab token', body: 'glpat-[a-z0-9_-]{20,}', keep: 6 },
  { name: 'Slack token', body: 'xox[abposr]-[a-z0-9-]{10,}', keep: 5 },
  { name: 'Aliyun AccessKey', body: 'ltai[a-z0-9]{12,20}', keep: 4 },
  { name: 'Tencent Cloud SecretId', body: 'akid[a-z0-9]{13,40}', keep: 4 },
  { name: 'Google API key', body: 'aiza[0-9a-z_-]{35}', keep: 4 },
  { name: 'OpenAI-style key', body: 'sk-(?:proj-|ant-|live-)?[a-z0-9_-]{20,}', keep: 3 },
  { name: 'Stripe secret key', body: '[sr]k_(?:live|test)_[a-z0-9]{16,}', keep: 8 },
  { name: 'JSON Web Token', body: 'eyj[a-z0-9_-]{8,}\\.eyj[a-z0-9_-]{8,}\\.[a-z0-9_-]{8,}', keep: 3 },
  { name: 'WeCom robot webhook', body: '(?<=qyapi\\.weixin\\.qq\\.com/cgi-bin/webhook/send\\?key=)[a-z0-9-]{20,}', keep: 0 },
  { name: 'Feishu robot webhook', body: '(?<=open\\.(?:feishu\\.cn|larksuite\\.com)/open-apis/bot/v2/hook/)[a-z0-9-]{20,}', keep: 0 },
  { name: 'Slack webhook', body: '(?<=hooks\\.slack\\.com/services/)t[a-z0-9]{6,}/b[a-z0-9]{6,}/[a-z0-9]{16,}', keep: 0 },
];

/**
 * All shapes in one pass, each in its own capture group, never cut out of a
 * longer token (no key character right before or after).
 */
const ANY_KEY = new RegExp(`(?<![a-z0-9_-])(?:${SHAPES.map((k) => `(${k.body})`).join('|')})(?![a-z0-9_-])`, 'gi');

/**
 * Documentation samples (`AKIAIOSFODNN7EXAMPLE`, `sk-xxxxxxxx…`, `ghp_your_token`)
 * and keys with no digit at all are not live keys.
 */
function isSample(key: string, keep: number): boolean {
  const random = key.slice(keep).toLowerCase();
  return /example|your|xxxx|sample|dummy|placeholder/.test(random) || !/\d/.test(random) || /(.)\1{7}/.test(random);
}

/** Cloud and API access keys with a known shape. */
export function findAccessKeys(text: string, out: CredentialMatch[]): void {
  ANY_KEY.lastIndex = 0;
  for (let m = ANY_KEY.exec(text); m !== null; m = ANY_KEY.exec(text)) {
    const keep = SHAPES[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]?.keep ?? 0;
    if (isSample(m[0], keep)) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, parts: [{ start: m.index, end, kind: 'secret', keep }] });
  }
  ANY_KEY.lastIndex = 0;
}
