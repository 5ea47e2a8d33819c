import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { test, expect } from '../../support/e2e/fixtures';
import { startApp } from '../../support/app';
import { startSmtp } from '../../support/smtp';
import { anna, MAIL_TO, MAIL_FROM } from '../../support/e2e/requests';

const form = (baseURL: string) => ({ form: { ...anna }, headers: { Origin: baseURL }, maxRedirects: 0 });

test('without SMTP_URL, requests go to the outbox folder and the start log says where', async ({ playwright }) => {
  const outbox = await mkdtemp(path.join(tmpdir(), 'jainkasso-outbox-'));
  const app = await startApp({ MAIL_OUTBOX_DIR: outbox, MAIL_TO });
  try {
    expect(app.output()).toContain(`SMTP_URL is not set: data requests are written as .eml files to ${outbox}`);
    const api = await playwright.request.newContext({ baseURL: app.url });
    const response = await api.post('/dina-uppgifter/?_action=requests.submit', form(app.url));
    expect(response.status()).toBe(303);
    await api.dispose();

    await expect.poll(async () => (await readdir(outbox)).length).toBe(2);
    const files = (await readdir(outbox)).sort();
    expect(files.every((file) => /^[\dT-]+Z-JA-[A-Z0-9]{8}(-kvitto)?\.eml$/.test(file))).toBe(true);
    const mails = await Promise.all(files.map(async (file) => simpleParser(await readFile(path.join(outbox, file)))));
    expect(mails.map((mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text).sort()).toEqual([MAIL_TO, anna.email].sort());
    // Personal data: readable by the server's user only.
    expect((await stat(path.join(outbox, files[0]!))).mode & 0o077).toBe(0);
  } finally {
    await app.stop();
    await rm(outbox, { recursive: true, force: true });
  }
});

test('credentials in SMTP_URL log the app in, and never reach the log', async ({ playwright }) => {
  const password = 'hemligt/lösen:%1';
  const smtp = await startSmtp({ users: { webbformular: password } });
  const app = await startApp({ SMTP_URL: `smtp://webbformular:${encodeURIComponent(password)}@127.0.0.1:${smtp.port}`, MAIL_TO, MAIL_FROM });
  try {
    expect(app.output()).toContain(`Data requests go by SMTP to 127.0.0.1:${smtp.port} (no TLS (loopback)) for ${MAIL_TO}.`);
    const api = await playwright.request.newContext({ baseURL: app.url });
    expect((await api.post('/dina-uppgifter/?_action=requests.submit', form(app.url))).status()).toBe(303);
    await api.dispose();
    await expect.poll(() => smtp.mailsTo(MAIL_TO).length).toBe(1);
    expect(smtp.mailsTo(MAIL_TO)[0]!.user).toBe('webbformular');
    expect(app.output()).not.toContain('hemligt');
  } finally {
    await app.stop();
    await smtp.stop();
  }
});

// Each wrong mail or server setting's sentence is checked against the settings loader
// (tests/unit/server/settings.test.ts); tests/e2e/server/start.spec.ts starts the server once with wrong settings.
