import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMailer } from '../../../src/requests/delivery';
import { parseMailConfig } from '../../../src/requests/mail-config';
import { startSmtp, unusedPort, type TestSmtp } from '../../support/smtp';

const defaults = { email: 'info@jainkasso.test', cwd: tmpdir() };
const mail = { from: 'webb@jainkasso.test', to: 'arenden@jainkasso.test', subject: 'Test', text: 'Hej', envelope: { from: 'webb@jainkasso.test', to: ['arenden@jainkasso.test'] } };

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.stop();
});

/** A mailer with a bound long enough for a loaded machine, unless a test is about the bound itself. */
function mailer(url: string, timeoutMs = 10_000) {
  return createMailer(parseMailConfig({ SMTP_URL: url, SMTP_TIMEOUT_MS: timeoutMs }, defaults));
}

describe('delivery over SMTP', () => {
  it('is accepted when the server answers 250', async () => {
    smtp.answer = 'accept';
    expect(await mailer(smtp.url).send(mail, 'JA-1')).toEqual({ accepted: true });
    expect(smtp.mailsTo('arenden@jainkasso.test').at(-1)?.parsed.subject).toBe('Test');
  });

  it('is refused with the reply code when the server refuses', async () => {
    smtp.answer = 'refuse';
    expect(await mailer(smtp.url).send(mail, 'JA-2')).toEqual({ accepted: false, code: '550' });
  });

  it('gives up within the bound when the server never answers', async () => {
    smtp.answer = 'hang';
    // Only the mailer's own bound can end this wait: the server never answers.
    expect(await mailer(smtp.url, 300).send(mail, 'JA-3')).toEqual({ accepted: false, code: 'TIMEOUT' });
  });

  it('fails with a connection code when nothing listens', async () => {
    const result = await mailer(`smtp://127.0.0.1:${await unusedPort()}`).send(mail, 'JA-4');
    expect(result.accepted).toBe(false);
    if (!result.accepted) expect(['ECONNECTION', 'ESOCKET']).toContain(result.code);
  });
});

describe('delivery to the outbox folder', () => {
  it('writes one .eml file per mail, named by the label', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-unit-outbox-'));
    try {
      const outbox = createMailer(parseMailConfig({ MAIL_OUTBOX_DIR: dir }, defaults));
      expect(await outbox.send(mail, 'JA-ABCDEFGH')).toEqual({ accepted: true });
      const files = await readdir(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/-JA-ABCDEFGH\.eml$/);
      expect(await readFile(path.join(dir, files[0]!), 'utf8')).toContain('Subject: Test');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
