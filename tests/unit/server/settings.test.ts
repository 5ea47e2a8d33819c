/**
 * The server's settings loader: every group (where it listens, Redis, mail, the request limit, the consent store, the
 * e-ID) read at once, every wrong variable named in one sentence of its own, never with its value.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SettingsError, type Env } from '../../../src/lib/settings';
import { loadSettings, SETTINGS_VARIABLES } from '../../../src/server/settings';

const context = { cwd: '/srv/site', siteEmail: 'info@jainkasso.se' };

function problems(env: Env): readonly string[] {
  try {
    loadSettings(env, context);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as SettingsError).problems;
  }
  throw new Error('expected a SettingsError');
}

/** What the server prints for `env` (serve.ts writes the error's message to stderr, and exits 1). */
function printed(env: Env): string {
  try {
    loadSettings(env, context);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as SettingsError).message;
  }
  throw new Error('expected a SettingsError');
}

describe('the settings loader', () => {
  it('has a default for everything, so nothing is needed for a local run', () => {
    expect(loadSettings({}, context)).toEqual({
      server: { host: 'localhost', port: 4321, trustProxy: [] },
      redisUrl: undefined,
      mail: {
        mode: 'outbox',
        route: { to: 'info@jainkasso.se', from: 'info@jainkasso.se' },
        dir: '/srv/site/outbox',
        timeoutMs: 15_000,
        description: 'SMTP_URL is not set: data requests are written as .eml files to /srv/site/outbox (nothing is sent).',
      },
      requestLimit: { max: 5, windowMs: 600_000 },
      consent: { location: { kind: 'sqlite', file: '/srv/site/data/consent.sqlite' }, limit: { max: 20, windowMs: 60_000 } },
      eid: undefined,
    });
  });

  it('reports three wrong settings from three groups together, one sentence each, naming the variable', () => {
    const error = (() => {
      try {
        loadSettings({ PORT: '0', MAIL_TO: 'not-an-address', EID_ISSUER: 'http://example.com' }, context);
      } catch (caught) {
        return caught as SettingsError;
      }
      throw new Error('expected a SettingsError');
    })();
    expect(error).toBeInstanceOf(SettingsError);
    expect(error.problems).toEqual([
      'PORT must be a whole number from 1 to 65535.',
      'MAIL_TO must be one e-mail address, e.g. info@example.se.',
      "EID_ISSUER must be the broker's https issuer URL, e.g. https://jainkasso.idura.broker.",
      // Found after the variables are parsed (which ones go together), and still reported with the rest.
      'EID_CLIENT_ID must be set when EID_ISSUER is (docs/e-id.md says where the broker shows it).',
      'EID_CLIENT_SECRET must be set when EID_ISSUER is (docs/e-id.md says where the broker shows it).',
      'EID_BROKER must be set when EID_ISSUER is (docs/e-id.md says where the broker shows it).',
      'EID_ACR_VALUES must be set when EID_ISSUER is: the acr values of the e-ID methods to accept, separated by spaces (docs/e-id.md lists them for Idura and Signicat).',
    ]);
    expect(error.message).toBe(
      "The server's settings are wrong, so it will not start:\n" +
        error.problems.map((p) => `  - ${p}\n`).join('') +
        'See README.md, section Configuration (the EID_* variables: docs/e-id.md).',
    );
    expect(error.message).not.toContain('not-an-address');
    expect(error.message).not.toContain('example.com');
  });

  it('takes an empty variable as unset, as a systemd EnvironmentFile line "SMTP_URL=" means', () => {
    const env = Object.fromEntries(SETTINGS_VARIABLES.map((name) => [name, name === 'PORT' ? '' : ' ']));
    expect(loadSettings(env, context)).toEqual(loadSettings({}, context));
  });

  it('reads numbers, the proxy list and the Redis URL', () => {
    const settings = loadSettings(
      { PORT: '8080', TRUST_PROXY: '127.0.0.1, 10.0.0.0/24,::1,loopback', REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_MAX: '10', CONSENT_RATE_LIMIT_WINDOW_MS: '2000' },
      context,
    );
    expect(settings.server).toEqual({ host: 'localhost', port: 8080, trustProxy: ['127.0.0.1', '10.0.0.0/24', '::1', 'loopback'] });
    expect(settings.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(settings.requestLimit).toEqual({ max: 10, windowMs: 600_000 });
    expect(settings.consent.limit).toEqual({ max: 20, windowMs: 2000 });
  });

  it('takes PostgreSQL for the consent records only from a postgres:// URL, and never echoes it', () => {
    expect(loadSettings({ DATABASE_URL: 'postgresql://u:p@db.internal:5432/consent' }, context).consent.location).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:p@db.internal:5432/consent',
    });
    expect(loadSettings({ CONSENT_DB_PATH: 'records/consent.db' }, context).consent.location).toEqual({ kind: 'sqlite', file: '/srv/site/records/consent.db' });
    for (const value of ['mysql://u:secret-pw@db/consent', 'db.internal', 'postgres//x']) {
      const message = printed({ DATABASE_URL: value });
      expect(message).toContain('DATABASE_URL must be a URL starting with postgres://');
      expect(message).not.toContain('secret-pw');
    }
  });

  it.each([
    [{ SMTP_TIMEOUT_MS: '40000' }, 'SMTP_TIMEOUT_MS must be a whole number from 1 to 30000 (milliseconds).'],
    [{ SMTP_TIMEOUT_MS: '1.5' }, 'SMTP_TIMEOUT_MS must be a whole number from 1 to 30000 (milliseconds).'],
    [{ RATE_LIMIT_MAX: '0' }, 'RATE_LIMIT_MAX must be a whole number of at least 1 (requests per window).'],
    [{ RATE_LIMIT_MAX: 'fem' }, 'RATE_LIMIT_MAX must be a whole number of at least 1 (requests per window).'],
    [{ RATE_LIMIT_WINDOW_MS: '10' }, 'RATE_LIMIT_WINDOW_MS must be a whole number of at least 1000 (milliseconds).'],
    [{ CONSENT_RATE_LIMIT_MAX: '0' }, 'CONSENT_RATE_LIMIT_MAX must be a whole number of at least 1 (records per window).'],
    [{ CONSENT_RATE_LIMIT_WINDOW_MS: '999' }, 'CONSENT_RATE_LIMIT_WINDOW_MS must be a whole number of at least 1000 (milliseconds).'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 1 to 65535.'],
    [{ HOST: 'a b' }, 'HOST must be a host name or an IP address, e.g. 127.0.0.1 or localhost.'],
    [{ REDIS_URL: 'http://u:hemligt@redis' }, 'REDIS_URL must be a URL starting with redis:// or rediss://, e.g. redis://127.0.0.1:6379.'],
  ])('%o stops the server with a sentence naming the variable', (env, message) => {
    expect(problems(env)).toEqual([message]);
  });

  it.each(['nginx', '10.0.0.0/33', '300.1.1.1', '10.0.0.1/x', '*'])('TRUST_PROXY=%s is refused with what it must be', (value) => {
    expect(problems({ TRUST_PROXY: value })).toEqual([
      'TRUST_PROXY must be a comma-separated list of the reverse proxies\' addresses or CIDR ranges, e.g. 127.0.0.1 or 10.0.0.0/24 (or "loopback").',
    ]);
  });

  it('names every wrong variable at once, and never echoes a value (URLs can hold passwords)', () => {
    expect(problems({ PORT: 'x', RATE_LIMIT_MAX: '0', REDIS_URL: 'http://u:hemligt@redis' })).toHaveLength(3);
    const message = printed({ PORT: 'x', RATE_LIMIT_MAX: '0', REDIS_URL: 'http://u:hemligt@redis' });
    expect(message).toContain('See README.md, section Configuration');
    expect(message).not.toContain('hemligt');
  });

  it('lists every variable it reads, each documented with its default (README, Configuration; docs/e-id.md) and in deploy/env.example', () => {
    expect(SETTINGS_VARIABLES).toEqual(expect.arrayContaining(['HOST', 'PORT', 'TRUST_PROXY', 'REDIS_URL', 'SMTP_URL', 'MAIL_TO', 'DATABASE_URL', 'EID_ISSUER', 'EID_VERIFIED_SECONDS']));
    const readme = readFileSync('README.md', 'utf8');
    const eid = readFileSync('docs/e-id.md', 'utf8');
    const example = readFileSync('deploy/env.example', 'utf8');
    for (const name of SETTINGS_VARIABLES) {
      // A table row: | `NAME` | start | default | … (README) or | `NAME` | default | … (docs/e-id.md).
      const row = new RegExp(`^\\| \`${name}\` \\|( start \\|)? [^|]+ \\|`, 'm');
      expect(row.test(readme) || row.test(eid), `${name} has a row in README's Configuration table or docs/e-id.md`).toBe(true);
      expect(example, `${name} in deploy/env.example`).toMatch(new RegExp(`^${name}=`, 'm'));
    }
  });
});

