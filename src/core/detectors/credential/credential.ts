/**
 * The `credential` detector as the policy's `detectors` list names it: one entry point over the forms in this folder, so
 * a login, key or secret posted in a group becomes a case and is masked wherever it is shown.
 */
import type { Detector } from '../detector.js';
import { findCredentials } from './find-credentials.js';

/**
 * Finds credentials (账号密码、密钥): account + password pairs, labelled
 * passwords, connection strings with a password, private key blocks and
 * access keys with a known shape. Rules about passwords (`请定期修改密码`),
 * placeholders (`密码：******`) and shared meeting or Wi-Fi codes are not hits.
 */
export function createCredentialDetector(): Detector {
  return (text) =>
    findCredentials(text).map((c) => ({ detector: 'credential', start: c.start, end: c.end, value: text.slice(c.start, c.end) }));
}
