/**
 * The cue words (dictionaries/cues/) that tell mentioning a topic from doing it: prohibitions, notices, news, material
 * and the like, found in one pass so the mention-vs-use rule can read them.
 */
import { normalise } from '../text/normalise.js';
import { buildAutomaton } from './aho-corasick.js';

/**
 * The cue lists that tell mentioning a topic from doing it (dictionaries/cues/):
 * data, read by the policy loader, one list per role.
 */
export interface ContextCues {
  /** Before a term in its clause: 严禁, 不要, 远离, 提醒 … */
  prohibition: readonly string[];
  /** In the short header a message starts with: 通知, 公告, 新闻, 培训 … — the whole message is a mention. */
  notice: readonly string[];
  /** Before a term in its clause: 打掉, 破获, 判处, 宣传 … — a report or a campaign about it. */
  news: readonly string[];
  /** After a term in its clause: 违法, 是骗局, 请登录 … */
  after: readonly string[];
  /**
   * After a term in its sentence: 被开除, 被判刑 … — what came of it (`聚赌被开除的事`), so a mention; but not for a
   * claim (`小道消息：老员工都要被辞退`), where the consequence is what the rumour asserts.
   */
  consequence?: readonly string[];
  /** Anywhere in the message: the real thing (找我, 私聊, 来玩) — nothing is excused. */
  use: readonly string[];
  /** Anywhere in the message: the material is posted (这份, 如下, 附件) — for material categories. */
  material: readonly string[];
  /** Right next to a Latin term: it is an abbreviation (接口, 护士), not an insult. */
  technical: readonly string[];
}

/** The roles of ContextCues, in the order their files are read. */
export const CUE_ROLES = ['prohibition', 'notice', 'news', 'after', 'consequence', 'use', 'material', 'technical'] as const;

/** One of the cue roles. */
export type CueRole = (typeof CUE_ROLES)[number];

/** One cue occurrence in normalised text: [start, end). */
export interface CueHit {
  role: CueRole;
  start: number;
  end: number;
}

/** Finds every cue of every role in one pass over normalised text. */
export type CueFinder = (text: string) => CueHit[];

/** Compiles the cue lists into one automaton (technical words are not cues of the message: latin-context reads them). */
export function createCueFinder(cues: ContextCues): CueFinder {
  const patterns: string[] = [];
  const roles: CueRole[] = [];
  for (const role of CUE_ROLES) {
    if (role === 'technical') continue;
    for (const cue of cues[role] ?? []) {
      const key = normalise(cue).text;
      if (key.length === 0) continue;
      patterns.push(key);
      roles.push(role);
    }
  }
  const automaton = buildAutomaton(patterns);
  return (text) => {
    const hits: CueHit[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = automaton.step(state, text.charCodeAt(i));
      for (const id of automaton.outputs(state) ?? []) {
        hits.push({ role: roles[id]!, start: i + 1 - automaton.lengths[id]!, end: i + 1 });
      }
    }
    return hits;
  };
}

/**
 * Compiles the prohibition cues into a test for handling markers: a term that
 * begins with one (请勿外传, 不要外传) is itself a marker.
 */
export function createMarkerTest(prohibition: readonly string[]): (normalisedTerm: string) => boolean {
  const keys = prohibition.map((cue) => normalise(cue).text).filter((k) => k.length > 0);
  return (term) => keys.some((key) => key.length < term.length && term.startsWith(key));
}