/**
 * The settings that used to stop the built server one spawn each (tests/e2e/requests/config.spec.ts): each still gets
 * its sentence, with nothing of its value; tests/e2e/server/start.spec.ts starts the server once with wrong settings
 * to see that it prints these sentences and exits 1 without listening.
 */
const wrong: { name: string; env: Record<string, string>; message: string }[] = [
  { name: 'a URL that is not SMTP', env: { SMTP_URL: 'http://webb:hemligt@mail.example.se' }, message: 'SMTP_URL must start with smtp:// or smtps://' },
  { name: 'something that is not a URL', env: { SMTP_URL: 'mail.example.se:587' }, message: 'SMTP_URL' },
  {
    name: 'options that would switch TLS off',
    env: { SMTP_URL: 'smtp://webb:hemligt@mail.example.se:587/?ignoreTLS=true' },
    message: 'SMTP_URL must not have a path or ?options',
  },
  { name: 'a MAIL_TO that is not an address', env: { MAIL_TO: 'arenden' }, message: 'MAIL_TO must be one e-mail address' },
  { name: 'a MAIL_FROM that is not an address', env: { SMTP_URL: 'smtps://mail.example.se', MAIL_FROM: 'a@b@c' }, message: 'MAIL_FROM must be one e-mail address' },
  { name: 'an SMTP bound over 30 s', env: { SMTP_TIMEOUT_MS: '40000' }, message: 'SMTP_TIMEOUT_MS must be a whole number from 1 to 30000' },
  { name: 'a rate limit that is not a number', env: { RATE_LIMIT_MAX: 'fem' }, message: 'RATE_LIMIT_MAX must be a whole number of at least 1' },
  { name: 'a rate limit of 0', env: { RATE_LIMIT_MAX: '0' }, message: 'RATE_LIMIT_MAX must be a whole number of at least 1' },
  { name: 'a window under a second', env: { RATE_LIMIT_WINDOW_MS: '10' }, message: 'RATE_LIMIT_WINDOW_MS must be a whole number of at least 1000' },
  { name: 'a port that is not one', env: { PORT: 'http' }, message: 'PORT must be a whole number from 1 to 65535' },
  { name: 'a host name with a space', env: { HOST: 'local host' }, message: 'HOST must be a host name or an IP address' },
  { name: 'a proxy given by name', env: { TRUST_PROXY: 'nginx' }, message: 'TRUST_PROXY must be a comma-separated list' },
  { name: 'a Redis URL of another scheme', env: { REDIS_URL: 'http://hemligt@127.0.0.1:6379' }, message: 'REDIS_URL must be a URL starting with redis://' },
  { name: 'an e-ID issuer without its client', env: { EID_ISSUER: 'https://jainkasso.idura.broker' }, message: 'EID_CLIENT_SECRET must be set when EID_ISSUER is' },
  {
    name: 'an e-ID issuer over plain http',
    env: { EID_ISSUER: 'http://broker.example.com', EID_CLIENT_ID: 'x', EID_CLIENT_SECRET: 'hemligt', EID_BROKER: 'Mäklaren AB', EID_ACR_VALUES: 'urn:grn:authn:se:bankid' },
    message: "EID_ISSUER must be the broker's https issuer URL",
  },
  {
    name: 'an e-ID without the methods it accepts',
    env: { EID_ISSUER: 'https://jainkasso.idura.broker', EID_CLIENT_ID: 'x', EID_CLIENT_SECRET: 'hemligt', EID_BROKER: 'Mäklaren AB' },
    message: 'EID_ACR_VALUES must be set when EID_ISSUER is: the acr values of the e-ID methods to accept',
  },
];

describe('each wrong setting that stops the server', () => {
  it.each(wrong)('$name: a clear sentence, never the value, no stack trace', ({ env, message }) => {
    const output = printed({ MAIL_OUTBOX_DIR: '/tmp/jainkasso-never-used', ...env });
    expect(output).toContain(message);
    expect(output).not.toContain('hemligt');
    // A sentence, not a stack trace.
    expect(output).not.toMatch(/\n\s+at |Error:|node:internal/);
    // Every line names a variable, or is the list's heading or its pointer to the docs.
    for (const line of output.split('\n').slice(1, -1)) expect(line).toMatch(/^ {2}- [A-Z_]+ /);
  });
});
