import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMailer, mayHaveArrived, type Mailer } from '../../../src/requests/delivery';
import { mailSettings } from '../../../src/requests/mail-config';
import { loadGroup } from '../../../src/lib/settings';
import { startSmtp, unusedPort, type TestSmtp } from '../../support/smtp';

const context = { siteEmail: 'info@jainkasso.test', cwd: tmpdir() };
const mail = { from: 'webb@jainkasso.test', to: 'arenden@jainkasso.test', subject: 'Test', text: 'Hej', envelope: { from: 'webb@jainkasso.test', to: ['arenden@jainkasso.test'] } };

let smtp: TestSmtp;
const mailers: Mailer[] = [];
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  for (const mailer of mailers) mailer.close();
  await smtp.stop();
});

// A bound no answer on loopback nears, however busy the machine (1 s did, under a load of 20): the tests of what the
// bound does set their own.
function mailer(url: string, timeoutMs = 10_000) {
  const created = createMailer(loadGroup(mailSettings, { SMTP_URL: url, SMTP_TIMEOUT_MS: String(timeoutMs) }, context));
  mailers.push(created);
  return created;
}

describe('delivery over SMTP', () => {
  it('is accepted when the server answers 250', async () => {
    smtp.answer = 'accept';
    expect(await mailer(smtp.url).send(mail, 'JA-1')).toEqual({ status: 'accepted' });
    expect(smtp.mailsTo('arenden@jainkasso.test').at(-1)?.parsed.subject).toBe('Test');
  });

  it('reuses one pooled connection for mail after mail', async () => {
    smtp.answer = 'accept';
    const before = smtp.openConnections;
    const pooled = mailer(smtp.url);
    for (let i = 0; i < 3; i++) expect(await pooled.send(mail, `JA-P${i}`)).toEqual({ status: 'accepted' });
    // One connection, still open for the next mail (without a pool, each mail opened and closed its own).
    expect(smtp.openConnections).toBe(before + 1);
    pooled.close();
    await expect.poll(() => smtp.openConnections).toBe(before);
  });

  it('is refused with the reply code when the server refuses', async () => {
    smtp.answer = 'refuse';
    expect(await mailer(smtp.url).send(mail, 'JA-2')).toEqual({ status: 'failed', code: '550' });
  });

  it('is unconfirmed when the bound passes before the answer, and learns the late 250', async () => {
    smtp.answer = 'hold';
    // A bound long enough for the message to reach the server on a busy machine before the connection gives up on
    // its answer (twice the bound): the test is of what comes after the bound, not of how fast the machine is.
    const result = await mailer(smtp.url, 1500).send(mail, 'JA-3');
    expect(result.status).toBe('unconfirmed');
    // On a busy machine the bound may pass before the message reaches the server; it gets there all the same.
    await expect.poll(() => smtp.held, { timeout: 3000 }).toBe(1);
    // Only now, after the bound, does the server answer: the mail arrived after all.
    smtp.release();
    if (result.status === 'unconfirmed') expect(await result.final).toEqual({ status: 'accepted' });
  });

  it('is never "failed" when the server took the message and then never answered', async () => {
    smtp.answer = 'hang';
    // Only the mailer's own bound can end this wait: the server never answers.
    expect((await mailer(smtp.url, 300).send(mail, 'JA-4')).status).toBe('unconfirmed');
  });

  it('fails (certainly not sent) when nothing listens', async () => {
    const result = await mailer(`smtp://127.0.0.1:${await unusedPort()}`).send(mail, 'JA-5');
    expect(result.status).toBe('failed');
    if (result.status === 'failed') expect(['ECONNECTION', 'ESOCKET']).toContain(result.code);
  });
});

describe('which failures may still have delivered the mail', () => {
  it.each([
    [{ code: 'ETIMEDOUT' }, true],
    [{ code: 'ESOCKET', originalCode: 'ECONNRESET' }, true],
    [{ code: 'ESOCKET', originalCode: 'ECONNREFUSED' }, false],
    [{ code: 'EDNS', originalCode: 'ENOTFOUND' }, false],
    [{ code: 'EMESSAGE', responseCode: 550 }, false],
    [{ code: 'EAUTH', responseCode: 535 }, false],
    [{ code: 'ECONNECTION' }, false],
  ])('%j → %s', (error, expected) => {
    expect(mayHaveArrived(error)).toBe(expected);
  });
});

describe('delivery to the outbox folder', () => {
  it('writes one .eml file per mail, named by the label', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-unit-outbox-'));
    try {
      const outbox = createMailer(loadGroup(mailSettings, { MAIL_OUTBOX_DIR: dir }, context));
      expect(await outbox.send(mail, 'JA-ABCDEFGH')).toEqual({ status: 'accepted' });
      const files = await readdir(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/-JA-ABCDEFGH\.eml$/);
      expect(await readFile(path.join(dir, files[0]!), 'utf8')).toContain('Subject: Test');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
