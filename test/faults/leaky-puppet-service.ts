import { startMockPuppetService, type MockPuppetService } from '../sandbox/mock-puppet-service.js';

/** A puppet service that, once the bot has logged in, reports an error quoting the bot's token back. */
export type LeakyPuppetService = MockPuppetService;

/**
 * The mock puppet service, accepting only `token`; after the login it emits an `error`
 * event whose text carries the token (as real services do when a call is refused), so a
 * test can check the bot's log never repeats it.
 */
export function startLeakyPuppetService(token: string, botName: string, leak: string): Promise<LeakyPuppetService> {
  return startMockPuppetService(token, botName, { afterLogin: (puppet) => puppet.emit('error', { data: leak }) });
}
