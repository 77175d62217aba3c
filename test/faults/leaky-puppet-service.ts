import { PuppetServer } from 'wechaty-puppet-service';
import { types } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { freePort } from '../sandbox/mock-puppet-service.js';

/** A puppet service that, once the bot has logged in, reports an error quoting the bot's token back. */
export interface LeakyPuppetService {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * Serves the mock puppet over gRPC without TLS, accepting only `token`; after the login
 * it emits an `error` event whose text carries the token (as real services do when a
 * call is refused), so a test can check the bot's log never repeats it.
 */
export async function startLeakyPuppetService(token: string, botName: string, leak: string): Promise<LeakyPuppetService> {
  const endpoint = `127.0.0.1:${await freePort()}`;
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const server = new PuppetServer({ endpoint, puppet, token, tls: { disable: true } });
  puppet.on('start', () => {
    setTimeout(() => {
      mocker.scan('https://login.weixin.qq.com/l/qunguard-test', types.ScanStatus.Waiting);
      setTimeout(() => {
        mocker.login(mocker.createContact({ name: botName }));
        setTimeout(() => puppet.emit('error', { data: leak }), 500);
      }, 300);
    }, 300);
  });
  await server.start();
  return { endpoint, stop: () => server.stop() };
}
