/**
 * The round-2 rules through the shipped default policy, both sides each:
 * a listing clause continues a prohibition, reports and review talk name a
 * term, drills and exposed scams are mentions, pay words need the material,
 * record numbers are not personal data, and list membership a moderator would choose.
 */
import { describe, expect, it } from 'vitest';
import { useDefaultScreener } from '../../support/default-screener.js';

const screener = useDefaultScreener();
const { categories } = screener;

describe('named, not done: no case', () => {
  it.each<[string, string]>([
    ['a listing clause continues the prohibition', '严禁参与任何形式的赌博，包括网络彩票和棋牌充值，违者严肃处理'],
    ['a listing clause continues the prohibition', '禁止在宿舍赌博，尤其是打牌下注'],
    ['something to report', '发现有人持有管制刀具立即上报'],
    ['content-review talk', '风控模型的训练集里要补一批赌博和色情引流的样本'],
    ['a drill', '防暴力伤医演练明天上午，保安会扮演持刀人员'],
    ['a scam exposed', '有骗子冒充猎头以兼职日结为名骗押金，大家留个心眼'],
    ['a consequence', '上次那个在宿舍聚赌被开除的事，大家引以为戒'],
    ['a classification', '技术资料属于公司机密，严禁拍照外传'],
    ['an emphasis', '科室会议纪要：强调患者隐私保护，化验单不要拍照外传'],
    ['a risk to spot', '今天的晨会重点：信用卡套现风险识别，发现异常交易及时上报'],
    ['a payday notice', '本月绩效奖金已发放，明细请登录OA查看'],
    ['a bonus date', '年终奖下个月随工资发放'],
    ['jewellery', '会员积分兑换的彩金吊坠到货了，前台自取'],
    ['cleaning', '电焊车间下午去死角清扫一下'],
    ['code', '帮我找死锁在哪，线程dump发你了'],
  ])('%s: %s', (_why, text) => {
    expect(screener.screen(text)).toEqual([]);
  });
});

