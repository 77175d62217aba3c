/**
 * Explaining why the bot could not get onto WeChat (rejected token, unreachable service, missing puppet) in words the
 * operator can act on, with every secret removed from what is logged or printed.
 */
import type { PuppetConfig } from '../config/app-config.js';

/** Why the bot could not get onto WeChat, said so that the operator knows what to change. */
export interface PuppetFailure {
  message: string;
  /** 2: the configuration is wrong (token, puppet name); 1: the service could not be reached. */
  exitCode: 1 | 2;
}

/** An error with every secret replaced, safe to log or print (the service echoes a rejected token). */
export function redactSecrets(text: string, secrets: readonly (string | null)[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('[redacted]');
  return out;
}

/** An error as plain fields for pino, with secrets removed from its message and stack. */
export function safeError(err: unknown, secrets: readonly (string | null)[]): { type: string; message: string; code?: unknown; stack?: string } {
  if (!(err instanceof Error)) return { type: typeof err, message: redactSecrets(String(err), secrets) };
  const code = (err as { code?: unknown }).code;
  return {
    type: err.name,
    message: redactSecrets(err.message, secrets),
    ...(code === undefined ? {} : { code }),
    ...(err.stack ? { stack: redactSecrets(err.stack, secrets) } : {}),
  };
}

/**
 * Recognises the errors that mean the puppet cannot work with this configuration
 * (rejected token, unreachable service, failed discovery, puppet not installed);
 * null for anything else, which is only logged.
 */
export function classifyPuppetError(err: unknown, puppet: PuppetConfig): PuppetFailure | null {
  const text = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
  if (/UNAUTHENTICATED|Invalid Wechaty TOKEN/i.test(text)) {
    return {
      exitCode: 2,
      message:
        'puppet 服务拒绝了令牌（WECHATY_PUPPET_SERVICE_TOKEN）。请核对 .env 中的令牌是否完整、是否已过期，' +
        '以及 WECHATY_PUPPET_SERVICE_ENDPOINT 是否指向发放该令牌的服务。',
    };
  }
  if (/requires a SNI/i.test(text)) {
    return { exitCode: 2, message: '令牌格式不被 puppet 服务接受：令牌应带前缀，如 puppet_padlocal_… 或 insecure_…。' };
  }
  if (/resolver-wechaty|listener\.onError|api\.chatie\.io|token does not exist/i.test(text)) {
    return {
      exitCode: 1,
      message:
        '无法根据令牌自动找到 puppet 服务的地址（需要访问 api.chatie.io，且令牌在服务商处有效）。' +
        '请检查网络和令牌，或直接设置 WECHATY_PUPPET_SERVICE_ENDPOINT=主机:端口。',
    };
  }
  if (/UNAVAILABLE|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ETIMEDOUT|No connection established/i.test(text)) {
    const where = puppet.endpoint ? `puppet 服务 ${puppet.endpoint}` : 'puppet 服务';
    return {
      exitCode: 1,
      message:
        `无法连接 ${where}。请确认服务正在运行、地址和端口正确、网络可达；` +
        '自建的服务若没有启用 TLS，请设置 WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT=true。',
    };
  }
  if (/ERR_MODULE_NOT_FOUND|Cannot find (package|module)/i.test(text) && text.includes(puppet.name)) {
    return { exitCode: 2, message: `没有安装 puppet 包 ${puppet.name}。请先运行 npm install ${puppet.name}，或检查 WECHATY_PUPPET 的拼写。` };
  }
  return null;
}
