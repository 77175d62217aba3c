/**
 * The mention-vs-use rule: a dictionary hit that only names its topic (a prohibition, a notice, news, a reminder, a quote
 * of the group's rules) is excused instead of opening a case against someone warning about it.
 */
import { clauseAround, headerEnd, sentenceAround } from './clauses.js';
import { createCueFinder, type ContextCues, type CueHit, type CueRole } from './context-cues.js';
import { hasContact, hasMaterialShape } from './payload-evidence.js';
import { callsItAPhrase, quotedEnd } from './quoted.js';
import { compileRulesText } from './rules-overlap.js';

/** What the mention-vs-use rule needs: the cue lists, the group's rules, and the categories whose material is the violation. */
export interface MentionSpec {
  cues: ContextCues;
  /** The policy's `rules:` lines (and every group's): quoting them is a mention. */
  rules: readonly string[];
  /** Categories where an attachment, an amount or `这份…` shows the material itself is posted (confidential). */
  material: readonly string[];
}

/** Why a dictionary hit names its topic instead of doing it. */
export type MentionReason = 'prohibition' | 'notice' | 'news' | 'judgement' | 'reminder' | 'rules' | 'quoted';

/** One dictionary hit to judge, in normalised offsets. */
export interface JudgedHit {
  start: number;
  end: number;
  category: string;
  /** The term is itself a handling marker (请勿外传): excused only after a reminder in its sentence. */
  marker: boolean;
}

/** Decides, per dictionary hit, whether the message mentions the topic (a reason) or does it (null). */
export type MentionJudge = (text: string, hits: readonly JudgedHit[], hasDetectorHit: boolean) => (MentionReason | null)[];

/**
 * Categories whose hits are claims (a rumour): a consequence after one (`…都要被辞退`) is what it claims, not what came
 * of it, so consequence cues do not excuse them. The shipped category name; a policy's own claim category is the same word.
 */
const CLAIM_CATEGORIES: ReadonlySet<string> = new Set(['rumour']);

/** A first- or second-person pronoun between a cue and its term (`不要逼我弄死你`): the cue is not about the term. */
const PERSON = /[我你]/;

/** Compiles the rule; run only for messages with dictionary hits, so clean messages never pay for it. */
export function createMentionJudge(spec: MentionSpec): MentionJudge {
  const findCues = createCueFinder(spec.cues);
  const rules = compileRulesText(spec.rules);
  const material = new Set(spec.material);
  return (text, hits, hasDetectorHit) => {
    const none = hits.map(() => null);
    if (hits.length === 0 || hasDetectorHit || hasContact(text)) return none;
    const cues = findCues(text);
    // a pitch word quoted in a warning (`警惕“稳赚不赔”`) is not a pitch
    if (cues.some((c) => c.role === 'use' && quotedEnd(text, c.start, c.end) < 0)) return none;
    const shape = hasMaterialShape(text);
    // `这是…`, `这份…` point at what follows: after the term (`…不要发到私人邮箱，这是公司红线`) they point at a rule
    // `请勿截图外传`, `不要发群里`: a material word a prohibition governs is part of the rule, not the material
    const governed = (c: CueHit): boolean => {
      const [from] = clauseAround(text, c.start, c.end);
      return cues.some((p) => p.role === 'prohibition' && p.start >= from && p.end <= c.start && !PERSON.test(text.slice(p.end, c.start)));
    };
    const materialFor = (hit: JudgedHit): boolean => shape || cues.some((c) => c.role === 'material' && (!text.startsWith('这', c.start) || c.end <= hit.start) && !governed(c));
    const header = headerEnd(text);
    // a header names the message (`新闻：`, `【通知】`); one about a person (`打掉你的…`) is not a title, and a notice
    // word inside a listed term is part of that term (`名单还没公示，你们先看看` shows what is not yet public)
    const insideHit = (c: CueHit): boolean => hits.some((h) => c.start >= h.start && c.end <= h.end);
    const isNotice = header > 0 && !PERSON.test(text.slice(0, header)) && cues.some((c) => c.role === 'notice' && c.end <= header && !insideHit(c));
    const mentionCue = cues.some((c) => c.role === 'prohibition' || c.role === 'news' || c.role === 'after' || c.role === 'consequence');
    return hits.map((hit) => {
      if (material.has(hit.category) && materialFor(hit)) return null;
      const reason = reasonFor(text, hit, cues, isNotice, rules.quotes.bind(rules));
      if (reason) return reason;
      // a quoted phrase in a warning or a word list: `警惕“高额返利”`, `“百家乐”这类词`
      const closed = quotedEnd(text, hit.start, hit.end);
      return closed > 0 && (mentionCue || callsItAPhrase(text, closed)) ? 'quoted' : null;
    });
  };
}

function reasonFor(text: string, hit: JudgedHit, cues: readonly CueHit[], isNotice: boolean, quotesRules: (s: string) => boolean): MentionReason | null {
  const [sentenceStart, sentenceEnd] = sentenceAround(text, hit.start, hit.end);
  if (quotesRules(text.slice(sentenceStart, sentenceEnd))) return 'rules';
  if (isNotice) return 'notice';
  const [ownStart, clauseEnd] = clauseAround(text, hit.start, hit.end);
  // `严禁参与任何形式的赌博，包括网络彩票和棋牌充值`: a clause that goes on listing belongs to the one before
  const clauseStart = CONTINUES.test(text.slice(ownStart, hit.start)) && ownStart > 0 ? clauseAround(text, ownStart - 1, ownStart - 1)[0] : ownStart;
  if (hit.marker) {
    // `禁止外传绝密文件` forbids something; `会议决议如下，请勿外传` labels what came before it
    if (hasWordAfter(text, hit.end, clauseEnd)) return 'prohibition';
    return before(text, cues, 'prohibition', sentenceStart, hit.start) ? 'reminder' : null;
  }
  if (before(text, cues, 'prohibition', clauseStart, hit.start)) return 'prohibition';
  if (before(text, cues, 'news', clauseStart, hit.start)) return 'news';
  if (cues.some((c) => c.role === 'after' && c.start >= hit.end && c.end <= sentenceEnd)) return 'judgement';
  if (!CLAIM_CATEGORIES.has(hit.category) && cues.some((c) => c.role === 'consequence' && c.start >= hit.end && c.end <= sentenceEnd)) return 'judgement';
  return null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A clause that opens by listing more of the same (包括, 以及, 尤其是): it continues the clause before. */
const CONTINUES = /^\s*(?:包括|以及|及其|还有|尤其是|特别是|含)/;

function hasWordAfter(text: string, from: number, to: number): boolean {
  return WORD_CHAR.test(text.slice(from, to));
}

/** A cue of `role` inside [from, to), with no pronoun between it and `to`. */
function before(text: string, cues: readonly CueHit[], role: CueRole, from: number, to: number): boolean {
  return cues.some((c) => c.role === role && c.start >= from && c.end <= to && !PERSON.test(text.slice(c.end, to)));
}
