/**
 * Three more forms of pasted secrets, both sides: an account and a password
 * joined by a slash without a password label, an English secret word followed
 * by Chinese `是`, and a private key paste cut off after its first characters.
 */
import { describe, expect, it } from 'vitest';
import { createCredentialDetector } from '../../../src/core/detectors/credential/credential.js';
import { screenLike } from './helpers.js';

const detect = createCredentialDetector();
const found = (text: string): string[] => screenLike(detect, text).map((h) => h.match);

describe('caught', () => {
  it.each<[string, string, string]>([
    ['an account / password pair', '网银后台测试账号：admin_test / Qaz@2026wsx，测试完记得改回来', 'qaz@2026wsx'],
    ['a login name / password pair', '登录名 wang.fang / Wf#2026ok', 'wf#2026ok'],
    ['a secret said in Chinese', '钉钉机器人的 secret 是 SECa8f3b2c1d9e7f6a5b4c3d2e1f0a9b8c7，别泄露出去', 'seca8f3b2c1d9e7f6a5b4c3d2e1f0a9b8c7'],
    ['a token said in Chinese', 'CI 的 token 为 9f8e7d6c5b4a39281706f5e4d3c2b1a0', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
    ['a private key cut off', '-----BEGIN RSA PRIVATE KEY----- MIIEpAIBAAKCAQEA7vQx2b… 跳板机的', 'miiepaibaakcaqea7vqx2b'],
  ])('%s: %s (masked)', (_why, text, secret) => {
    const hits = screenLike(detect, text);
    expect(hits.some((h) => h.match.toLowerCase().includes(secret))).toBe(true);
    for (const h of hits) expect(h.redacted.toLowerCase()).not.toContain(secret);
  });
});

describe('not a credential', () => {
  it.each<[string, string]>([
    ['two names with a slash', '账号：zhangsan/lisi'],
    ['an account rule', '用户名：请使用工号 / 手机号'],
    ['people listed', '用户：张三 / 李四 / 王五'],
    ['a path', '用户路径 /home/user/app-1.2'],
    ['a question about the word', 'secret 是什么意思'],
    ['a form field', 'token 是必填的'],
    ['the armour only named', '文件以-----BEGIN PRIVATE KEY-----开头'],
  ])('%s: %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });
});
