/** The digest feature's surface for the bot: the routine, `#周报`, and the per-message screening counter. */
export { digestRoutine, catchUpDigests, sendScheduledDigest, latestFiring, lastSentEntry, type ScheduledKind } from './digest-routine.js';
export { sendDigestNow, deliverDigest, renderDigestMessage, DEFAULT_DIGEST_SPAN_MS, type DigestNowOptions, type RenderedDigest, type DigestDelivery } from './send-digest.js';
export { recordScreened, flushScreened, screenedEntry, SCREENED_KEEP_DAYS, SCREENED_FLUSH_MS } from './record-screened.js';
export { collectDigest, readDigestInput } from './collect-digest.js';
export { renderDigestChart, ChartRenderError } from './render-chart.js';
