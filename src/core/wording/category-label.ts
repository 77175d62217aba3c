/** Chinese names of the shipped categories and detectors, for what members and admins read. */
const LABELS: Record<string, string> = {
  confidential: '公司保密信息',
  gambling: '赌博',
  porn: '色情',
  violence: '暴力',
  ads: '广告/推广',
  abuse: '辱骂/人身攻击',
  rumour: '谣言/不实信息',
  cn_id: '身份证号',
  cn_mobile: '手机号',
  bank_card: '银行卡号',
  email: '邮箱地址',
  url: '链接',
  credential: '账号密码或密钥',
  manual: '管理员警告',
  report: '成员举报',
  muted: '禁言期间发言',
  flood: '刷屏',
};

/** Categories whose text must never be repeated and whose messages should be recalled. */
export const SENSITIVE_CATEGORIES: ReadonlySet<string> = new Set(['confidential', 'cn_id', 'cn_mobile', 'bank_card', 'email', 'credential']);

/** The Chinese label of a category; an unknown (policy-defined) category shows its own name. */
export function categoryLabel(category: string): string {
  return Object.hasOwn(LABELS, category) ? LABELS[category]! : category;
}

/** Labels of several categories, deduplicated, joined with 、. */
export function categoryLabels(categories: readonly string[]): string {
  return [...new Set(categories.map(categoryLabel))].join('、');
}

/** Further short names people type for a category (besides its label and the parts of a label such as 广告/推广). */
const EXTRA_WORDS: Record<string, readonly string[]> = {
  confidential: ['保密', '机密', '保密信息'],
  credential: ['密码', '密钥'],
};

/** The words that name a category: its own (policy) name, its Chinese label, the label's parts, and short names. */
export function categoryWords(category: string): string[] {
  const label = categoryLabel(category);
  return [...new Set([category, label, ...label.split('/'), ...(EXTRA_WORDS[category] ?? [])])];
}

/** The category among `categories` that a typed word names (`保密` → confidential), or null. */
export function categoryFromWord(word: string, categories: readonly string[]): string | null {
  const typed = word.trim().toLowerCase();
  return categories.find((c) => categoryWords(c).some((w) => w.toLowerCase() === typed)) ?? null;
}

/** The categories as an admin may type them, for a list in a reply: `公司保密信息、赌博、广告/推广`. */
export function categoryList(categories: readonly string[]): string {
  return categories.map(categoryLabel).join('、');
}
