/** What the user wrote, as YAML would show it back to them. */
function shown(value: unknown): string {
  if (typeof value === 'string') return /^[\p{L}\p{N}_.@-]+$/u.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

const YES = ['yes', 'y', 'true', 'on', '1', '是', '开', '开启'];

/**
 * For a value of the wrong type, what to write instead (`admins: [wxid_x]`,
 * `welcome: true`, `per_minute: 20`); null when there is no obvious rewrite.
 */
export function typeHint(key: string, expected: string, input: unknown): string | null {
  const scalar = typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean';
  if (expected === 'array' && scalar) return `应为列表，不是单个值：请写成 ${key}: [${shown(input)}]`;
  if (expected === 'boolean' && typeof input === 'string') {
    return `应为 true 或 false，不加引号：请写成 ${key}: ${YES.includes(input.trim().toLowerCase()) ? 'true' : 'false'}`;
  }
  if (expected === 'number' && typeof input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(input)) {
    return `应为数字，不加引号：请写成 ${key}: ${input.trim()}`;
  }
  if (expected === 'object' && scalar) return `应为一组设置（键: 值），不是单个值；写法见 README“策略文件”`;
  return null;
}
