import { PuppetServer } from 'wechaty-puppet-service';
import { types } from 'wechaty';
import type { FileBoxInterface } from 'file-box';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { freePort } from '../support/free-port.js';

/** One message the bot asked the puppet to send, and what the puppet did with it. */
export interface SendRequest {
  conversationId: string;
  text: string;
  mentionIds: string[];
  /** `delivered`: the call returned; `hung`: it never did while the bot lived. */
  outcome: 'delivered' | 'hung';
}

/** How the service answers a send: deliver it, or leave the call hanging (a WeChat that stopped answering). */
export type SendMode = 'deliver' | 'hang';

/** One mode for every send, or a mode chosen per send (by conversation or text). */
export type SendPolicy = SendMode | ((send: Pick<SendRequest, 'conversationId' | 'text'>) => SendMode);

/** A local Wechaty puppet service backed by the mock puppet: a stand-in for a real WeChat account. */
export interface MockPuppetService {
  endpoint: string;
  /** The simulated account: a test makes its people speak through it. */
  mocker: mock.Mocker;
  /** Every send the bot asked for, in order. */
  sends: readonly SendRequest[];
  /** Resolves once a send matching `test` was asked for (then with it). */
  waitForSend(test: (s: SendRequest) => boolean, timeoutMs?: number): Promise<SendRequest>;
  stop(): Promise<void>;
}

/** The environment that points `qunguard start` at a puppet service without TLS. */
export function serviceEnv(token: string, endpoint: string): Record<string, string> {
  return {
    WECHATY_PUPPET: 'wechaty-puppet-service',
    WECHATY_PUPPET_SERVICE_TOKEN: token,
    WECHATY_PUPPET_SERVICE_ENDPOINT: endpoint,
    WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT: 'true',
  };
}

/** What a test can set up in the simulated account. */
export interface MockPuppetServiceOptions {
  /** The bot's contact id (random by default); fix it when several runs must see one account. */
  botId?: string;
  /** Creates contacts and rooms before the login: the same ids each run, so a restarted bot finds its groups. */
  world?: (mocker: mock.Mocker) => void;
  /** What happens to the bot's sends (default `deliver`). */
  sendMode?: SendPolicy;
  /** Runs shortly after the login, e.g. to emit a puppet event. */
  afterLogin?: (puppet: PuppetMock) => void;
}

/** The mock puppet, recording every text and file send and delivering or hanging it as told. */
class RecordingPuppet extends PuppetMock {
  readonly sends: SendRequest[] = [];
  private readonly sendWatchers = new Set<() => void>();

  constructor(mocker: mock.Mocker, private readonly mode: SendPolicy) {
    super({ mocker });
  }

  onSend(listener: () => void): () => void {
    this.sendWatchers.add(listener);
    return () => this.sendWatchers.delete(listener);
  }

  private async record(conversationId: string, text: string, mentionIds: string[], deliver: () => Promise<void>): Promise<void> {
    const mode = typeof this.mode === 'function' ? this.mode({ conversationId, text }) : this.mode;
    const request: SendRequest = { conversationId, text, mentionIds, outcome: mode === 'hang' ? 'hung' : 'delivered' };
    if (mode === 'deliver') await deliver();
    this.sends.push(request);
    for (const listener of [...this.sendWatchers]) listener();
    // Never settles: the server's forced shutdown cancels the call, the bot sees no answer.
    if (mode === 'hang') await new Promise<void>(() => undefined);
  }

  override async messageSendText(conversationId: string, text: string, mentionIds: string[] = []): Promise<void> {
    await this.record(conversationId, text, mentionIds, () => super.messageSendText(conversationId, text));
  }

  override async messageSendFile(conversationId: string, file: FileBoxInterface): Promise<void> {
    await this.record(conversationId, `[file] ${file.name}`, [], () => super.messageSendFile(conversationId, file));
  }
}

/**
 * Serves the mock puppet over gRPC without TLS, accepting only `token`. When a client
 * starts the puppet it shows a login QR code, then logs in as `botName`; `afterLogin`
 * then plays whatever the test needs the service to do next (say, emit an error).
 */
export async function startMockPuppetService(token: string, botName: string, options: MockPuppetServiceOptions = {}): Promise<MockPuppetService> {
  const endpoint = `127.0.0.1:${await freePort()}`;
  const mocker = new mock.Mocker();
  const puppet = new RecordingPuppet(mocker, options.sendMode ?? 'deliver');
  const server = new PuppetServer({ endpoint, puppet, token, tls: { disable: true } });
  const bot = mocker.createContact({ name: botName, ...(options.botId ? { id: options.botId } : {}) });
  options.world?.(mocker);
  puppet.on('start', () => {
    setTimeout(() => {
      mocker.scan('https://login.weixin.qq.com/l/qunguard-test', types.ScanStatus.Waiting);
      setTimeout(() => {
        mocker.login(bot);
        const after = options.afterLogin;
        if (after) setTimeout(() => after(puppet), 500);
      }, 500);
    }, 300);
  });
  await server.start();
  return {
    endpoint,
    mocker,
    sends: puppet.sends,
    waitForSend(test, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = puppet.sends.find(test);
          if (found === undefined) return false;
          clearTimeout(timer);
          off();
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => (off(), reject(new Error(`timed out waiting for a send; sends so far:\n${JSON.stringify(puppet.sends, null, 1)}`))), timeoutMs);
        const off = puppet.onSend(check);
        check();
      });
    },
    stop: () => server.stop(),
  };
}
