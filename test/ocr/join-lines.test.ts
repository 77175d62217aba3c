import { describe, expect, it } from 'vitest';
import { joinLines } from '../../src/ocr/join-lines.js';

describe('joinLines', () => {
  it.each([
    [[], '', []],
    [[{ text: '绝密', confidence: 0.9 }], '绝密', [[0, 2]]],
    [
      [
        { text: '姓名张三', confidence: 0.9 },
        { text: '工资12000', confidence: 0.8 },
        { text: '报价单', confidence: 0.7 },
      ],
      '姓名张三\n工资12000\n报价单',
      [
        [0, 4],
        [5, 12],
        [13, 16],
      ],
    ],
  ])('%j → %j', (raw, text, offsets) => {
    const joined = joinLines(raw);
    expect(joined.text).toBe(text);
    expect(joined.lines.map((l) => [l.start, l.end])).toEqual(offsets);
    for (const line of joined.lines) expect(joined.text.slice(line.start, line.end)).toBe(line.text);
  });
});
