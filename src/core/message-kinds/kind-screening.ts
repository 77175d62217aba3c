/**
 * What the card, link and mini-program rules hand the screener: the text to screen like any message plus their own
 * findings, always of low severity (a reminder, not a removal).
 */
import type { Finding } from '../types.js';

/**
 * What a card, mini-program or link becomes for the screener: the text to screen
 * like any message, and the findings its kind's own policy adds (offsets into `text`).
 */
export interface KindScreening {
  text: string;
  findings: Finding[];
}

/** Severity of the findings a kind policy adds: the issue asks for low (a reminder, not a removal). */
export const KIND_POLICY_SEVERITY = 'low' as const;
