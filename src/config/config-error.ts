/** One wrong setting: which variable, and what to change (never the value of a secret). */
export interface ConfigProblem {
  variable: string;
  problem: string;
}

/**
 * The environment (or `.env`) holds a value QunGuard cannot use. The message lists
 * every wrong variable at once and says where to fix it; secrets are never echoed.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly problems: readonly ConfigProblem[],
    readonly envFile: string | null,
  ) {
    const where = envFile ? `环境变量或 ${envFile}` : '环境变量';
    super(
      [
        `配置有误（${where}）/ invalid configuration:`,
        ...problems.map((p) => `  - ${p.variable}：${p.problem}`),
        `请修改 .env（各项说明见 .env.example）后重试。`,
      ].join('\n'),
    );
  }
}
