/**
 * Which detector's hit stands when hits overlap (credential over ID over card over mobile, anything over a link), so one
 * piece of data is one finding and its redaction hides all of it.
 */
import type { DetectorName } from '../types.js';
import type { DetectorHit } from './detector.js';

/**
 * Which hit stands when two overlap (lower wins). A credential beats all: its
 * redaction masks the whole secret and the account, whatever digits or
 * addresses they contain (`账号 13812345678 密码 …`, `https://u:p@host`). One run
 * of digits is one finding: an ID beats a card beats a mobile. An e-mail beats
 * a mobile inside its local part (`13812345678@139.com`), so the redacted
 * address hides it all; a link is not personal data, so everything beats it.
 */
export const DETECTOR_PRIORITY: Readonly<Record<DetectorName, number>> = {
  credential: 0,
  cn_id: 1,
  bank_card: 2,
  email: 3,
  cn_mobile: 4,
  url: 5,
};

/** Orders the hits of one overlapping cluster from the one that should stand first. */
function byPriority(a: DetectorHit, b: DetectorHit): number {
  return (
    DETECTOR_PRIORITY[a.detector] - DETECTOR_PRIORITY[b.detector] ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start
  );
}

/** Picks the hits that stand in one cluster of mutually reachable overlaps. */
function resolveCluster(cluster: DetectorHit[], out: DetectorHit[]): void {
  if (cluster.length === 1) {
    out.push(cluster[0] as DetectorHit);
    return;
  }
  const kept: DetectorHit[] = [];
  for (const hit of [...cluster].sort(byPriority)) {
    if (kept.every((k) => hit.end <= k.start || hit.start >= k.end)) kept.push(hit);
  }
  kept.sort((a, b) => a.start - b.start);
  for (const hit of kept) out.push(hit);
}

/**
 * Turns the hits of all detectors into non-overlapping hits sorted by start.
 * Works cluster by cluster, so a 1 MB paste with thousands of hits stays
 * linear after the sort.
 */
export function resolveOverlaps(hits: readonly DetectorHit[]): DetectorHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DetectorHit[] = [];
  let cluster: DetectorHit[] = [];
  let clusterEnd = -1;
  for (const hit of sorted) {
    if (cluster.length > 0 && hit.start >= clusterEnd) {
      resolveCluster(cluster, out);
      cluster = [];
    }
    cluster.push(hit);
    clusterEnd = Math.max(clusterEnd, hit.end);
  }
  if (cluster.length > 0) resolveCluster(cluster, out);
  return out;
}
