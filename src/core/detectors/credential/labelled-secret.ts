/**
 * Secrets named by a label rather than recognised by shape: `AccessKeySecret=…`, `api_key: …`, `密钥：…`, `token 为 …`
 * and HTTP bearer tokens, when the value looks generated.
 */
import { secretPart, type CredentialMatch } from './credential-match.js';
import { ASCII_SEPARATOR, CJK_SEPARATOR, identifierStart, VALUE } from './password-patterns.js';
import { looksGenerated } from './secret-value.js';

/**
 * `AccessKeySecret=…`, `client_secret: …`, `api_key=…`, `access_token=…`: an
 * identifier naming a secret, `:` or `=`, and a generated-looking value. The
 * word may sit anywhere in the identifier; its start is found in code.
 */
const ASCII_SECRET = new RegExp(
  `(?:secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|signing[_-]?key)[a-z0-9_.-]{0,40}?${ASCII_SEPARATOR}["']?(${VALUE})`,
  'gid',
);

/** `密钥：…`, `秘钥 …`, `私钥是…`, `令牌：…`: the Chinese words for the same. */
const CJK_SECRET = new RegExp(`(?:密钥|密鑰|秘钥|秘鑰|私钥|私鑰|令牌)${CJK_SEPARATOR}["']?(${VALUE})`, 'gid');

/** `secret 是 SEC…`, `token 为 …`: the English word, then a Chinese `是` / `为` (chat, not code). */
const ASCII_SECRET_SAID = new RegExp(
  `(?<![a-z0-9_])(?:secret|token|api[_-]?key|apikey|access[_-]?key)\\s*(?:是|为|為)\\s*[:：]?\\s*["']?(${VALUE})`,
  'gid',
);

/** `Authorization: Bearer eyJ…`: an HTTP bearer token. */
const BEARER = /(?<![a-z])bearer\s+([a-z0-9._~+/-]{16,}=*)/gid;

/** Secrets named by a label rather than recognised by their shape. */
export function findLabelledSecrets(text: string, out: CredentialMatch[]): void {
  for (const [re, group] of [[ASCII_SECRET, 2], [CJK_SECRET, 2], [ASCII_SECRET_SAID, 1], [BEARER, 1]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const span = m.indices?.[group];
      if (span && looksGenerated(m[group] ?? '')) out.push({ start: re === ASCII_SECRET ? identifierStart(text, m.index) : m.index, end: span[1], parts: secretPart(m, group) });
    }
    re.lastIndex = 0;
  }
}
