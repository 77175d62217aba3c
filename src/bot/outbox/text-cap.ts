/** The one cap on a message's length: whole lines up to the cap, then a line saying how much was left out. */
import type { OutboxJob } from './job.js';

/** The closing line of a capped message (Chinese: it is read by people). */
function summaryLine(lines: number): string {
  return `……另有 ${lines} 行未列出（消息过长）。`;
}

/**
 * Cuts `text` to at most `max` characters at a line boundary (a single
 * over-long line is cut inside), and ends it with how many lines were left out.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const budget = max - summaryLine(lines.length - kept.length).length - 1;
    const cost = line.length + (kept.length > 0 ? 1 : 0);
    if (used + cost > budget) {
      if (kept.length === 0) kept.push(`${line.slice(0, Math.max(0, budget - 1))}…`);
      break;
    }
    kept.push(line);
    used += cost;
  }
  const left = lines.length - kept.length;
  return `${kept.join('\n')}\n${summaryLine(Math.max(left, 1))}`;
}

/** The job with its text capped; removals and short texts come back unchanged. */
export function capJobText(job: OutboxJob, max: number): OutboxJob {
  if (job.kind === 'remove' || job.text.length <= max) return job;
  return { ...job, text: capText(job.text, max) };
}
