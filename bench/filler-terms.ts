import type { Rng } from './prng.js';

/**
 * Made-up but realistic confidentiality terms a company adds to its own list:
 * project code names (天枢计划, 北斗二期) and customer / partner company names
 * (瑞恒科技, 深圳鼎鑫, 睿泰数据集团). Built from name parts that do not form
 * everyday words, so they collide with ordinary chat no more than real terms do.
 */

/** Star, myth and landmark names companies like for code names. */
const CODE_NAMES = [
  '天枢', '天璇', '天玑', '天权', '玉衡', '开阳', '摇光', '北斗', '鲲鹏', '玄武', '朱雀', '白虎', '青龙',
  '麒麟', '凤凰', '昆仑', '泰山', '长城', '星火', '燎原', '磐石', '破晓', '启明', '曙光', '极光', '银河',
  '星河', '天穹', '苍穹', '海燕', '雄鹰', '猎鹰', '蛟龙', '神舟', '天宫', '嫦娥', '祝融', '羲和', '夸父',
  '精卫', '女娲', '伏羲', '盘古', '后羿', '望舒', '织女', '牛郎', '天狼', '北辰', '紫微', '太白', '荧惑',
  '辰星', '岁星', '镇星', '织锦', '流萤', '惊蛰', '谷雨', '芒种', '白露', '霜降', '立冬', '大寒', '小满',
  '清明', '青鸾', '毕方', '白泽', '獬豸', '饕餮', '穷奇', '梼杌', '混沌', '应龙', '烛龙', '九霄', '凌云',
  '扶摇', '沧海', '青云', '赤霄', '干将', '莫邪', '龙渊', '湛卢', '纯钧', '承影', '鱼肠', '巨阙', '太阿',
];
/** Code names that are rare enough to be listed bare. */
const BARE_CODE_NAMES = ['天枢', '天璇', '天玑', '玉衡', '摇光', '鲲鹏', '羲和', '望舒', '荧惑', '青鸾', '毕方', '獬豸', '烛龙', '湛卢', '纯钧'];
const PROJECT_SUFFIXES = ['计划', '项目', '工程', '行动', '专项', '方案'];
const PHASES = ['一期', '二期', '三期', '四期'];

/** Characters Chinese companies pick for brand names; pairs of them are rarely everyday words. */
const BRAND_CHARS = [
  '华', '瑞', '恒', '鼎', '宏', '鑫', '汇', '泰', '昊', '晟', '睿', '璟', '嘉', '润', '锦', '铭', '烨', '煜',
  '澜', '翔', '骏', '弘', '珩', '琨', '奕', '崇', '钧', '翰', '锐', '谦', '彦', '祺', '霖', '岚', '峻', '筠',
  '炜', '熠', '曜', '玮', '琛', '铂', '璞', '湛', '澄', '沣', '灏', '麟', '晖', '昱',
];
const INDUSTRIES = [
  '科技', '电子', '信息', '网络', '软件', '医药', '生物', '物流', '贸易', '实业', '建设', '能源', '传媒',
  '咨询', '材料', '机械', '化工', '食品', '置业', '投资', '环保', '智能', '数据', '通信', '光电',
];
const GROUP_WORDS = ['集团', '股份', '控股'];
const CITIES = ['北京', '上海', '深圳', '杭州', '苏州', '成都', '武汉', '南京', '广州', '西安', '天津', '重庆', '合肥', '厦门', '青岛', '宁波'];

/** Generates `count` distinct filler terms (2–8 CJK characters), none of them in `exclude`. */
export function generateFillerTerms(count: number, rng: Rng, exclude: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  const add = (term: string): void => {
    if (out.size < count && !exclude.has(term)) out.add(term);
  };
  for (const name of BARE_CODE_NAMES) add(name);
  for (const name of CODE_NAMES) for (const suffix of PROJECT_SUFFIXES) add(name + suffix);
  for (const name of CODE_NAMES) for (const phase of PHASES) add(name + phase);
  let guard = 0;
  while (out.size < count) {
    if (++guard > count * 50) throw new Error(`could only generate ${out.size} of ${count} filler terms`);
    add(companyName(rng));
  }
  return [...out];
}

function companyName(rng: Rng): string {
  const first = rng.pick(BRAND_CHARS);
  let second = rng.pick(BRAND_CHARS);
  while (second === first) second = rng.pick(BRAND_CHARS);
  const brand = first + second;
  const roll = rng.next();
  if (roll < 0.45) return brand + rng.pick(INDUSTRIES);
  if (roll < 0.6) return brand + rng.pick(GROUP_WORDS);
  if (roll < 0.75) return rng.pick(CITIES) + brand;
  if (roll < 0.9) return rng.pick(CITIES) + brand + rng.pick(INDUSTRIES);
  if (roll < 0.97) return brand + rng.pick(INDUSTRIES) + rng.pick(GROUP_WORDS);
  return brand + rng.pick(INDUSTRIES) + '有限公司';
}
