/**
 * Mention vs. use through the shipped default policy, its cue lists and the
 * real jieba: a term that is named (a prohibition, a notice, news, the group's
 * own rules) opens no case; the real thing still does.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultPolicyPath } from '../../../src/config/package-root.js';
import { useDefaultScreener } from '../../support/default-screener.js';
import { VALID_ID } from '../../support/numbers.js';

const screener = useDefaultScreener();

const dictionaryTerms = (text: string): string[] => screener.screen(text).filter((f) => f.source === 'dictionary').map((f) => `${f.category}/${f.term}`);

describe('a mention opens no case (and the excused hit is kept for debugging)', () => {
  it.each<[string, string]>([
    ['prohibition', '资料大家注意保密，不要外传'],
    ['prohibition', '严禁参与任何形式的赌博'],
    ['prohibition', '禁止在群里发账号密码'],
    ['prohibition', '谣言止于智者，不要相信小道消息'],
    ['prohibition', '拒绝网赌，从我做起'],
    ['prohibition', '杜绝刷单，守住钱包'],
    ['prohibition', '不要在群里传播色情内容'],
    ['prohibition', '禁止在群内发布广告和代开发票信息'],
    ['prohibition', '严禁在群里约架斗殴'],
    ['prohibition', '谨防冒充客服的套现诈骗'],
    ['prohibition', '警惕高额返利陷阱'],
    ['prohibition', '请不要转发未经证实的内部消息'],
    ['prohibition', '禁止外传绝密文件'],
    ['prohibition', '务必注意：严禁泄露机密'],
    ['prohibition', '警惕网贷陷阱，不要轻信秒批'],
    ['prohibition', '远离毒品和赌博'],
    ['prohibition', '提醒：请勿点击陌生人发来的链接领取彩金'],
    ['reminder', '注意保密，客户名单不要外传'],
    ['notice', '【通知】本周五下午进行保密培训，内容包括商业秘密保护'],
    ['notice', '公告：严禁员工参与任何形式的网赌'],
    ['password reminder', '安全提醒：不要把账号密码贴在群里'],
    ['training', '合规培训提醒：商业秘密受法律保护'],
    ['anti-fraud campaign', '反诈宣传：刷单都是骗局，请大家提高警惕'],
    ['anti-fraud campaign', '温馨提示：网上兼职日结大多是诈骗'],
    ['anti-gambling campaign', '反赌宣传周：百家乐、时时彩都是骗局'],
    ['campaign', '网络赌博是违法行为'],
    ['campaign', '刷单都是骗局，千万别信'],
    ['rumour rebuttal', '不信谣不传谣，公司要倒闭是假的'],
    ['news', '新闻：某地打掉一个网络赌博团伙'],
    ['news', '警方破获一起特大网络赌博案'],
    ['news', '据报道，某公司员工泄露商业秘密被判处三年有期徒刑'],
    ['news', '扫黄打非：某地查处一批色情网站'],
    ['news', '法院判处三名网络赌博组织者有期徒刑'],
    ['news with an amount (not a material category)', '新闻：警方打掉一个网络赌博团伙，涉案金额1200万元'],
    ['content-review report', '本周内容审核：拦截赌博广告12条、色情信息3条'],
    ['content-review report', '审核周报：本周共处理刷单广告5条'],
    ['the rules, verbatim', '禁止发布赌博、色情、暴力、广告、谣言及人身攻击内容。'],
    ['the rules, verbatim', '公司机密、客户信息、薪资和个人信息不得在群内发送。'],
    ['the rules, quoted with a number', '群规第二条：禁止发布赌博、色情、暴力、广告、谣言及人身攻击内容'],
    ['the rules, paraphrased', '再说一遍：公司机密、客户信息和薪资不得在群内发送'],
  ])('%s: %j', (_kind, text) => {
    const { findings, suppressed } = screener.explain(text);
    expect(findings).toEqual([]);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(screener.screen(text)).toEqual(findings);
  });
});

describe('a word that is ordinary talk on its own ([需佐证]) needs the material itself', () => {
  it.each([
    ['payday notice', '本月工资条请登录OA查看', []],
    ['payday notice', '工资条已发放，请登录员工系统自行查看', []],
    ['a reminder not to post one', '提醒：不要在群里乱发工资截图，个人薪资属于隐私', []],
    ['a payslip with an amount', '工资条：张三 8500元', ['confidential/工资条']],
    ['a payroll file', '工资表.xlsx 发你了', ['confidential/工资表']],
  ])('%s: %j', (_kind, text, expected) => {
    expect(screener.screen(text).map((f) => `${f.category}/${f.term}`)).toEqual(expected);
  });
});

describe('the real thing still opens a case', () => {
  it.each<[string, string, string]>([
    ['别外传 after the material', '这是绝密的报价单，别外传', 'confidential/绝密'],
    ['请勿外传 after the material', '会议决议如下，请勿外传', 'confidential/请勿外传'],
    ['切勿外传 glued to the label', '绝密切勿外传', 'confidential/切勿外传'],
    ['the label on named material', '这份客户名单请勿外传', 'confidential/客户名单'],
    ['a prohibition, then the material attached', '严禁外传的资料：绝密报价单见附件', 'confidential/绝密'],
    ['a prohibition, then the file sent', '禁止泄露机密，这份绝密文件发你了', 'confidential/绝密文件'],
    ['a payslip with names and amounts', '工资条：张三 8500元，李四 9200元', 'confidential/工资条'],
    ['a salary figure', '小李的薪资是2万5，比你高一截', 'confidential/薪资'],
    ['payslips asked for as screenshots', '把上个月所有人的工资条截图发一下', 'confidential/工资条截图'],
    ['credentials shown in a screenshot (the detector cannot read it)', '服务器的账号密码都在这张截图里', 'confidential/账号密码'],
    ['a leaked bid price', '投标底价是 380 万，别说出去', 'confidential/投标底价'],
    ['company secret, do not pass on', '这个是公司机密，别往外发', 'confidential/机密'],
    ['material in the group files', '我把机密文件放群文件了，你们下载一下', 'confidential/机密文件'],
    ['customer list posted', '华东区的客户名单我发群里了，大家分一下', 'confidential/客户名单'],
    ['a real invitation to gamble', '今晚来玩百家乐，上分找我', 'gambling/百家乐'],
    ['a notice header hiding an invitation', '通知：今晚百家乐开桌，私聊我', 'gambling/百家乐'],
    ['a tip header hiding an ad with a handle', '温馨提示：兼职日结，加我vx abc888', 'ads/兼职日结'],
    ['不要错过 is a pitch, not a prohibition', '不要错过，百家乐稳赚', 'gambling/百家乐'],
    ['别犹豫 is a pitch', '别犹豫了，刷单一单结一单', 'ads/刷单'],
    ['a friend gambling for real', '别网赌了，你已经输了三个月工资', 'gambling/网赌'],
    ['gambling in pinyin', '周末一起dubo吗', 'gambling/赌博'],
    ['a betting platform', '新开的博彩平台，注册就送88', 'gambling/博彩'],
    ['lottery tips', '时时彩计划群，准确率90%', 'gambling/时时彩'],
    ['a threat', '信不信我弄死你', 'violence/弄死你'],
    ['a threat after 不要逼我', '不要逼我弄死你', 'violence/弄死你'],
    ['a threat with a condition', '再敢碰我的客户，我砍死你', 'violence/砍死你'],
    ['guns for sale', '有人出售枪支吗，价格好说', 'violence/枪支'],
    ['abuse', '你怎么不去死', 'abuse/去死'],
    ['abuse', '你就是个废物', 'abuse/废物'],
    ['abuse', '傻逼领导又改需求', 'abuse/傻逼'],
    ['abuse in Latin', 'cnm，谁把测试环境删了', 'abuse/cnm'],
    ['abuse with a news verb about a person', '打掉你的狗牙，狗东西', 'abuse/狗东西'],
    ['abuse', '你个垃圾，还好意思来找我', 'abuse/你个垃圾'],
    ['porn solicitation', '想约炮的加我，同城可约', 'porn/约炮'],
    ['porn', '援交妹子照片看这里', 'porn/援交'],
    ['gossip about a colleague', '他昨天嫖娼被抓了，你们知道吗', 'porn/嫖娼'],
    ['click farming', '淘宝刷单，一单结一单', 'ads/刷单'],
    ['fake invoices', '代开发票，各种类型都有，点数低', 'ads/代开发票'],
    ['loans', '网贷下款快，征信不好也行', 'ads/网贷'],
    ['rumour', '听说公司要倒闭，大家早做打算', 'rumour/公司要倒闭'],
    ['rumour', '内部消息，明年不发年终奖', 'rumour/内部消息'],
    ['rumour', '老板跑路了，工资没人发了', 'rumour/老板跑路'],
    ['a leak with 一律 later in the sentence (not a judgement)', '兼职刷单的客户名单在这，华东区报价一律八折', 'confidential/客户名单'],
    ['a leak pointing at itself (在这)', '客户名单在这，可以查询', 'confidential/客户名单'],
    ['a rules sentence followed by a real invitation', '禁止发布赌博、色情、暴力、广告、谣言及人身攻击内容。今晚百家乐上分找我', 'gambling/百家乐'],
  ])('%s: %j', (_kind, text, expected) => {
    expect(dictionaryTerms(text)).toContain(expected);
  });
});

describe('personal data and what comes with it are never excused', () => {
  it.each<[string, string]>([
    ['a prohibition sentence carrying a real ID', `禁止在群里发身份证号，比如${VALID_ID}`],
    ['a notice carrying a real ID', `通知：请核对身份证 ${VALID_ID}`],
    ['a mobile number next to a prohibition', '严禁赌博，有事打13812345678'],
  ])('%s', (_name, text) => {
    const findings = screener.screen(text);
    expect(findings.some((f) => f.source === 'detector')).toBe(true);
    expect(screener.explain(text).suppressed).toEqual([]);
  });
});

describe('the default policy’s own rules', () => {
  const rules = (parse(readFileSync(defaultPolicyPath(), 'utf8')) as { rules: string[] }).rules;

  it('the policy has rules that name listed topics', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.some((r) => screener.explain(r).suppressed.length > 0)).toBe(true);
  });

  it.each([0, 1, 2])('rule %i re-posted opens no case, alone or all together', (i) => {
    expect(screener.screen(rules[i]!).filter((f) => f.source === 'dictionary')).toEqual([]);
    expect(screener.screen(`群规：\n${rules.join('\n')}`).filter((f) => f.source === 'dictionary')).toEqual([]);
  });
});
