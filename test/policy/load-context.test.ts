import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { PolicyError } from '../../src/policy/policy-error.js';
import { compileScreener } from '../../src/policy/compile-screener.js';
import { createPolicyDirs, yaml, type PolicyFiles } from './policy-dir.js';
import { eachCharacter } from '../support/segmenters.js';

const dirs = createPolicyDirs();
afterAll(() => dirs.cleanup());

const load = (files: PolicyFiles) => loadPolicy(join(dirs.make(files), 'policy.yaml'));
const GAMBLING = ['dictionaries:', '  - { file: g.txt, category: gambling, severity: high }'];

describe('policy key context', () => {
  it('without the key the shipped cue lists and variant table are used (old policies get the rule)', () => {
    const loaded = load({ 'policy.yaml': yaml('version: 1', ...GAMBLING), 'g.txt': '赌博\n' });
    expect(loaded.context?.cues.prohibition).toContain('严禁');
    expect(loaded.context?.variants.some((v) => v.source === '🐴')).toBe(true);
    expect(loaded.context?.material).toEqual(['confidential']);
    const screener = compileScreener(loaded, eachCharacter);
    expect(screener.screen('严禁赌博')).toEqual([]);
    expect(screener.screen('今晚赌博').map((f) => f.term)).toEqual(['赌博']);
  });

  it('context: null turns it off: every hit counts as before', () => {
    const loaded = load({ 'policy.yaml': yaml('version: 1', ...GAMBLING, 'context: null'), 'g.txt': '赌博\n' });
    expect(loaded.context).toBeNull();
    expect(compileScreener(loaded, eachCharacter).screen('严禁赌博').map((f) => f.term)).toEqual(['赌博']);
  });

  it('reads a company’s own folders, relative to the policy file; missing role files are empty lists', () => {
    const loaded = load({
      'policy.yaml': yaml('version: 1', ...GAMBLING, 'context:', '  cues: lists/cues/', '  variants: lists/variants', '  material: [gambling]'),
      'g.txt': '赌博\n',
      'lists/cues/prohibition.txt': '# 头\n千万别\n',
      'lists/variants/mine.txt': '🎲 赌\n',
    });
    expect(loaded.context?.cues.prohibition).toEqual(['千万别']);
    expect(loaded.context?.cues.notice).toEqual([]);
    expect(loaded.context?.variants).toEqual([{ source: '🎲', target: '赌', split: false }]);
    expect(loaded.context?.material).toEqual(['gambling']);
    const screener = compileScreener(loaded, eachCharacter);
    expect(screener.screen('千万别赌博')).toEqual([]);
    expect(screener.screen('严禁赌博').map((f) => f.term)).toEqual(['赌博']);
    expect(screener.screen('🎲博').map((f) => f.match)).toEqual(['🎲博']);
  });

  it('the policy’s rules and every group’s rules are compiled in: quoting them opens no case', () => {
    const rules = ['rules:', '  - 本群只谈工作，赌博和广告一律不得发布。', 'groups:', '  - topic: 销售群', '    rules: [销售群里不要讨论赌博平台的任何话题。]'];
    const screener = compileScreener(load({ 'policy.yaml': yaml('version: 1', ...GAMBLING, 'context:', '  cues: c/', ...rules), 'g.txt': '赌博\n', 'c/use.txt': '找我\n' }), eachCharacter);
    expect(screener.screen('本群只谈工作，赌博和广告一律不得发布。')).toEqual([]);
    expect(screener.screen('销售群里不要讨论赌博平台的任何话题')).toEqual([]);
    expect(screener.screen('今晚去赌博平台玩两把').map((f) => f.term)).toEqual(['赌博']);
  });

  it.each<[string, PolicyFiles, string, string[]]>([
    ['a cue folder that does not exist', { 'policy.yaml': yaml('version: 1', 'context:', '  cues: nope/') }, 'policy.yaml', ['文件夹不存在', 'nope']],
    ['an unknown cue file', { 'policy.yaml': yaml('version: 1', 'context:', '  cues: c/'), 'c/prohibitions.txt': '严禁\n' }, 'c/prohibitions.txt', ['不认识的提示词文件', 'prohibition.txt']],
    ['a bad cue line', { 'policy.yaml': yaml('version: 1', 'context:', '  cues: c/'), 'c/use.txt': '找我\n我\n' }, 'c/use.txt', ['太短']],
    ['a bad variant line', { 'policy.yaml': yaml('version: 1', 'context:', '  variants: v/'), 'v/a.txt': '🐴\n' }, 'v/a.txt', ['替身 本字']],
    ['an unknown key under context', { 'policy.yaml': yaml('version: 1', 'context:', '  cue: c/') }, 'policy.yaml', ['未知的键 "cue"']],
  ])('%s is a PolicyError naming the file', (_name, files, file, says) => {
    const dir = dirs.make(files);
    let error: unknown;
    try {
      loadPolicy(join(dir, 'policy.yaml'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).file).toBe(join(dir, file));
    for (const piece of says) expect((error as PolicyError).message).toContain(piece);
  });
});
