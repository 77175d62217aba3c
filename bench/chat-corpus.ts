import type { Rng } from './prng.js';

/**
 * Ordinary work-group chat, generated deterministically: real fixture lines,
 * their clauses recombined, short replies, and template sentences, with the
 * small variations WeChat messages have (@mentions, emoji, [表情] codes).
 */

const NAMES = ['张三', '李四', '王五', '赵六', '小陈', '小刘', '刘经理', '陈晨', '周姐', '吴工', '郑总', '孙老师', '小王', '老杨', '何主管'];
const REPLIES = [
  '收到', '收到👌', '好的', '好的👍', 'OK', 'ok', '+1', '明白', '辛苦了', '谢谢', '谢谢老板', '马上', '在路上了',
  '好的，我看一下', '稍等', '我来', '没问题', '了解', '已处理', '已发', '到了', '在开会，晚点回', '可以',
  '收到，谢谢', '好嘞', '👍', '[强]', '[抱拳]', '[OK]', '嗯嗯', '对的', '是的', '行', '我也是', '同意',
];
const EMOJI_TAILS = ['😂', '👍', '🙏', '😊', '👌', '💪', '🎉', '[捂脸]', '[强]', '[抱拳]', '[微笑]', '[呲牙]', '～', '哈'];

const SLOTS: Record<string, readonly string[]> = {
  name: NAMES,
  time: ['明天上午十点', '下午三点', '今晚八点', '周三下午', '下周一早上', '9:30', '14:00', '明早', '中午十二点半'],
  meeting: ['周会', '例会', '评审会', '复盘会', '客户电话会', '培训', '面试', '项目启动会', '预算会'],
  room: ['3楼小会议室', '502会议室', '大会议室', '线上', '腾讯会议', '2号洽谈室'],
  doc: ['周报', '月报', '报价单', '合同草稿', '会议纪要', '需求文档', '测试报告', '排期表', '发货清单', '对账单', '方案PPT', '发票', '出差申请'],
  when: ['今天下班前', '明天中午前', '周五前', '一会儿', '下午', '月底前', '今晚'],
  ack: ['辛苦', '谢谢', '有问题再说', '你先看看', '麻烦了'],
  action: ['发到群里', '上传到共享盘', '发我邮箱', '提交到OA', '打印出来', '转给财务'],
  status: ['已经确认', '还在走流程', '卡在财务那边', '发出去了', '还没回复', '改好了', '审批通过了'],
  next: ['我再跟进一下', '明天给结果', '有消息同步大家', '麻烦催一下', '先按原计划走'],
  dept: ['销售部', '市场部', '财务部', '研发部', '客服部', '行政人事部', '技术部', '采购部'],
  place: ['公司楼下', '一楼大厅', '地铁站B口', '停车场'],
  reminder: ['别迟到', '记得带工牌', '带上电脑', '注意安全', '穿正装'],
  event: ['盘点', '团建', '年会彩排', '系统升级', '消防检查', '开季度会'],
  weather: ['下雨', '降温了', '发布了高温预警', '有台风'],
  suggestion: ['大家路上注意安全', '出门带伞', '记得多穿点', '能远程的可以在家办公'],
  customer: ['A客户', 'B客户', '老客户', '新客户', '华东区客户', '那个大客户', '渠道商'],
  task: ['数据迁移', '接口联调', '发票开具', '样品寄送', '报销审批', '版本发布', '服务器扩容', '合同盖章'],
  number: ['3', '5', '12', '20', '45', '128', '300', '1,200', '2.5万'],
};
const TEMPLATES = [
  '{name}，{time}的{meeting}改到{room}了',
  '{doc}我{when}发你，{ack}',
  '{time}{place}集合，{reminder}',
  '请{dept}的同事{when}把{doc}{action}',
  '{customer}那边的{doc}{status}，{next}',
  '今天{weather}，{suggestion}',
  '{name}：{task}已经{status}了',
  '这周的{doc}谁来写？',
  '{dept}{when}要{event}，{reminder}',
  '{task}预计{when}完成，{next}',
  '@{name} {doc}{status}吗？',
  '{customer}要{number}台样机，{when}能安排吗',
  '{meeting}的材料放共享盘了，大家{when}看一下',
  '{name}在吗？{doc}有个地方要确认一下',
  '{task}那块{status}，{ack}',
];

/** Clean chat messages, built from the fixture lines with a seeded generator. */
export interface CleanChat {
  /** The next ordinary message. */
  message(): string;
}

/** Creates the clean-message generator over the fixture's ordinary chat lines. */
export function createCleanChat(lines: readonly string[], rng: Rng): CleanChat {
  const clauses = lines.flatMap((l) => l.split(/[，。！？；]/).map((c) => c.trim())).filter((c) => [...c].length >= 4);
  const fill = (template: string): string => template.replace(/\{(\w+)\}/g, (_, slot: string) => rng.pick(SLOTS[slot]!));
  const decorate = (text: string): string => {
    let out = text;
    if (rng.chance(0.12)) out = `@${rng.pick(NAMES)} ${out}`;
    if (rng.chance(0.12)) out += rng.pick(EMOJI_TAILS);
    return out;
  };
  const sentence = (): string => (rng.chance(0.6) ? rng.pick(lines) : fill(rng.pick(TEMPLATES)));
  const join = (parts: string[]): string =>
    parts.reduce((text, part) => text + (/[。！？!?~～）)\]]$/u.test(text) ? '' : rng.pick(['，', '。', ' ', '\n'])) + part);
  const message = (): string => {
    const roll = rng.next();
    if (roll < 0.08) return rng.pick(REPLIES);
    if (roll < 0.23) return decorate(rng.pick(lines));
    if (roll < 0.32) return decorate(join([rng.pick(clauses), rng.pick(clauses)]));
    if (roll < 0.41) return decorate(fill(rng.pick(TEMPLATES)));
    if (roll < 0.77) return decorate(join([sentence(), sentence()]));
    return decorate(join([sentence(), sentence(), sentence()]));
  };
  return { message };
}

/** Where a planted term sits: the message is prefix + term + suffix. */
export interface Carrier {
  prefix: string;
  suffix: string;
}

const CARRIERS: ReadonlyArray<(name: string, base: string) => Carrier> = [
  () => ({ prefix: '刚才有人在群里发', suffix: '，大家注意一下' }),
  () => ({ prefix: '', suffix: '这个事情先别往外说' }),
  (name) => ({ prefix: `@${name} `, suffix: '的资料发我一份' }),
  () => ({ prefix: '有人私聊我', suffix: '的事，是不是骗子？' }),
  () => ({ prefix: '关于', suffix: '，下午开会再细聊。' }),
  (_, base) => ({ prefix: `${base}（`, suffix: '）' }),
  (_, base) => ({ prefix: '【', suffix: `】${base}` }),
  (_, base) => ({ prefix: `${base} `, suffix: '' }),
  (_, base) => ({ prefix: '', suffix: `：${base}` }),
  (name) => ({ prefix: `${name}说的`, suffix: '是真的吗' }),
  () => ({ prefix: '这个群里怎么有人在聊', suffix: '啊' }),
  () => ({ prefix: '谁把', suffix: '发群里了？快撤回' }),
];

/** A carrier sentence around a term, built from a clean message and a name. */
export function pickCarrier(rng: Rng, chat: CleanChat): Carrier {
  let base = chat.message();
  while ([...base].length > 40) base = chat.message();
  return rng.pick(CARRIERS)(rng.pick(NAMES), base);
}
