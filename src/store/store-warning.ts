/**
 * Something the store noticed and got past without stopping: a skipped archive line,
 * a stale lock taken over, leftover temp files removed, a state value that no longer
 * passes its check (read as missing). The caller logs it.
 */
export interface StoreWarning {
  kind: 'archive_line_skipped' | 'stale_lock_taken_over' | 'temp_files_removed' | 'state_value_unreadable';
  /** The file concerned; `file:line` for an archive line; `state:<key>` for a state value. */
  file: string;
  /** One line for people, in Chinese then English. */
  message: string;
}

/** Without a logger, warnings still reach the operator: one line on stderr each. */
export const warnOnStderr = (w: StoreWarning): void => void process.stderr.write(`${w.message}\n`);

/** The warning for a stored state value that fails its entry's check. */
export function unreadableStateWarning(key: string, problem: string): StoreWarning {
  return {
    kind: 'state_value_unreadable',
    file: `state:${key}`,
    message: `已保存的状态 ${key} 格式不对（${problem}），按未设置处理。\nStored state ${key} does not pass its check (${problem}); read as unset.`,
  };
}
