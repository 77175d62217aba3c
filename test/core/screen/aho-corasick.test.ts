import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../src/core/screen/aho-corasick.js';

/** Runs the automaton over every unit of `text`; returns `pattern@endIndex` for each output. */
function run(patterns: string[], text: string): string[] {
  const automaton = buildAutomaton(patterns);
  const out: string[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = automaton.step(state, text.charCodeAt(i));
    for (const id of automaton.outputs(state) ?? []) out.push(`${patterns[id]}@${i}`);
  }
  return out.sort();
}

describe('buildAutomaton', () => {
  it.each<[string, string[], string, string[]]>([
    ['the textbook example', ['he', 'she', 'his', 'hers'], 'ushers', ['he@3', 'hers@5', 'she@3']],
    ['overlapping terms', ['机密', '密切'], '机密切', ['密切@2', '机密@1']],
    ['a term that is a suffix of another', ['泄露机密', '机密'], '泄露机密', ['机密@3', '泄露机密@3']],
    ['a term that is a prefix of another', ['绝密', '绝密文件'], '绝密文件', ['绝密@1', '绝密文件@3']],
    ['a term inside another', ['ab', 'xaby'], 'xaby', ['ab@2', 'xaby@3']],
    ['repeated occurrences', ['aa'], 'aaaa', ['aa@1', 'aa@2', 'aa@3']],
    ['failure links through a longer partial match', ['abcd', 'bce'], 'abce', ['bce@3']],
    ['no match', ['赌博'], '博赌', []],
    ['empty patterns are ignored', ['', 'a'], 'a', ['a@0']],
    ['empty text', ['a'], '', []],
    ['astral characters match unit by unit', ['😀x'], 'y😀x', ['😀x@3']],
  ])('%s', (_name, patterns, text, expected) => {
    expect(run(patterns, text)).toEqual(expected);
  });

  it('records the length of each pattern by id', () => {
    expect(buildAutomaton(['绝密', '', '😀']).lengths).toEqual([2, 0, 2]);
  });

  it('the same pattern twice reports both ids', () => {
    const automaton = buildAutomaton(['ab', 'ab']);
    const state = automaton.step(automaton.step(0, 0x61), 0x62);
    expect([...(automaton.outputs(state) ?? [])].sort()).toEqual([0, 1]);
  });
});
