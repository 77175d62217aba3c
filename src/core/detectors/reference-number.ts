/**
 * Labels that introduce a business reference rather than personal data: an
 * order, tracking, ticket, employee, asset, serial or student number. A digit run right
 * after one (`订单号：13512340000`, `工号 13800138000`, `资产编号6222…`) is that
 * reference, even when its digits happen to read as a mobile or pass Luhn.
 * `卡号`, `账号`, `手机号`, `身份证号` are deliberately not here.
 */
const REFERENCE_LABEL = new RegExp(
  '(?:单号|工号|员工号|编号|编码|资产号|流水号|序列号|批次号|合同号|发票号|设备号|条码|' +
    // hospital and bank records: admission, case, voucher, teller and transaction numbers
    '住院号|病案号|病历号|门诊号|就诊号|档案号|凭证号|柜员号|交易号|参考号|票据号|' +
    // school records: student, exam and seat numbers
    '学号|学籍号|考号|准考证号|座位号|' +
    '(?<![a-z])(?:sn|s/n|(?:trace|request|span|order|user|msg)[ _-]?id|serial(?: no\\.?| number)?|order(?: no\\.?| id)?|tracking(?: no\\.?| number)?))' +
    '\\s*(?:[:#=：＃]|no\\.?)?\\s*(?:是|为)?\\s*(?:[:#：]\\s*)?$',
  'i',
);

/** How far back a label may start: the longest label plus its separators. */
const LOOK_BACK = 24;

/** Whether the digit run starting at `start` is introduced as an order, tracking, employee, asset or serial number. */
export function introducedAsReference(text: string, start: number): boolean {
  if (start === 0) return false;
  return REFERENCE_LABEL.test(text.slice(Math.max(0, start - LOOK_BACK), start));
}
