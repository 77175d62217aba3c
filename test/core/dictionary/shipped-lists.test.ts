/**
 * The shipped dictionaries as data: every file the default policy names has a
 * header, parses cleanly, is written in normalised form, holds at least its
 * floor of terms, repeats no term of another file, and every allow entry
 * covers a listed term. Then both sides of the coverage the lists promise,
 * screened with the default policy and the real jieba segmenter.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDictionary } from '../../../src/core/dictionary/parse-dictionary.js';
import type { Screener } from '../../../src/core/screen/screener.js';
import { compactTerm } from '../../../src/core/screen/term-matcher.js';
import { normalise } from '../../../src/core/text/normalise.js';
import { compileScreener } from '../../../src/policy/compile-screener.js';
import { loadPolicy } from '../../../src/policy/load-policy.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const POLICY = `${ROOT}policies/default.yaml`;
const loaded = loadPolicy(POLICY);
const policyDir = dirname(POLICY);

/** Fewest terms each shipped file must keep (a little under today's counts, so shrinking a list is a decision). */
const FLOORS: Record<string, number> = {
  'violence.txt': 600,
  'ads.txt': 390,
  'abuse.txt': 300,
  'rumour.txt': 250,
  'confidential.txt': 215,
  'gambling.txt': 150,
  'porn.txt': 150,
};
const TOTAL_FLOOR = 2_100;

interface ShippedFile {
  name: string;
  category: string;
  text: string;
  terms: string[];
  /** Terms marked [需佐证]. */
  evidence: string[];
  /** Terms marked [单独]. */
  alone: string[];
}

const files: ShippedFile[] = loaded.policy.dictionaries.map((d) => {
  const text = readFileSync(resolve(policyDir, d.file), 'utf8');
  const parsed = parseDictionary(text);
  return { name: basename(d.file), category: d.category, text, terms: parsed.terms, evidence: parsed.evidence, alone: parsed.alone };
});
const allowText = readFileSync(resolve(policyDir, loaded.policy.allow[0]!.file), 'utf8');
const key = (term: string): string => compactTerm(normalise(term).text);

