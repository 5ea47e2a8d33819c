/**
 * Graceful shutdown: SIGTERM while the mail server holds a delivery. The visitor still gets the confirmation, both
 * mails arrive, the log has the delivery and one shutdown line, and the process exits 0. New connections are refused.
 */
import { connect } from 'node:net';
import { test, expect } from '@playwright/test';
import { startApp, type RunningApp } from '../../support/app';
import { startSmtp } from '../../support/smtp';
import { submitAsVisitor } from '../../support/load';
import { anna, attachAppLogs, MAIL_FROM, MAIL_TO } from '../../support/e2e/requests';

/** The form's post as a browser sends it, without following the redirect: status, where it leads, the cookie. */
async function postForm(url: string) {
  const response = await fetch(new URL('/dina-uppgifter/?_action=requests.submit', url), {
    method: 'POST',
    body: new URLSearchParams({ ...anna }),
    headers: { Origin: new URL(url).origin },
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location'), cookie: response.headers.getSetCookie().join('; ') };
}
/** The app the running test started (each test stops its own), for its log should the test fail. */
let current: RunningApp | undefined;

test.afterEach(async ({}, testInfo) => {
  await attachAppLogs(testInfo, { app: current });
  current = undefined;
});

const refused = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

test('SIGTERM during a delivery: the visitor is confirmed, both mails arrive, the log has it, exit 0', async () => {
  const smtp = await startSmtp();
  const app = (current = await startApp({ SMTP_URL: smtp.url, MAIL_TO, MAIL_FROM }));
  try {
    smtp.answer = 'hold';
    const visitor = postForm(app.url);
    await expect.poll(() => smtp.held).toBe(1);

    const exit = app.exitCode();
    process.kill(app.pid, 'SIGTERM');
    // Stopped taking connections, while the request in flight goes on.
    await expect.poll(() => refused(app.url)).toBe(true);
    expect(smtp.held).toBe(1);

    // The mail to the company is accepted; then the receipt is held too, after the visitor's answer.
    smtp.release();
    await expect.poll(() => smtp.held).toBe(1);
    smtp.release();

    // The visitor's answer: the redirect to the confirmation, with the cookie that shows it.
    const answer = await visitor;
    expect(answer.status).toBe(303);
    expect(answer.location).toMatch(/\/dina-uppgifter\/tack\/?$/);
    expect(answer.cookie).not.toBe('');
    expect(await exit).toBe(0);
    expect(smtp.mailsTo(MAIL_TO)).toHaveLength(1);
    expect(smtp.mailsTo(anna.email)).toHaveLength(1);
    const log = app.output();
    expect(log).toContain('"outcome":"delivered"');
    expect(log).toContain('"outcome":"receipt-sent"');
    expect(log.match(/"event":"shutdown"/g)).toHaveLength(1);
    expect(log).toMatch(/"event":"shutdown","signal":"SIGTERM"/);
  } finally {
    await app.stop();
    await smtp.stop();
  }
});

test('a second signal exits at once', async () => {
  const smtp = await startSmtp();
  const app = (current = await startApp({ SMTP_URL: smtp.url, MAIL_TO, MAIL_FROM }));
  try {
    smtp.answer = 'hang';
    const visitor = submitAsVisitor(app.url, { ...anna }).catch(() => undefined);
    await expect.poll(() => smtp.attempts).toBe(1);
    const exit = app.exitCode();
    process.kill(app.pid, 'SIGTERM');
    await expect.poll(() => refused(app.url)).toBe(true);
    process.kill(app.pid, 'SIGINT');
    expect(await exit).not.toBe(0);
    await visitor;
  } finally {
    await app.stop();
    await smtp.stop();
  }
});
