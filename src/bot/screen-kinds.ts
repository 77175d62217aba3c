/** Step 5 of the pipeline for every message kind: what to screen, with which policy, and where a case's text came from. */
import type { CaseOrigin } from '../core/message-kinds/case-origin.js';
import { screenCard } from '../core/message-kinds/card-policy.js';
import type { KindScreening } from '../core/message-kinds/kind-screening.js';
import { screenLink } from '../core/message-kinds/link-policy.js';
import { screenMiniProgram } from '../core/message-kinds/mini-program-policy.js';
import type { CoreMessage, Finding, SharedItem } from '../core/types.js';
import { SEVERITIES } from '../core/types.js';
import type { OcrOutcome, OcrLimits } from '../ocr/ocr-types.js';
import type { BotContext } from './bot-context.js';


/** What opens a case: the text the findings' offsets point into, the findings, and their origin. */
export interface Screened {
  text: string;
  findings: Finding[];
  origin: CaseOrigin;
}

/** What the pipeline needs of OCR: the plugin's OcrService, or a fake in tests. */
export interface ImageReader {
  recognise(image: Uint8Array, limits?: Partial<OcrLimits>): Promise<OcrOutcome>;
}

/**
 * Screens one message by its kind; null when there is nothing to open a case for.
 * Counted kinds (voice, video, red packets…) are never screened.
 */
export async function screenKinds(ctx: Pick<BotContext, 'store' | 'log' | 'policy'>, msg: CoreMessage, roomTopic: string, ocr: ImageReader | null): Promise<Screened | null> {
  if (msg.kind === 'counted' || msg.kind === 'other') return null;
  if (msg.kind === 'image') return screenImage(ctx, msg, ocr);
  if (msg.kind === 'chat_history') return screenRecords(ctx, msg);
  const screening = msg.shared ? await screenShared(ctx, msg, msg.shared, roomTopic) : { text: msg.text, findings: [] };
  const findings = mergeFindings(screening, ctx.policy().screener.screen(screening.text), msg.shared);
  return findings.length > 0 ? { text: screening.text, findings, origin: { kind: 'message' } } : null;
}

async function screenShared(ctx: Pick<BotContext, 'store' | 'policy'>, msg: CoreMessage, shared: SharedItem, roomTopic: string): Promise<KindScreening> {
  const { kinds } = ctx.policy().compiled;
  if (shared.kind === 'link') return screenLink(shared.link, kinds.links);
  if (shared.kind === 'mini_program') return screenMiniProgram(shared.miniProgram, kinds.miniPrograms);
  const colleagueIds = new Set([...ctx.policy().settings(roomTopic).admins, ...(await ctx.store.members.listByRoom(msg.roomId)).map((m) => m.memberId)]);
  colleagueIds.delete(msg.senderId); // sharing one's own card is no proof it is a colleague's
  return screenCard(shared.card, kinds.cards, { roster: ctx.policy().loaded.roster ?? null, colleagueIds });
}

/** The kind's own findings plus the screener's; a link's address is judged by `links`, not by the url detector. */
function mergeFindings(screening: KindScreening, screened: Finding[], shared: SharedItem | undefined): Finding[] {
  const addressStart = shared?.kind === 'link' ? screening.text.length - shared.link.url.trim().length : Number.POSITIVE_INFINITY;
  const kept = screened.filter((f) => !(f.category === 'url' && f.start >= addressStart));
  return [...screening.findings, ...kept].sort((a, b) => a.start - b.start);
}

/** The recognised text screened like a message; a skipped image is logged and screens nothing. */
async function screenImage(ctx: Pick<BotContext, 'log' | 'policy'>, msg: CoreMessage, ocr: ImageReader | null): Promise<Screened | null> {
  const { images } = ctx.policy().compiled.kinds;
  if (!images.enabled || !ocr || !msg.image) return null;
  const outcome = await ocr.recognise(msg.image, { maxBytes: images.maxBytes });
  const log = { messageId: msg.id, roomId: msg.roomId };
  if (!outcome.ok) {
    ctx.log.info({ ...log, skip: outcome.skip, detail: outcome.detail }, 'image not read; nothing screened');
    return null;
  }
  ctx.log.debug({ ...log, lines: outcome.lines.length }, 'image read');
  const findings = ctx.policy().screener.screen(outcome.text);
  return findings.length > 0 ? { text: outcome.text, findings, origin: { kind: 'image' } } : null;
}

/** Every forwarded record screened on its own; the case names the most serious one, by its original sender. */
function screenRecords(ctx: Pick<BotContext, 'policy'>, msg: CoreMessage): Screened | null {
  let worst: Screened | null = null;
  for (const record of msg.records ?? []) {
    if (!record.text) continue;
    const findings = ctx.policy().screener.screen(record.text);
    if (findings.length === 0) continue;
    if (worst === null || rank(findings) > rank(worst.findings)) worst = { text: record.text, findings, origin: { kind: 'forwarded', name: record.name } };
  }
  return worst;
}

function rank(findings: readonly Finding[]): number {
  return Math.max(...findings.map((f) => SEVERITIES.indexOf(f.severity)));
}
