/**
 * Signs in a message that something real is being handed over, read from the
 * normalised text: a mention (a prohibition, a notice) never carries them.
 */

/** A contact handle (`wx: abc888`, `vx abc_123`, `qq 12345678`), a link, or a long digit run (a QQ number, a password). */
const CONTACT = /(?:wx|vx|v信|微信号?|薇信|qq|扣扣|tg|电报)\s*[:：号]?\s*[a-z0-9_-]{5,}|https?:\/\/|www\.|[a-z0-9-]+\.(?:com|cn|net|top|xyz|vip|cc)\b|(?<![\d.])\d{6,}(?![\d.])/;

/** An amount of money: `8500元`, `2万5`, `两万`, `三千万`, `¥300`, `15k`; not `千万别` (never) or `十万火急`. */
const AMOUNT = /[¥￥]\s*\d|\d[\d,.]*\s*(?:元|块|万|千|k\b|w\b)|[一二两三四五六七八九][十百千]?万/;

/**
 * Two or more people each with a bare figure (`张丽 6800，李明 5200`, `张医生8600，李护士5200`):
 * a pay or bonus list pasted as text. A figure with a unit (件, 台, 人, 号, 年…) is a count, not pay.
 */
const PEOPLE_FIGURES = /[\u4e00-\u9fff]\s*[:：]?\s*\d{4,6}(?![\d.%:：年月日号件个台套次人天小分秒米克吨只箱条张页元块万千k])[\s,，、;；]+[\u4e00-\u9fff]{1,4}\s*[:：]?\s*\d{4,6}(?![\d.%:：年月日号件个台套次人天小分秒米克吨只箱条张页])/;

/** An attachment or a file: `名单.xlsx`, `[文件]`, `[图片]`, `附件是…`, `见附件` (not `请勿作为附件发送`). */
const ATTACHMENT = /\.(?:xlsx?|docx?|pptx?|pdf|csv|zip|rar|7z|png|jpe?g)\b|\[(?:文件|图片|截图)\]|附件(?:是|为|里|中)|见附件/;

/** A contact handle, link or long digit run: evidence for every category. */
export function hasContact(text: string): boolean {
  return CONTACT.test(text);
}

/** An amount, a list of people with figures, or an attachment: evidence that material (a payslip, a price list) is posted. */
export function hasMaterialShape(text: string): boolean {
  return AMOUNT.test(text) || ATTACHMENT.test(text) || PEOPLE_FIGURES.test(text);
}
