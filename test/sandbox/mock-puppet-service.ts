import { createServer } from 'node:net';
import { PuppetServer } from 'wechaty-puppet-service';
import { types } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';

/** A local Wechaty puppet service backed by the mock puppet: a stand-in for a real WeChat account. */
export interface MockPuppetService {
  endpoint: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Serves the mock puppet over gRPC without TLS, accepting only `token`. When a client
 * starts the puppet it shows a login QR code, then logs in as `botName`.
 */
export async function startMockPuppetService(token: string, botName: string): Promise<MockPuppetService> {
  const endpoint = `127.0.0.1:${await freePort()}`;
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const server = new PuppetServer({ endpoint, puppet, token, tls: { disable: true } });
  puppet.on('start', () => {
    setTimeout(() => {
      mocker.scan('https://login.weixin.qq.com/l/qunguard-test', types.ScanStatus.Waiting);
      setTimeout(() => mocker.login(mocker.createContact({ name: botName })), 500);
    }, 300);
  });
  await server.start();
  return { endpoint, stop: () => server.stop() };
}
