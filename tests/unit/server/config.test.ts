import { describe, expect, it } from 'vitest';
import { parseServerSettings, SettingsError } from '../../../src/server/config';

function problems(env: Record<string, string>): readonly string[] {
  try {
    parseServerSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as SettingsError).problems;
  }
  throw new Error('expected a SettingsError');
}

describe('server settings', () => {
  it('has a default for everything, so nothing is needed for a local run', () => {
    expect(parseServerSettings({})).toEqual({
      HOST: 'localhost',
      PORT: 4321,
      TRUST_PROXY: [],
      SMTP_TIMEOUT_MS: 15_000,
      RATE_LIMIT_MAX: 5,
      RATE_LIMIT_WINDOW_MS: 600_000,
      CONSENT_RATE_LIMIT_MAX: 20,
      CONSENT_RATE_LIMIT_WINDOW_MS: 60_000,
    });
  });

  it('takes PostgreSQL for the consent records only from a postgres:// URL, and never echoes it', () => {
    expect(parseServerSettings({ DATABASE_URL: 'postgresql://u:p@db.internal:5432/consent' }).DATABASE_URL).toBe('postgresql://u:p@db.internal:5432/consent');
    for (const value of ['mysql://u:secret-pw@db/consent', 'db.internal', 'postgres//x']) {
      const error = (() => {
        try {
          parseServerSettings({ DATABASE_URL: value });
        } catch (caught) {
          return caught as Error;
        }
        return undefined;
      })();
      expect(error?.message).toContain('DATABASE_URL must be a URL starting with postgres://');
      expect(error?.message).not.toContain('secret-pw');
    }
  });

  it('takes an empty variable as unset, as a systemd EnvironmentFile line "SMTP_URL=" means', () => {
    expect(parseServerSettings({ PORT: '', TRUST_PROXY: ' ', REDIS_URL: '', SMTP_URL: '' })).toMatchObject({ PORT: 4321, TRUST_PROXY: [] });
  });

  it('reads numbers, the proxy list and the Redis URL', () => {
    expect(
      parseServerSettings({ PORT: '8080', TRUST_PROXY: '127.0.0.1, 10.0.0.0/24,::1,loopback', REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_MAX: '10' }),
    ).toMatchObject({ PORT: 8080, TRUST_PROXY: ['127.0.0.1', '10.0.0.0/24', '::1', 'loopback'], REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_MAX: 10 });
  });

  it.each([
    [{ SMTP_TIMEOUT_MS: '40000' }, 'SMTP_TIMEOUT_MS must be a whole number from 1 to 30000 (milliseconds).'],
    [{ SMTP_TIMEOUT_MS: '1.5' }, 'SMTP_TIMEOUT_MS must be a whole number from 1 to 30000 (milliseconds).'],
    [{ RATE_LIMIT_MAX: '0' }, 'RATE_LIMIT_MAX must be a whole number of at least 1 (requests per window).'],
    [{ RATE_LIMIT_MAX: 'fem' }, 'RATE_LIMIT_MAX must be a whole number of at least 1 (requests per window).'],
    [{ RATE_LIMIT_WINDOW_MS: '10' }, 'RATE_LIMIT_WINDOW_MS must be a whole number of at least 1000 (milliseconds).'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 1 to 65535.'],
    [{ HOST: 'a b' }, 'HOST must be a host name or an IP address, e.g. 127.0.0.1 or localhost.'],
    [{ REDIS_URL: 'http://u:hemligt@redis' }, 'REDIS_URL must be a URL starting with redis:// or rediss://, e.g. redis://127.0.0.1:6379.'],
  ])('%o stops the server with a sentence naming the variable', (env, message) => {
    expect(problems(env)).toEqual([message]);
  });

  it.each(['nginx', '10.0.0.0/33', '300.1.1.1', '10.0.0.1/x', '*'])('TRUST_PROXY=%s is refused with what it must be', (value) => {
    expect(problems({ TRUST_PROXY: value })[0]).toMatch(/^TRUST_PROXY must be a comma-separated list of the reverse proxies' addresses or CIDR ranges/);
  });

  it('names every wrong variable at once, and never echoes a value (URLs can hold passwords)', () => {
    const error = new SettingsError(problems({ PORT: 'x', RATE_LIMIT_MAX: '0', REDIS_URL: 'http://u:hemligt@redis' }));
    expect(error.problems).toHaveLength(3);
    expect(error.message).toContain('See README.md, section Configuration.');
    expect(error.message).not.toContain('hemligt');
  });
});
