/**
 * The one list of credentials in a text, shared by the detector and by redaction so that a masked excerpt is re-read
 * with the very same rules; a cheap pre-test keeps ordinary chat lines from being scanned at all.
 */
import { findAccessKeys } from './access-keys.js';
import { findConnectionStrings } from './connection-string.js';
import { dropOverlapping, type CredentialMatch } from './credential-match.js';
import { findLabelledPasswords } from './labelled-password.js';
import { findLabelledSecrets } from './labelled-secret.js';
import { findPrivateKeys } from './private-key.js';

/**
 * Something every credential form contains: a password or secret word, a
 * scheme's `://`, a key's armour or a provider's prefix. A text without any
 * (nearly every chat line) is never scanned by the rules below.
 */
const MAY_HOLD_CREDENTIAL =
  /密|口令|令牌|pass|pwd|secret|token|key|bearer|:\/\/|-----begin|akia|asia|gh[pousr]_|github_pat_|glpat-|xox[a-z]-|ltai|akid|aiza|[sr]k[-_]|eyj|(?:root|admin|administrator|sa|postgres|oracle|ubuntu|elastic)\s?\/|mysql|(?:账号|帐号|帳號|用户名|用户|登录名|login|user)[^\n]{0,80}\//i;

/** Whether the text could hold a credential at all: the cheap test before the full scan. */
export function mayHoldCredential(text: string): boolean {
  return MAY_HOLD_CREDENTIAL.test(text);
}

/**
 * Every credential in a text, non-overlapping and sorted by start, each with the
 * parts to mask. Shared by the detector and by redaction, which re-reads an
 * excerpt with the very same rules.
 */
export function findCredentials(text: string): CredentialMatch[] {
  if (text.length === 0 || !mayHoldCredential(text)) return [];
  const out: CredentialMatch[] = [];
  findPrivateKeys(text, out);
  findConnectionStrings(text, out);
  findAccessKeys(text, out);
  findLabelledSecrets(text, out);
  findLabelledPasswords(text, out);
  return out.length < 2 ? out : dropOverlapping(out);
}
