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

describe('SITE_URL, read by the build', () => {
  it('takes an address with its scheme, and defaults to the live one', async () => {
    const { siteUrl } = await import('../../../astro.config.mjs');
    expect(siteUrl('https://staging.jainkasso.se')).toBe('https://staging.jainkasso.se');
    expect(siteUrl('')).toBe('https://www.jainkasso.se');
    expect(siteUrl(undefined)).toBe('https://www.jainkasso.se');
  });

  it.each(['www.jainkasso.se', 'ftp://www.jainkasso.se', 'https//www.jainkasso.se'])('stops at %j with one sentence saying to write https://, and no stack trace', async (value) => {
    const { siteUrl } = await import('../../../astro.config.mjs');
    let error: Error | undefined;
    try {
      siteUrl(value);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toBe("SITE_URL must be the site's address with its scheme, e.g. https://www.jainkasso.se (not www.jainkasso.se).");
    expect(error?.stack).toBe('');
  });
});
