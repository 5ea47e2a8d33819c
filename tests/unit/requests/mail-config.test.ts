import { describe, expect, it } from 'vitest';
import { mailSettings, isLoopback } from '../../../src/requests/mail-config';
import { loadGroup, SettingsError, type Env } from '../../../src/lib/settings';

const context = { siteEmail: 'info@jainkasso.se', cwd: '/srv/site' };

const parseMailConfig = (env: Env) => loadGroup(mailSettings, env, context);

function problems(env: Env): string {
  try {
    parseMailConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as Error).message;
  }
  throw new Error('expected a SettingsError');
}

describe('mail settings', () => {
  it('without SMTP_URL, writes to ./outbox and sends to the site e-mail', () => {
    const config = parseMailConfig({});
    expect(config).toMatchObject({ mode: 'outbox', dir: '/srv/site/outbox', route: { to: 'info@jainkasso.se', from: 'info@jainkasso.se' }, timeoutMs: 15_000 });
    expect(config.description).toContain('/srv/site/outbox');
    expect(parseMailConfig({ MAIL_OUTBOX_DIR: '/tmp/box' })).toMatchObject({ dir: '/tmp/box' });
  });

  it('smtps:// uses TLS from the start, port 465 by default, with the credentials decoded', () => {
    const config = parseMailConfig({ SMTP_URL: 'smtps://webb%40jainkasso.se:p%C3%A5ss%2F1@mail.example.se', MAIL_TO: 'arenden@jainkasso.se', MAIL_FROM: 'webb@jainkasso.se' });
    expect(config.mode).toBe('smtp');
    if (config.mode !== 'smtp') return;
    expect(config.transport).toMatchObject({
      host: 'mail.example.se',
      port: 465,
      secure: true,
      requireTLS: false,
      ignoreTLS: false,
      auth: { user: 'webb@jainkasso.se', pass: 'påss/1' },
      tls: { rejectUnauthorized: true },
    });
    expect(config.route).toEqual({ to: 'arenden@jainkasso.se', from: 'webb@jainkasso.se' });
    expect(config.description).not.toContain('påss');
  });

  it('smtp:// to another machine requires STARTTLS with a verified certificate', () => {
    const config = parseMailConfig({ SMTP_URL: 'smtp://mail.example.se' });
    if (config.mode !== 'smtp') throw new Error('expected smtp');
    expect(config.transport).toMatchObject({ port: 587, secure: false, requireTLS: true, ignoreTLS: false, tls: { rejectUnauthorized: true } });
  });

  it('smtp:// on loopback may be plain', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]']) {
      const config = parseMailConfig({ SMTP_URL: `smtp://${host}:2525` });
      if (config.mode !== 'smtp') throw new Error('expected smtp');
      expect(config.transport).toMatchObject({ port: 2525, requireTLS: false, ignoreTLS: true });
    }
    expect(isLoopback('mail.example.se')).toBe(false);
    expect(isLoopback('127.0.0.1.example.se')).toBe(false);
    expect(isLoopback('10.0.0.1')).toBe(false);
  });

  it('bounds every SMTP wait by SMTP_TIMEOUT_MS (default 15 s, at most 30 s), over pooled connections', () => {
    const config = parseMailConfig({ SMTP_URL: 'smtps://mail.example.se', SMTP_TIMEOUT_MS: '4000' });
    if (config.mode !== 'smtp') throw new Error('expected smtp');
    expect(config.timeoutMs).toBe(4000);
    expect(config.transport).toMatchObject({ connectionTimeout: 4000, greetingTimeout: 4000, socketTimeout: 8000 });
    expect(config.transport).toMatchObject({ pool: true, maxConnections: 5 });
    expect(parseMailConfig({}).timeoutMs).toBe(15_000);
    expect(parseMailConfig({ SMTP_TIMEOUT_MS: '30000' }).timeoutMs).toBe(30_000);
    expect(problems({ SMTP_TIMEOUT_MS: '30001' })).toContain('SMTP_TIMEOUT_MS');
  });

  it.each([
    ['http://mail.example.se', 'must start with smtp:// or smtps://'],
    ['mail.example.se', 'must start with smtp:// or smtps://'],
    ['not a url', 'is not a URL'],
    ['smtp://mail.example.se/?ignoreTLS=true', 'must not have a path or ?options'],
    ['smtp://mail.example.se/path', 'must not have a path or ?options'],
  ])('refuses SMTP_URL %j without repeating it', (url, message) => {
    const text = problems({ SMTP_URL: url.replace('mail', 'user:hemligt@mail') });
    expect(text).toContain(message);
    expect(text).not.toContain('hemligt');
  });

  it.each(['smtps://user:hem#ligt@mail.example.se:465', 'smtps://user:hem/ligt@mail.example.se:465', 'smtps://user:hem?ligt@mail.example.se', 'smtps://user:hem@ligt@mail.example.se'])(
    'says to percent-encode a password with #, /, ? or @ (%j), without repeating it',
    (url) => {
      const text = problems({ SMTP_URL: url });
      expect(text).toContain('SMTP_URL: the user name or password holds #, /, ? or @, which must be percent-encoded (# as %23, / as %2F, ? as %3F, @ as %40).');
      expect(text).not.toContain('is not a URL');
      expect(text).not.toContain('must not have a path');
      expect(text).not.toContain('ligt');
    },
  );

  it('takes a password percent-encoded', () => {
    const config = parseMailConfig({ SMTP_URL: 'smtps://user:pa%23s%2Fs@mail.example.se:465' });
    expect(config.mode).toBe('smtp');
  });

  it('refuses addresses that are not one e-mail address, and lists every problem at once', () => {
    const text = problems({ MAIL_TO: 'a@b.se, c@d.se', MAIL_FROM: 'webb', SMTP_TIMEOUT_MS: '0' });
    expect(text).toContain('MAIL_TO');
    expect(text).toContain('MAIL_FROM');
    expect(text).toContain('SMTP_TIMEOUT_MS');
  });
});