describe('shipped lists: every file', () => {
  it('the default policy names every file that has a floor', () => {
    expect(files.map((f) => f.name).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  it.each(files.map((f) => [f.name, f] as const))('%s parses without problems', (_name, file) => {
    expect(parseDictionary(file.text).problems).toEqual([]);
  });

  it.each([...files.map((f) => [f.name, f.text] as const), ['allow.txt', allowText] as const])('%s opens with a header: what is in, what is out, in Chinese and English', (_name, text) => {
    const header = text.split('\n').filter((line, i, lines) => lines.slice(0, i + 1).every((l) => l.startsWith('#'))).join('\n');
    expect(header).toMatch(/收录/);
    expect(header).toMatch(/不收录/);
    expect(header).toMatch(/English:/);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s holds at least its floor of terms', (name, file) => {
    expect(file.terms.length).toBeGreaterThanOrEqual(FLOORS[name]!);
  });

  it(`the lists hold at least ${TOTAL_FLOOR} terms in all`, () => {
    expect(files.reduce((n, f) => n + f.terms.length, 0)).toBeGreaterThanOrEqual(TOTAL_FLOOR);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s is written in normalised form (lower case, half-width, simplified)', (_name, file) => {
    expect(file.terms.filter((t) => normalise(t).text !== t)).toEqual([]);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s has no single-character term unless it counts only standing alone [单独]', (_name, file) => {
    expect(file.terms.filter((t) => [...key(t)].length < 2 && !file.alone.includes(t))).toEqual([]);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s lists each term once', (_name, file) => {
    const lines = file.text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
    expect(lines.length).toBe(file.terms.length);
  });

  it('no term is listed in two files (the second copy would be silently ignored)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of files) {
      for (const term of file.terms) {
        const other = owner.get(key(term));
        if (other) clashes.push(`${term}: ${other} and ${file.name}`);
        else owner.set(key(term), file.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('every allow entry contains a listed term (an entry that covers nothing does nothing)', () => {
    const keys = files.flatMap((f) => f.terms.map(key));
    const useless = parseDictionary(allowText).terms.filter((a) => !keys.some((k) => key(a).includes(k)));
    expect(useless).toEqual([]);
  });
});

describe('shipped lists: over-broad words stay out (or need the material itself)', () => {
  it.each<[string, string]>([
    ['工资条', 'payslip notices are ordinary HR talk'],
    ['工资单', 'payslip notices are ordinary HR talk'],
    ['工资表', 'payroll is ordinary HR and finance work'],
    ['工资明细', 'payslip details are viewed in the HR app'],
    ['薪资', 'salary on its own is no leak'],
    ['股权激励', 'the company announces its incentive plan'],
    ['并购', 'bank branches sell M&A loans'],
    ['源代码', 'developers talk about source code all day'],
    ['私钥', 'log in with a private key; real keys go to the credential detector'],
    ['内部通讯录', 'the company directory in WeCom'],
    ['tmd', 'TMD is a dental diagnosis'],
    ['sb', 'StringBuilder sb'],
    ['菠菜', 'spinach in the canteen'],
    ['扫码加群', 'volunteers join a group by QR code'],
    ['代理', 'proxy servers and sales agents'],
    ['私聊我', 'a colleague asks for a private chat'],
    ['垃圾', 'waste sorting'],
    ['上分', 'ranking up in a game'],
    ['可靠消息', 'reliable messaging'],
  ])('%s is not listed on its own (%s)', (term) => {
    const listed = files.flatMap((f) => { const marked = new Set(f.evidence); return f.terms.filter((t) => !marked.has(t)).map(key); });
    expect(listed).not.toContain(key(term));
  });

  it.each(['工资条', '工资单', '工资表', '工资明细', '薪资'])('%s counts only with the material itself ([需佐证])', (term) => {
    expect(files.find((f) => f.name === 'confidential.txt')?.evidence).toContain(term);
  });
});

let screener: Screener;
beforeAll(() => {
  screener = compileScreener(loaded);
  screener.screen('绝密'); // load jieba once, outside any single test's time
}, 60_000);

describe('shipped lists: the classes the lists cover are caught', () => {
  it.each<[string, string]>([
    ['再敢来我就砍死他', 'violence'],
    ['迟早弄死这帮人', 'violence'],
    ['信不信我废了他', 'violence'],
    ['我找人收拾他，你别管', 'violence'],
    ['谁有门路搞把枪', 'violence'],
    ['打断他的腿都算轻的', 'violence'],
    ['气狗出售，货到付款', 'violence'],
    ['需要模板的私聊我拿资料', 'ads'],
    ['加q领取教程', 'ads'],
    ['点赞兼职，日结', 'ads'],
    ['拉人头奖励五十一个', 'ads'],
    ['高价收购银行卡', 'ads'],
    ['百家乐真人荷官在线', 'gambling'],
    ['重庆时时彩计划', 'gambling'],
    ['24小时上分下分', 'gambling'],
    ['一起去堵伯吗', 'gambling'],
    ['新开的菠菜平台，首充送', 'gambling'],
    ['同城楼凤，可上门', 'porn'],
    ['发个黄网地址', 'porn'],
    ['nmsl，别装了', 'abuse'],
    ['WCNM，又宕机', 'abuse'],
    ['你个废柴，这都不会', 'abuse'],
    ['你是猪吗，说了三遍', 'abuse'],
    ['听说要裁员了，每个部门砍一半', 'rumour'],
    ['据内部消息要降薪', 'rumour'],
    ['这个视频转疯了', 'rumour'],
    ['不转不是中国人', 'rumour'],
    ['明年的规划，千万别外传', 'confidential'],
    ['全员工资表发你了', 'confidential'],
    ['优化名单下周出', 'confidential'],
  ])('%j -> %s', (text, category) => {
    expect(screener.screen(text).map((f) => f.category)).toContain(category);
  });
});

describe('shipped lists: the innocent look-alikes are not', () => {
  it.each<[string, string]>([
    ['本月工资条已推送到OA，请登录查看', 'payslip notice'],
    ['周三下午神经病学的规培课改到示教室', 'neurology'],
    ['英文缩写是TMD，先保守治疗', 'medical abbreviation'],
    ['StringBuilder sb = new StringBuilder();', 'code'],
    ['USB接口被禁了，请用内网网盘', 'USB'],
    ['Excel里批量刷单元格格式', 'format painter'],
    ['这张单子作废了他还不知道', 'voided form'],
    ['老板打死他也不会同意的', 'idiom'],
    ['明天找人收拾他的工位', 'tidying a desk'],
    ['今天食堂有清炒菠菜', 'spinach'],
    ['年会志愿者请扫码加群', 'QR group join'],
    ['终端里设置一下 http_proxy 就能走代理', 'proxy'],
    ['给客服部的小伙伴点赞', 'praise'],
    ['订单系统用的是可靠消息最终一致性方案', 'reliable messaging'],
    ['请大家每三个月修改一次域账号密码', 'password rotation reminder'],
    ['这是个定时炸弹，得尽快处理', 'figure of speech'],
    ['车间配了两把手枪钻', 'power drill'],
    ['客户需要并购贷款', 'bank product'],
    ['聊以自慰吧', 'idiom'],
    ['护士给病人做了皮下注射', 'injection'],
    ['数据传输速度太慢了', 'data transfer'],
    ['请打印一张彩色图片', 'colour picture'],
    ['这批料全废了，他也没办法', 'scrapped material'],
    ['这个需求先砍一刀，剩下的下期做', 'cutting scope'],
    ['老王八点到公司', 'a name before a time'],
    ['这个接口交给小王做', 'handing over an API'],
    ['你好，垃圾桶满了', 'greeting before a noun'],
  ])('%j (%s)', (text) => {
    expect(screener.screen(text)).toEqual([]);
  });
});
