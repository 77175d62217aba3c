import { describe, expect, it } from 'vitest';
import { createEmailDetector } from '../../../src/core/detectors/email.js';
import { valuesOf } from './helpers.js';

const detect = createEmailDetector();

describe('email detector: hits', () => {
  it.each([
    ['zhangsan@example.com', ['zhangsan@example.com']],
    ['联系我zhangsan@example.com谢谢', ['zhangsan@example.com']],
    ['Li.Si+work@mail.example.com.cn', ['Li.Si+work@mail.example.com.cn']],
    ['a_b-c@sub-domain.example.io', ['a_b-c@sub-domain.example.io']],
    ['13812345678@139.com', ['13812345678@139.com']],
    ['发到zhang@example.com。', ['zhang@example.com']],
    ['mail zhang@example.com.', ['zhang@example.com']],
    ['..zhang@example.com', ['zhang@example.com']],
    ['<wang@example.org>', ['wang@example.org']],
    ['mailto:wang@example.org', ['wang@example.org']],
    ['ZHANG@EXAMPLE.COM', ['ZHANG@EXAMPLE.COM']],
    ['zhang@example.com/path', ['zhang@example.com']],
    ['a@example.com,b@example.org', ['a@example.com', 'b@example.org']],
    ['ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ'.normalize('NFKC'), ['zhang@example.com']],
    ['邮箱 git@example.com 有问题找我', ['git@example.com']],
    ['mail me: zhang@example.com: thanks', ['zhang@example.com']],
  ])('%s -> %j', (text, expected) => {
    expect(valuesOf(detect, text)).toEqual(expected);
  });

  it('reports offsets into the text', () => {
    expect(detect('联系我zhangsan@example.com谢谢')).toEqual([
      { detector: 'email', start: 3, end: 23, value: 'zhangsan@example.com' },
    ]);
  });
});

describe('email detector: non-hits', () => {
  it.each([
    ['no dot in domain', 'zhang@localhost'],
    ['one-letter TLD', 'zhang@example.c'],
    ['no local part', '@example.com'],
    ['non-ASCII local part', '张三@example.com'],
    ['label starts with a dash', 'zhang@-example.com'],
    ['empty label', 'zhang@example..com'],
    ['TLD runs into digits', 'zhang@example.com1'],
    ['TLD runs into a digit label', 'zhang@sub.example.com1'],
    ['double at', 'zhang@@example.com'],
    ['only dots before the at', '..@example.com'],
    ['empty', ''],
    ['a Git remote', 'git@github.com:org/repo.git'],
    ['a company Git remote', '仓库地址 git@gitlab.company.cn:team/app.git 拉一下'],
    ['an SSH remote URL', 'ssh://git@github.com/org/repo.git'],
    ['a git+ssh remote URL', 'git+ssh://git@github.com/org/repo.git'],
    ['an scp target', 'scp app.tar deploy@build.example.com:~/app/'],
  ])('%s: %s', (_why, text) => {
    expect(detect(text)).toEqual([]);
  });
});
