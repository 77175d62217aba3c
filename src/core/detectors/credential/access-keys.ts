import type { CredentialMatch } from './credential-match.js';

/** A kind of access key recognised by its shape alone, and how much of it only names the kind. */
interface KeyShape {
  name: string;
  re: RegExp;
  /** Leading characters that may be shown (`AKIA`, `ghp_`), never any of the random part. */
  keep: number;
}

/** Not preceded or followed by another key character, so a key is never cut out of a longer token. */
const B = '(?<![a-z0-9_-])';
const E = '(?![a-z0-9_-])';

const shape = (name: string, body: string, keep: number): KeyShape => ({ name, re: new RegExp(`${B}${body}${E}`, 'gi'), keep });

/**
 * Shapes published by the providers. Text arrives lower-cased, so the upper-case
 * prefixes (`AKIA`, `LTAI`, `AKID`, `AIza`) are matched without case.
 */
const SHAPES: readonly KeyShape[] = [
  shape('AWS access key', '(?:akia|asia)[0-9a-z]{16}', 4),
  shape('GitHub token', 'gh[pousr]_[a-z0-9]{36}', 4),
  shape('GitHub fine-grained token', 'github_pat_[a-z0-9_]{22,255}', 11),
  shape('GitLab token', 'glpat-[a-z0-9_-]{20,}', 6),
  shape('Slack token', 'xox[abposr]-[a-z0-9-]{10,}', 5),
  shape('Aliyun AccessKey', 'ltai[a-z0-9]{12,20}', 4),
  shape('Tencent Cloud SecretId', 'akid[a-z0-9]{13,40}', 4),
  shape('Google API key', 'aiza[0-9a-z_-]{35}', 4),
  shape('OpenAI-style key', 'sk-(?:proj-|ant-|live-)?[a-z0-9_-]{20,}', 3),
  shape('Stripe secret key', '[sr]k_(?:live|test)_[a-z0-9]{16,}', 8),
  shape('JSON Web Token', 'eyj[a-z0-9_-]{8,}\\.eyj[a-z0-9_-]{8,}\\.[a-z0-9_-]{8,}', 3),
  shape('WeCom robot webhook', '(?<=qyapi\\.weixin\\.qq\\.com/cgi-bin/webhook/send\\?key=)[a-z0-9-]{20,}', 0),
  shape('Feishu robot webhook', '(?<=open\\.(?:feishu\\.cn|larksuite\\.com)/open-apis/bot/v2/hook/)[a-z0-9-]{20,}', 0),
  shape('Slack webhook', '(?<=hooks\\.slack\\.com/services/)t[a-z0-9]{6,}/b[a-z0-9]{6,}/[a-z0-9]{16,}', 0),
];

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
  for (const { re, keep } of SHAPES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (isSample(m[0], keep)) continue;
      const end = m.index + m[0].length;
      out.push({ start: m.index, end, parts: [{ start: m.index, end, kind: 'secret', keep }] });
    }
    re.lastIndex = 0;
  }
}
