import { PuppetServer } from 'wechaty-puppet-service';
import { types } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { freePort } from '../support/free-port.js';

/** A local Wechaty puppet service backed by the mock puppet: a stand-in for a real WeChat account. */
export interface MockPuppetService {
  endpoint: string;
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

/**
 * Serves the mock puppet over gRPC without TLS, accepting only `token`. When a client
 * starts the puppet it shows a login QR code, then logs in as `botName`; `afterLogin`
 * then plays whatever the test needs the service to do next (say, emit an error).
 */
export async function startMockPuppetService(token: string, botName: string, opts: { afterLogin?: (puppet: PuppetMock) => void } = {}): Promise<MockPuppetService> {
  const endpoint = `127.0.0.1:${await freePort()}`;
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const server = new PuppetServer({ endpoint, puppet, token, tls: { disable: true } });
  puppet.on('start', () => {
    setTimeout(() => {
      mocker.scan('https://login.weixin.qq.com/l/qunguard-test', types.ScanStatus.Waiting);
      setTimeout(() => {
        mocker.login(mocker.createContact({ name: botName }));
        opts.afterLogin?.(puppet);
      }, 500);
    }, 300);
  });
  await server.start();
  return { endpoint, stop: () => server.stop() };
}
