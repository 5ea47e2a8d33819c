import { describe, expect, it } from 'vitest';
import config, { devServer } from '../../../astro.config.mjs';

/** Astro's `server` option as a function of the command, as astro.config.mjs sets it. */
const serverFor = config.server as (options: { command: 'dev' | 'preview' }) => unknown;

describe('where the dev server listens', () => {
  it('takes PORT and HOST, as the production server does', () => {
    expect(devServer({ PORT: '5105', HOST: '0.0.0.0' })).toEqual({ port: 5105, host: '0.0.0.0' });
  });

  it('defaults to port 4321 on localhost', () => {
    expect(devServer({})).toEqual({ port: 4321, host: 'localhost' });
  });

  it.each(['abc', '0', '70000', '43.5'])('stops with a sentence naming PORT for %j, without repeating it', (port) => {
    expect(() => devServer({ PORT: port })).toThrow(/^PORT must be a whole number from 1 to 65535\.$/);
  });

  it('names every wrong one at once', () => {
    expect(() => devServer({ PORT: '0', HOST: 'local host' })).toThrow(/^HOST must be a host name or an IP address.*\nPORT must be a whole number/);
  });

  it('leaves the build alone, so the built server reads HOST and PORT when it starts', () => {
    // `astro build` resolves the config with command 'preview'; the node adapter would bake any host/port into dist/.
    expect(serverFor({ command: 'preview' })).toEqual({});
  });
});
