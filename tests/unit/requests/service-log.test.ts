/**
 * What the request service tells the operator, through the server's logger: the mail server checked at start (a
 * warning naming the server and the reason, never a throw, never the password), a request the mail server refused at
 * error with its code, and in production each request written to the outbox folder at warn. Against a real SMTP
 * server on loopback (tests/support/smtp.ts).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log/logger';
import { mailSettings, type MailConfig } from '../../../src/requests/mail-config';
import { createMailer } from '../../../src/requests/delivery';
import { memoryLimiter } from '../../../src/requests/rate-limit';
import { createRequestService } from '../../../src/requests/service';
import { SettingsError, type Env } from '../../../src/lib/settings';
import { validateRequest } from '../../support/validate';
import { anna } from '../../support/fixtures/anna';
import { startSmtp, type TestSmtp } from '../../support/smtp';

const PASSWORD = 'rätt/lösen#1';
let smtp: TestSmtp;
let dir: string;
beforeAll(async () => {
  smtp = await startSmtp({ users: { webb: PASSWORD } });
  dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-service-log-'));
});
afterAll(async () => {
  await smtp.stop();
  await rm(dir, { recursive: true, force: true });
});

function mailConfig(env: Env): MailConfig {
  const parsed = mailSettings.parse({ MAIL_TO: 'registerutdrag@jainkasso.test', MAIL_FROM: 'webb@jainkasso.test', ...env }, { cwd: dir, siteEmail: 'info@jainkasso.test' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

/** A service over `mail`, and the log lines it writes. */
function service(mail: MailConfig, production = false) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  const requests = createRequestService({ mail, limiter: memoryLimiter({ max: 100, windowMs: 600_000 }), logger, production });
  return { requests, lines, raw: () => JSON.stringify(lines) };
}

const smtpUrl = (password: string) => `smtp://webb:${encodeURIComponent(password)}@127.0.0.1:${smtp.port}`;

function annasRequest() {
  const result = validateRequest({ ...anna, type: 'registerutdrag', email: 'anna@example.test' });
  if (!result.success) throw new Error(JSON.stringify(result.errors));
  return { request: result.data, honeypot: '', locale: 'sv' as const };
}

describe('the mail server checked at start', () => {
  it('a wrong password: one warning naming the server and the reason, nothing thrown, no password', async () => {
    const { requests, lines, raw } = service(mailConfig({ SMTP_URL: smtpUrl('fel-lösen') }));
    try {
      await requests.checkMailServer();
      expect(lines).toEqual([
        expect.objectContaining({
          level: 'warn',
          event: 'mail-server',
          status: 'unusable',
          server: `127.0.0.1:${smtp.port}`,
          code: 'EAUTH',
          msg: `the mail server 127.0.0.1:${smtp.port} cannot be used: it refused the user name or password in SMTP_URL (check them, percent-encoded) (EAUTH).`,
        }),
      ]);
      expect(raw()).not.toMatch(/fel-l|r%C3%A4tt|rätt/);
    } finally {
      await requests.close();
    }
  });

  it('the right password: one info line', async () => {
    const { requests, lines } = service(mailConfig({ SMTP_URL: smtpUrl(PASSWORD) }));
    try {
      await requests.checkMailServer();
      expect(lines).toEqual([expect.objectContaining({ level: 'info', event: 'mail-server', status: 'ok', server: `127.0.0.1:${smtp.port}` })]);
    } finally {
      await requests.close();
    }
  });

  it('a server that is not there: a warning saying the connection was refused', async () => {
    const { requests, lines } = service(mailConfig({ SMTP_URL: 'smtp://127.0.0.1:1' }));
    try {
      await requests.checkMailServer();
      expect(lines).toEqual([expect.objectContaining({ level: 'warn', code: 'ECONNREFUSED', msg: expect.stringContaining('the mail server 127.0.0.1:1 cannot be used: it refused the connection') })]);
    } finally {
      await requests.close();
    }
  });
});

describe('a request the mail server refuses', () => {
  it('is logged at error with the reply code', async () => {
    smtp.answer = 'refuse';
    const { requests, lines } = service(mailConfig({ SMTP_URL: smtpUrl(PASSWORD) }));
    try {
      expect((await requests.submit(annasRequest(), '192.0.2.1')).kind).toBe('delivery-failed');
      expect(lines.filter((l) => l.event === 'data-request')).toEqual([expect.objectContaining({ level: 'error', outcome: 'delivery-failed', code: '550' })]);
    } finally {
      smtp.answer = 'accept';
      await requests.close();
    }
  });
});

describe('without SMTP_URL', () => {
  it('in production, each request written to the outbox folder is a warning that nothing was sent', async () => {
    const { requests, lines } = service(mailConfig({ MAIL_OUTBOX_DIR: path.join(dir, 'outbox') }), true);
    try {
      expect((await requests.submit(annasRequest(), '192.0.2.1')).kind).toBe('delivered');
      expect(lines.find((l) => l.outcome === 'delivered')).toMatchObject({
        level: 'warn',
        outbox: path.join(dir, 'outbox'),
        msg: 'Written to the outbox folder, not sent: SMTP_URL is not set.',
      });
    } finally {
      await requests.close();
    }
  });

  it('on a developer\'s machine, the same request is plain info', async () => {
    const { requests, lines } = service(mailConfig({ MAIL_OUTBOX_DIR: path.join(dir, 'outbox') }));
    try {
      await requests.submit(annasRequest(), '192.0.2.1');
      expect(lines.find((l) => l.outcome === 'delivered')).toMatchObject({ level: 'info' });
    } finally {
      await requests.close();
    }
  });

  it('an outbox folder that cannot be made is one sentence naming MAIL_OUTBOX_DIR and the fix', async () => {
    const file = path.join(dir, 'a-file');
    await writeFile(file, '');
    const config = mailConfig({ MAIL_OUTBOX_DIR: path.join(file, 'outbox') });
    expect(() => createMailer(config)).toThrow(SettingsError);
    expect(() => createMailer(config)).toThrow(
      `MAIL_OUTBOX_DIR: the outbox folder ${path.join(file, 'outbox')} cannot be created or written by this user: create it writable by the server's user`,
    );
  });
});
