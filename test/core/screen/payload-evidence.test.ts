import { describe, expect, it } from 'vitest';
import { hasContact, hasMaterialShape } from '../../../src/core/screen/payload-evidence.js';
import { compileRulesText } from '../../../src/core/screen/rules-overlap.js';
import { normalise } from '../../../src/core/text/normalise.js';

const n = (text: string): string => normalise(text).text;

describe('hasContact', () => {
  it.each(['加我 wx: abc888', 'VX abc_123', 'qq 12345678', '微信号：zhang_san1', 'https://x.example.net/a', '地址 www.bet365.cc', '群号 8812345'])('contact: %j', (text) => {
    expect(hasContact(n(text))).toBe(true);
  });
  it.each(['严禁赌博', '2026年3月25日前完成', '准确率90%', '订单 12345', 'wx群里说', 'vx 12'])('no contact: %j', (text) => {
    expect(hasContact(n(text))).toBe(false);
  });
});

describe('hasMaterialShape', () => {
  it.each(['薪资8500元', '2万5', '涨到两万', '三千万的项目', '¥300', '月薪15k', '名单.xlsx', '[文件]报价单',
    '柜员张丽 6800，李明 5200，王涛 4100', '张医生8600，李护士5200', '小王 1860，小李 2100', '附件是全员工资明细', '详见附件'])('material: %j', (text) => {
    expect(hasMaterialShape(n(text))).toBe(true);
  });
  it.each(['千万别外传', '十万火急', '请于25日前提交', '第3条', '2026年度', 'xlsx 格式',
    '3号线 1200件，4号线 1500件', '张丽 2026年入职，李明 2025年入职', '会议室 302，培训室 405', '工号 1860', '请勿将工资明细作为附件发送'])('no material: %j', (text) => {
    expect(hasMaterialShape(n(text))).toBe(false);
  });
});

describe('compileRulesText', () => {
  const rules = compileRulesText(['禁止发布赌博、色情、暴力、广告、谣言及人身攻击内容。', '公司机密、客户信息、薪资和个人信息不得在群内发送。']);
  it.each(['禁止发布赌博、色情、暴力、广告、谣言及人身攻击内容', '群规：禁止发布赌博色情暴力广告谣言内容', '公司机密、客户信息、薪资和个人信息不得在群内发送', '再说一遍：公司机密、客户信息和薪资不得在群内发送'])('quotes: %j', (text) => {
    expect(rules.quotes(n(text))).toBe(true);
  });
  it.each(['这个是公司机密，别往外发', '我发了公司机密和客户信息', '今晚一起赌博', '赌博色情', '华东区的客户名单我发群里了'])('does not quote: %j', (text) => {
    expect(rules.quotes(n(text))).toBe(false);
  });
  it('no rules, no quotes', () => {
    expect(compileRulesText([]).quotes(n('禁止发布赌博、色情内容'))).toBe(false);
  });
});
