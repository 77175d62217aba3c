import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../../src/core/dictionary/parse-dictionary.js';

describe('parseDictionary: terms', () => {
  it.each<[string, string, string[]]>([
    ['one term per line', '绝密\n机密\n赌博', ['绝密', '机密', '赌博']],
    ['comment lines', '# 机密类\n绝密\n#机密', ['绝密']],
    ['trailing comments', '绝密 # 密级\n代号青鸟#项目', ['绝密', '代号青鸟']],
    ['blank lines', '\n\n绝密\n\n\n机密\n', ['绝密', '机密']],
    ['whitespace-only lines', '   \n\t\n绝密', ['绝密']],
    ['surrounding whitespace trimmed', '  绝密  \n\t机密\t', ['绝密', '机密']],
    ['full-width spaces trimmed', '\u3000绝密\u3000', ['绝密']],
    ['inner spaces kept', '加 vx', ['加 vx']],
    ['duplicates tolerated, kept once', '绝密\n机密\n绝密\n  绝密 ', ['绝密', '机密']],
    ['byte order mark at the start', '\uFEFF绝密\n机密', ['绝密', '机密']],
    ['CRLF line ends', '绝密\r\n机密\r\n', ['绝密', '机密']],
    ['BOM and CRLF together', '\uFEFF# 注释\r\n绝密\r\n\r\n机密', ['绝密', '机密']],
    ['mixed CRLF and LF', '绝密\r\n机密\n赌博\r\n', ['绝密', '机密', '赌博']],
    ['terms are kept as written (normalised later)', '加ＶＸ\n絕密', ['加ＶＸ', '絕密']],
    ['two Latin letters are enough', 'vx\nqq', ['vx', 'qq']],
    ['symbols inside a term are fine when two word characters remain', 'v-信', ['v-信']],
    ['empty text', '', []],
    ['only comments', '# a\n# b\n', []],
  ])('%s', (_name, text, terms) => {
    const parsed = parseDictionary(text);
    expect(parsed.terms).toEqual(terms);
    expect(parsed.problems).toEqual([]);
  });
});

describe('parseDictionary: too-short terms are reported with their line', () => {
  it.each<[string, string, number[], string[]]>([
    ['one character', '绝密\n密\n机密', [2], ['绝密', '机密']],
    ['one Latin letter', 'a', [1], []],
    ['symbols only', '绝密\n***', [2], ['绝密']],
    ['emoji only', '🙂🙂', [1], []],
    ['one character plus symbols', '密!!', [1], []],
    ['one character after trimming', '  密  # 太短', [1], []],
    ['invisible characters do not count', '密\u200B', [1], []],
    ['a # cuts the term: C# leaves one letter', 'c#', [1], []],
    ['line numbers count comments and blanks', '# 注释\n\n绝密\n\n密', [5], ['绝密']],
    ['line numbers with CRLF and BOM', '\uFEFF绝密\r\n\r\n密\r\n', [3], ['绝密']],
    ['every bad line is reported', '密\n绝密\n*\n机', [1, 3, 4], ['绝密']],
  ])('%s', (_name, text, lines, terms) => {
    const parsed = parseDictionary(text);
    expect(parsed.problems.map((p) => p.line)).toEqual(lines);
    expect(parsed.terms).toEqual(terms);
  });

  it('the message quotes the term and says what a term needs', () => {
    const [problem] = parseDictionary('绝密\n密').problems;
    expect(problem!.message).toContain('"密"');
    expect(problem!.message).toContain('至少要有 2 个文字或字母');
  });
});

describe('the [需佐证] marker', () => {
  it.each<[string, string, string[], string[]]>([
    ['a marked term', '工资条 [需佐证]', ['工资条'], ['工资条']],
    ['a marked term with a comment after it', '薪资 [需佐证]  # 单独出现是日常用语', ['薪资'], ['薪资']],
    ['an unmarked term', '工资条截图', ['工资条截图'], []],
  ])('%s', (_name, line, terms, evidence) => {
    const parsed = parseDictionary(line);
    expect([parsed.terms, parsed.evidence, parsed.problems]).toEqual([terms, evidence, []]);
  });

  it('a marker without a term is a problem with the fix', () => {
    expect(parseDictionary('[需佐证]').problems).toEqual([{ line: 1, message: '[需佐证] 前面要写词条，例如 "工资条 [需佐证]"' }]);
  });
});
