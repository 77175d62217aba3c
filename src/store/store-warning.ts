/**
 * Something the store noticed and got past without stopping: a skipped archive line,
 * a stale lock taken over, leftover temp files removed. The caller logs it.
 */
export interface StoreWarning {
  kind: 'archive_line_skipped' | 'stale_lock_taken_over' | 'temp_files_removed';
  /** The file concerned; `file:line` for an archive line. */
  file: string;
  /** One line for people, in Chinese then English. */
  message: string;
}

/** Without a logger, warnings still reach the operator: one line on stderr each. */
export const warnOnStderr = (w: StoreWarning): void => void process.stderr.write(`${w.message}\n`);
