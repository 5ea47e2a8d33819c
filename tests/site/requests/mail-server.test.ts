/**
 * The production server checks its mail server as it starts: a wrong password is a warning in the log naming the
 * server and the reason, and the site still serves (never a crash, never the password). Without a mail server, an
 * outbox folder it cannot make stops it with one sentence.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAppToExit, startApp } from '../../support/app';
import { startSmtp, type TestSmtp } from '../../support/smtp';
import { MAIL_FROM, MAIL_TO } from '../../support/fixtures/mail';

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp({ users: { webb: 'rätt-lösen' } });
});
afterAll(() => smtp.stop());

// A server of its own to start: more than the default limit on a busy machine, as a limit on waiting, not a speed goal.
it('a wrong SMTP password: a warning at start naming the mail server, and the pages are served', { timeout: 90_000 }, async () => {
  const app = await startApp({ SMTP_URL: `smtp://webb:${encodeURIComponent('fel-lösen')}@127.0.0.1:${smtp.port}`, MAIL_TO, MAIL_FROM });
  try {
    await expect.poll(() => app.output(), { timeout: 30_000 }).toContain('"event":"mail-server"');
    const line = app.output().split('\n').find((l) => l.includes('"event":"mail-server"'))!;
    expect(JSON.parse(line)).toMatchObject({
      level: 'warn',
      status: 'unusable',
      msg: `the mail server 127.0.0.1:${smtp.port} cannot be used: it refused the user name or password in SMTP_URL (check them, percent-encoded) (EAUTH).`,
    });
    expect((await fetch(new URL('/dina-uppgifter/', app.url))).status).toBe(200);
    expect(app.output()).not.toMatch(/fel-l|fel%2Dl/);
  } finally {
    await app.stop();
  }
});

it('an outbox folder that cannot be made: one sentence naming MAIL_OUTBOX_DIR, no stack trace, no server', { timeout: 90_000 }, async () => {
  // Under a file: a folder no user, root included, can make there.
  const { code, output, listened } = await runAppToExit({ SMTP_URL: '', MAIL_OUTBOX_DIR: '/etc/hostname/outbox' });
  expect(listened).toBe(false);
  expect(code).toBe(1);
  expect(output).toContain('MAIL_OUTBOX_DIR: the outbox folder /etc/hostname/outbox cannot be created or written by this user');
  expect(output).not.toMatch(/\n\s+at |EACCES|ENOTDIR|node:internal/);
});
