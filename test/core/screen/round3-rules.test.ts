/**
 * The round-3 rules and list changes through the shipped default policy, both sides each: tone-marked pinyin,
 * four-character terms with one syllable in pinyin, the `贝者` split, threats to stab, shoot or burn, rumours of
 * takeovers and lay-offs, material shown before it is public, customer data for sale, pitches that pay per
 * recruit, contraband lists, figurative `赌一把`, fights reported, the abusive `sb` and student numbers.
 */
import { describe, expect, it } from 'vitest';
import { useDefaultScreener } from '../../support/default-screener.js';

const screener = useDefaultScreener();
const { categories } = screener;

describe('round 3: the real thing opens a case', () => {
  it.each<[string, string, string]>([
    ['tone-marked pinyin, spaced', '这个主管就是 shǎ bī 一个', 'abuse'],
    ['a tone mark half in pinyin', '再吵我就弄sǐ你', 'violence'],
    ['a four-character term with one syllable in pinyin', '内bu消息：食堂下月外包', 'rumour'],
    ['a four-character term, syllable in the middle', '这是小dao消息，先别声张', 'rumour'],
    ['a split character for 赌', '晚上贝者球吗，我有盘口', 'gambling'],
    ['a disguised 赌一把', '下班去贝者一把？', 'gambling'],
    ['a threat to stab', '他再插队我就捅他', 'violence'],
    ['a threat to shoot, with a stand-in', '谁敢动我车我就🔫了他', 'violence'],
    ['a threat to burn', '再不结账我一把火烧了你的店', 'violence'],
    ['a threat to burn, the target in between', '一把火把他车烧了', 'violence'],
    ['a threat to stab, with the knife', '再骂我就拿刀捅他', 'violence'],
    ['a threat to smash, with the target in between', '明天去把他摊子砸了', 'violence'],
    ['a takeover rumour with the buyer in between', '听说集团被一家外资收购了', 'rumour'],
    ['a lay-off rumour', '有人说我们组年底都要被裁', 'rumour'],
    ['a rumour of disease', '据说仓库那边有人得了传染病', 'rumour'],
    ['material before it is public', '职称评审结果还没公示，你们先看看我截的图', 'confidential'],
    ['customer data for sale', '客户资料我这有三千条，有人收的话私我', 'confidential'],
    ['paid per recruit', '入会免费，拉一个人返两百', 'ads'],
    ['a personal-shopping pitch', '代购日本药妆，要的私聊', 'ads'],
    ['abusive sb before a person', 'sb经理又改方案', 'abuse'],
    ['abusive sb after 是个', '那人就是个sb', 'abuse'],
    ['the 大保健 homophone', '周末去做个大宝剑', 'porn'],
  ])('%s: %s', (_why, text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe('round 3: named, not done, or another word: no case', () => {
  it.each<[string, string]>([
    ['a contraband list', '禁寄物品：枪支、弹药、管制刀具，网点一律不收'],
    ['a contraband header', '违禁品提示：烟花爆竹不能寄'],
    ['a fight reported', '昨晚夜市有人斗殴，警察来了'],
    ['a fight in a rule', '宿舍禁止打群架，违者辞退'],
    ['a figurative gamble', '这次投标只能赌一把了'],
    ['a takeover as business', '我们在谈收购一家供应商的方案'],
    ['lay-off procedure', '辞退流程要先走工会'],
    ['disease-control training', '明天传染病防控培训，地点二楼'],
    ['a notice not yet public, nothing shown', '名单还没公示，请大家耐心等通知'],
    ['customer data handled at work', '客户资料今天必须录完'],
    ['a referral bonus in HR talk', '公司内推奖励政策见附件'],
    ['a personal-shopping favour', '我下周去香港，要代购的提前说'],
    ['StringBuilder sb in code', 'StringBuilder sb = new StringBuilder(); sb.append(x);'],
    ['a student number with mobile-like digits', '学号13912345678的同学来一下办公室'],
    ['an exam number', '准考证号 15800001111 已打印'],
    ['a nudge', '你捅他一下，让他醒醒'],
    ['a crash', '服务器崩了你赶紧看看'],
    ['a torch', '停电了，拿一把火把照明'],
    ['a release not yet out', '新版本还没发布，先发你们测试包'],
    ['figures not yet reported', '数据还没上报，先发你们核对一下'],
    ['contact details checked one by one', '客户姓名电话一条一条核对'],
    ['bids entered with the customer records', '客户资料和出价都录进系统了'],
    ['a four-character term as itself in a notice', '请勿传播小道消息，以公司公告为准'],
    ['a syllable glued to Latin', 'api内bu消息'],
  ])('%s: %s', (_why, text) => {
    expect(screener.screen(text)).toEqual([]);
  });
});

describe('round 3: a credential is one finding, not also the words that name it', () => {
  it.each<[string, string, string[]]>([
    ['the term names the secret it introduces', '服务器密码：root / Aa123456!@#', ['credential']],
    ['a term inside the account name', '共享盘账号密码：zhangbo / Zb_20261103', ['credential']],
    ['a handling marker after the secret labels it', '测试库密码是 Qa#2026db，别外传', ['credential']],
    ['material elsewhere in the message still counts', '客户名单发你了，别外传。跳板机密码：Tb#88991x', ['confidential', 'credential']],
    ['a handling marker without a secret is the material', '这是明年的调薪方案，别外传', ['confidential']],
  ])('%s: %s', (_why, text, expected) => {
    expect([...new Set(categories(text))].sort()).toEqual(expected);
  });
});
