import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { test, expect } from '../../support/e2e/fixtures';
import { startApp, runAppToExit } from '../../support/app';
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
    env: { EID_ISSUER: 'http://broker.example.com', EID_CLIENT_ID: 'x', EID_CLIENT_SECRET: 'hemligt', EID_BROKER: 'Mäklaren AB' },
    message: "EID_ISSUER must be the broker's https issuer URL",
  },
];

for (const { name, env, message } of wrong) {
  test(`${name} stops the server at start with a clear message`, async () => {
    const result = await runAppToExit({ MAIL_OUTBOX_DIR: path.join(tmpdir(), 'jainkasso-never-used'), ...env });
    expect(result.listened).toBe(false);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(message);
    expect(result.output).not.toContain('hemligt');
    // A sentence, not a stack trace.
    expect(result.output).not.toMatch(/\n\s+at |Error:|node:internal/);
  });
}
