import { describe, expect, it } from 'vitest';
import { createDetectors } from '../../../src/core/detectors/index.js';
import { profileText } from '../../../src/core/detectors/text-profile.js';
import { DETECTOR_NAMES } from '../../../src/core/types.js';

describe('profileText', () => {
  it.each([
    ['', { digits: 0, asciiAlnum: 0, at: false, dotOrColon: false }],
    ['今天下午三点开会', { digits: 0, asciiAlnum: 0, at: false, dotOrColon: false }],
    ['会议改到周三 10:30', { digits: 4, asciiAlnum: 4, at: false, dotOrColon: true }],
    ['zhang@example.com', { digits: 0, asciiAlnum: 15, at: true, dotOrColon: true }],
    ['pwd=1234', { digits: 4, asciiAlnum: 7, at: false, dotOrColon: false }],
    ['１２３', { digits: 0, asciiAlnum: 0, at: false, dotOrColon: false }],
  ])('%j', (text, profile) => {
    expect(profileText(text)).toEqual(profile);
  });
});

describe('createDetectors: what the profile skips is nothing a detector would find', () => {
  const all = createDetectors(DETECTOR_NAMES);
  it.each([
    ['the shortest mobile', '13812345678', ['cn_mobile']],
    ['the shortest ID', '11010519491231002X', ['cn_id']],
    ['the shortest card', '378282246310005', ['bank_card']],
    ['the shortest e-mail', 'a@b.cn', ['email']],
    ['the shortest link', 't.cn/a', ['url']],
    ['the shortest password', 'pwd=1234', ['credential']],
    ['the shortest connection string', 'mysql://u:p@h', ['credential']],
    ['10 digits are not a mobile', '1381234567', []],
    ['a clean line', '今天下午三点开会，大家准时', []],
  ])('%s: %j', (_why, text, detectors) => {
    expect(all(text).map((h) => h.detector)).toEqual(detectors);
  });
});
