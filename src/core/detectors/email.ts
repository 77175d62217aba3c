/**
 * The e-mail address detector (邮箱), which also finds addresses glued to Chinese text; Git and SSH remotes
 * (`git@host:org/repo`) are not mailboxes and are left alone.
 */
import type { Detector } from './detector.js';
import { scanMatches } from './scan.js';

/**
 * An ASCII local part, `@`, dot-separated labels and a 2+ letter TLD. The
 * lookbehind makes each run of local-part characters start a match only once
 * (linear on long runs); leading dots are trimmed in code. The TLD must not run
 * on into letters, digits or another label, so `a@b.example.com1` is no hit.
 * CJK around the address is a boundary, so `联系我zhangsan@example.com谢谢` works.
 */
const CANDIDATE =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g;

/** `git@host:org/repo.git`: an scp-style path after the host makes it a Git remote. */
const SCP_PATH_AFTER = /^:[A-Za-z0-9_~./-]/;

/** `ssh://git@host/…`: the login of an SSH remote, not a mailbox. */
const SSH_BEFORE = /ssh:\/\/$/i;

/** Finds e-mail addresses (邮箱), even when glued to Chinese text; Git and SSH remotes are not. */
export function createEmailDetector(): Detector {
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  return (text) =>
    scanMatches(re, text, 'email', (m, t) => {
      let start = m.index;
      const end = m.index + m[0].length;
      while (m[0].charCodeAt(start - m.index) === 46 /* . */) start++;
      const at = m[0].indexOf('@');
      if (start - m.index >= at) return null;
      if (SCP_PATH_AFTER.test(t.slice(end, end + 2)) || SSH_BEFORE.test(t.slice(Math.max(0, start - 6), start))) return null;
      return { start, end };
    });
}
