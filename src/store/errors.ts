/** Typed store errors: each carries its context and says, in Chinese and English, what to do. */

/** Why a data file cannot be used as it is. */
export type CorruptReason = 'unreadable' | 'missing' | 'invalid_json' | 'wrong_shape' | 'unsupported_version';

const REASON_TEXT: Record<CorruptReason, { zh: string; en: string }> = {
  unreadable: { zh: '无法读取（权限或文件类型问题）', en: 'cannot be read (permissions or not a regular file)' },
  missing: { zh: '数据文件中登记了它，但它不存在', en: 'is named by the hot file but does not exist' },
  invalid_json: { zh: '不是有效的 JSON', en: 'is not valid JSON' },
  wrong_shape: { zh: '内容结构不符合预期', en: 'does not have the expected structure' },
  unsupported_version: { zh: '由更新版本的 QunGuard 写入', en: 'was written by a newer QunGuard' },
};

const RESTORE_OR_MOVE = { zh: '请从备份恢复该文件；或把它移到别处后重新启动（将从空数据开始）。', en: 'Restore it from a backup, or move it away and restart (starts with empty data).' };

/** What the operator can do about each reason. */
const FIX_TEXT: Record<CorruptReason, { zh: string; en: string }> = {
  unreadable: { zh: '请检查文件权限和所属用户后重新启动。', en: 'Check the file permissions and owner, then restart.' },
  missing: { zh: '请从备份恢复该文件后重新启动；数据目录中的其他文件都已原样保留。', en: 'Restore it from a backup, then restart; every other file in the data folder was left as it was.' },
  invalid_json: RESTORE_OR_MOVE,
  wrong_shape: RESTORE_OR_MOVE,
  unsupported_version: { zh: '请升级 QunGuard，或从备份恢复旧版本的文件。', en: 'Upgrade QunGuard, or restore an older file from a backup.' },
};

/**
 * A data file exists but cannot be used (unreadable, not JSON, wrong shape, newer version).
 * The store never overwrites or deletes such a file: the operator decides.
 */
export class StoreCorruptError extends Error {
  override readonly name = 'StoreCorruptError';
  constructor(
    readonly file: string,
    readonly reason: CorruptReason,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    const r = REASON_TEXT[reason];
    const fix = FIX_TEXT[reason];
    super(
      `数据文件无法使用：${file}（${r.zh}：${detail}）。文件已原样保留，未被覆盖或删除。${fix.zh}\n` +
        `Data file unusable: ${file} ${r.en}: ${detail}. It was left untouched. ${fix.en}`,
      options,
    );
  }
}

/** The hot document could not be written; the mutations stay in memory and the next flush retries. */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';
  constructor(
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    const why = options?.cause instanceof Error ? options.cause.message : String(options?.cause);
    super(
      `无法写入数据文件：${file}（${why}）。请检查磁盘空间和权限。\n` +
        `Cannot write data file ${file} (${why}). Check disk space and permissions.`,
      options,
    );
  }
}

/** A record asked for by key is not in the hot set (unknown, or archived). */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly kind: 'case' | 'member' | 'room',
    readonly key: string,
  ) {
    super(`找不到${kind === 'case' ? '案件' : kind === 'member' ? '成员' : '群'} ${key}。 No ${kind} ${key} in the store.`);
  }
}

/** A case id was added twice: ids come from nextCaseId() and are never reused. */
export class DuplicateCaseError extends Error {
  override readonly name = 'DuplicateCaseError';
  constructor(readonly caseId: string) {
    super(`案件编号 ${caseId} 已存在。 Case ${caseId} already exists.`);
  }
}

/** A record handed to the store would not survive a restart (missing field, NaN, changed key): a programming error. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(
    readonly kind: string,
    readonly detail: string,
  ) {
    super(`无效的${kind}记录：${detail}。 Invalid ${kind} record: ${detail}.`);
  }
}

/** A mutation after close(): the change would never be persisted. */
export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError';
  constructor() {
    super('数据存储已关闭。 The store is closed.');
  }
}

/** Why a data directory or data file path cannot be used as it is. */
export type DataPathReason = 'dir_is_file' | 'dir_unusable' | 'dangling_symlink' | 'read_only';

const PATH_TEXT: Record<DataPathReason, { zh: string; en: string }> = {
  dir_is_file: {
    zh: '这是一个文件，不是目录。请用 --data 指定一个目录（不存在会自动创建），例如 --data data/',
    en: 'is a file, not a directory. Pass a directory to --data (created if missing), e.g. --data data/',
  },
  dir_unusable: { zh: '无法创建或使用该目录。请检查路径中的每一级是否为目录、以及权限', en: 'cannot be created or used. Check that every part of the path is a directory, and the permissions' },
  dangling_symlink: {
    zh: '是一个符号链接，指向的文件不存在。请修正链接（或删除它以从空数据开始）；机器人不会替换它',
    en: 'is a symbolic link to a file that does not exist. Fix the link (or delete it to start with empty data); it is not replaced',
  },
  read_only: {
    zh: '是只读的，机器人写不进去。请恢复写权限（例如 chmod u+w）后重试；文件未被改动',
    en: 'is read-only. Make it writable (e.g. chmod u+w) and retry; it was not changed',
  },
};

/** The data directory or the data file is not something the store may write (a file, a dangling link, read-only). */
export class DataPathError extends Error {
  override readonly name = 'DataPathError';
  constructor(
    readonly path: string,
    readonly reason: DataPathReason,
    options?: { cause?: unknown },
  ) {
    const what = reason === 'dir_is_file' || reason === 'dir_unusable' ? '数据目录' : '数据文件';
    const whatEn = reason === 'dir_is_file' || reason === 'dir_unusable' ? 'Data directory' : 'Data file';
    const why = reason === 'dir_unusable' && options?.cause instanceof Error ? `（${options.cause.message}）` : '';
    super(`${what} ${path} ${PATH_TEXT[reason].zh}${why}。\n${whatEn} ${path} ${PATH_TEXT[reason].en}.`, options);
  }
}