describe('the real thing still opens a case', () => {
  it.each<[string, string, string]>([
    ['a listing clause without a prohibition', '今晚玩两把，包括百家乐和牛牛，上分找我', 'gambling'],
    ['a threat that scorns the police', '再惹我就找人把他废了，报警也没用', 'violence'],
    ['a pay list pasted', '季度考核奖金出来了：柜员张丽 6800，李明 5200，王涛 4100', 'confidential'],
    ['a bonus list with amounts', '年终奖分配表：张伟 3.2万，刘洋 2.8万', 'confidential'],
    ['night-shift pay per person', '护士长给的夜班费明细：小王 1860，小李 2100，小周 1750', 'confidential'],
    ['a gambling bonus', '注册就送彩金，首充翻倍', 'gambling'],
    ['a curse', '你怎么不去死', 'abuse'],
    ['a Latin curse in a sentence', '病人家属真tmd烦，一个问题问十遍', 'abuse'],
  ])('%s: %s', (_why, text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe('record numbers are not personal data', () => {
  it.each([
    '床号 12，住院号 13518025472，明天出院',
    '凭证号 15286811392 的那笔手续费退回了',
    'traceId 18657553808 这条链路超时了',
    '物料编码 13586991035 的螺丝缺货了',
  ])('no case: %s', (text) => {
    expect(screener.screen(text)).toEqual([]);
  });

  it.each(['患者手机号19904402790，护工要联系她', '家属电话 13854992896，有事直接打'])('a mobile: %s', (text) => {
    expect(categories(text)).toContain('cn_mobile');
  });
});

describe('a knife emoji stands for 砍', () => {
  it.each<[string, boolean]>([
    ['我就🔪死你', true],
    ['今天切菜🔪好快', false],
  ])('%s → %s', (text, hit) => {
    expect(categories(text).includes('violence')).toBe(hit);
  });
});

describe('handling markers, hearsay about people, selling in the group', () => {
  it.each<[string, string]>([
    ['这份会议纪要只给你们几个看', 'confidential'],
    ['明年要撤的网点名单，先别声张', 'confidential'],
    ['新品配方在附件，对外保密', 'confidential'],
    ['听说新来的副总是关系户', 'rumour'],
    ['据说财务总监被约谈了', 'rumour'],
    ['卖二手劳保鞋，全新的八十，要的私聊', 'ads'],
    ['出售闲置显示器，九成新，加我微信', 'ads'],
  ])('%s → %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it.each([
    '资料大家注意保密，不要外传',
    '听说你要离职了，舍不得',
    '股权转让协议的事我私聊你',
    '代办事项有问题私聊我',
    '卖给客户的型号要确认，有问题私聊我',
    '需要模板的私我',
  ])('no case: %s', (text) => {
    expect(screener.screen(text)).toEqual([]);
  });
});

describe('the third batch: pitches and stakes, not their everyday words', () => {
  it.each<[string, string]>([
    ['来不来？二十一把，老规矩输了发红包', 'gambling'],
    ['今晚九点开局，一百一把，微信转账', 'gambling'],
    ['高价回收黄金、名表，上门服务，电话联系', 'ads'],
    ['推荐一个理财群，每天稳赚5%，进群找群主', 'ads'],
    ['那个包工头再不给钱，我就去把他家砸了', 'violence'],
    ['据说老板欠了一屁股债，公司快撑不下去了', 'rumour'],
    ['周末出去玩，我给你找个妹子陪你过夜', 'porn'],
  ])('%s → %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it.each([
    '外围设备采购单我已经提交',
    '加微信群的二维码在公告里',
    '高价回收的旧设备清单报给资产部',
    '关注公众号可以免费领取体检报告解读',
    '昨晚打王者上分，连跪五把，心态崩了。',
    '倍投这个词是什么意思？客户问的，我不懂',
    '这把伞谁的？落在会议室一把了',
    '测试把服务器打爆了，限流一下',
    '听说明天停电，大家提前保存文件',
    '这个月限产，三号线停工检修',
  ])('no case: %s', (text) => {
    expect(screener.screen(text)).toEqual([]);
  });
});

describe('Latin abbreviations glossed or named, refusals reported', () => {
  it.each([
    'CNM（注册助产士）的培训证书下个月到期',
    '把 CNM 的 chart 版本升一下',
    '客户问我们这里能不能代开发票，我说不行',
    '客户说他被网贷公司骚扰，问我们能不能帮忙',
    '客户那边的涉密项目我们没有资质，直接婉拒吧',
  ])('no case: %s', (text) => {
    expect(screener.screen(text)).toEqual([]);
  });

  it.each(['cnm 的，又加班', 'nmsl，方案改了八遍', 'cnm，又让我背锅'])('abuse: %s', (text) => {
    expect(categories(text)).toContain('abuse');
  });
});

describe('a demonstrative points forward', () => {
  it('after the term it points at a rule: no case', () => {
    expect(screener.screen('提醒一下大家，不要把客户名单发到私人邮箱，这是公司红线')).toEqual([]);
  });

  it.each(['这是下季度的调薪名单，先发群里大家看看，别外传啊', '禁止外传，这份是客户名单'])('before the term it points at the material: %s', (text) => {
    expect(categories(text)).toContain('confidential');
  });
});

describe('the fourth batch', () => {
  it.each<[string, string]>([
    ['周末组个局打牌，底注二十，输赢现结', 'gambling'],
    ['网盘里有不少福利视频，想要的找我', 'porn'],
    ['这种人就该被打死，我来动手', 'violence'],
    ['再惹我，我就让他见不到明天的太阳', 'violence'],
    ['垃圾东西，一天到晚就知道甩锅', 'abuse'],
    ['出售各类发票，正规可查，量大从优', 'ads'],
    ['兼职➕微：abc777，一天一百', 'ads'],
    ['我朋友在总部，他说下半年要裁掉一半的人', 'rumour'],
    ['投标报价单我拍照发群里了，底价380万，别让对手知道', 'confidential'],
  ])('%s → %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it.each([
    '公司福利费的标准下发了，大家看一下',
    '垃圾分类的桶放在楼梯口',
    '这个bug我来动手修',
    '底价我还没问，等采购回复',
    '加微信群的二维码在公告里',
    '他说要加班，晚饭不用等他',
  ])('no case: %s', (text) => {
    expect(screener.screen(text)).toEqual([]);
  });
});

describe('a material word governed by a prohibition is part of the rule', () => {
  it.each(['财务提醒：工资条属于个人隐私，请勿截图外传', '大家注意：客户名单不要发群里，走CRM申请'])('no case: %s', (text) => {
    expect(screener.screen(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['附件是全体员工的工资明细，大家看看自己排第几', 'confidential'],
    ['不要问了，我截图发群里：客户名单在这', 'confidential'],
    ['再敢扣我工资，我就拿汽油烧了他办公室', 'violence'],
  ])('%s → %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });
});
