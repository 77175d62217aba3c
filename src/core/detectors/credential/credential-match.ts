/** A part of a credential finding that must never be shown: the secret itself, or the account it opens. */
export interface SecretPart {
  start: number;
  end: number;
  kind: 'secret' | 'account';
  /** Leading characters that only name the kind of key (`AKIA`, `ghp_`) and may be shown. */
  keep: number;
}

/** One credential in a text: the span a finding covers and the parts of it to mask. */
export interface CredentialMatch {
  start: number;
  end: number;
  parts: SecretPart[];
}

/** The span of capture group `i` of a match made with the `d` flag; undefined when the group did not take part. */
export function groupSpan(m: RegExpExecArray, i: number): { start: number; end: number } | undefined {
  const span = m.indices?.[i];
  return span ? { start: span[0], end: span[1] } : undefined;
}

/** A secret part over capture group `i`, or none when the group is missing or empty. */
export function secretPart(m: RegExpExecArray, i: number, kind: SecretPart['kind'] = 'secret', keep = 0): SecretPart[] {
  const span = groupSpan(m, i);
  return span && span.end > span.start ? [{ ...span, kind, keep }] : [];
}

/**
 * Keeps, of overlapping matches, the one that starts first (the longest on a
 * tie): `账号 a 密码 b` as a pair beats its own `密码 b`, a labelled key beats
 * the bare key inside it.
 */
export function dropOverlapping(matches: CredentialMatch[]): CredentialMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CredentialMatch[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    kept.push(m);
    lastEnd = m.end;
  }
  return kept;
}
