/**
 * The client address: forwarded headers count only from a proxy named in TRUST_PROXY, and from it the client is
 * the right-most address that is not a trusted proxy. An attacker forging headers gets the same limit as anyone.
 */
import { request as httpRequest } from 'node:http';
import { test, expect } from '@playwright/test';
import { startApp, type RunningApp } from '../../support/app';
import { startNginx, type Running } from '../../support/proxies';
import { startSmtp, type TestSmtp } from '../../support/smtp';
import { anna, attachAppLogs, MAIL_FROM, MAIL_TO } from '../../support/e2e/requests';

test.describe.configure({ mode: 'default' });

const LIMIT = 2;
const SITE = 'www.jainkasso.se';

/** A valid data request posted from `localAddress` (a loopback address of its own) with the given headers. */
function post(url: string, headers: Record<string, string>, localAddress = '127.0.0.1'): Promise<{ status: number; setCookie: string[] }> {
  const target = new URL('/dina-uppgifter/?_action=requests.submit', url);
  const body = new URLSearchParams({ ...anna }).toString();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      target,
      { method: 'POST', localAddress, headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(Buffer.byteLength(body)), ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, setCookie: res.headers['set-cookie'] ?? [] }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A different forged address each time, as an attacker rotating them would write. */
const forged = (i: number) => `203.0.113.${i + 1}`;

test.describe('a direct connection, TRUST_PROXY unset', () => {
  let smtp: TestSmtp;
  let app: RunningApp;
  test.beforeAll(async () => {
    smtp = await startSmtp();
    app = await startApp({ SMTP_URL: smtp.url, MAIL_TO, MAIL_FROM, RATE_LIMIT_MAX: String(LIMIT) });
  });
  test.afterEach(async ({}, testInfo) => {
    await attachAppLogs(testInfo, { app });
  });
  test.afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  test('forged X-Forwarded-For, -Host, -Proto, X-Real-IP and Forwarded change nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 4; i++) {
      const answer = await post(app.url, {
        Origin: app.url,
        'X-Forwarded-For': `${forged(i)}, ${forged(i + 50)}`,
        'X-Forwarded-Host': SITE,
        'X-Forwarded-Proto': 'https',
        'X-Real-IP': forged(i),
        Forwarded: `for=${forged(i)};proto=https;host=${SITE}`,
      });
      // (The confirmation's session cookie is Secure on every connection, so a forged proto shows only in the origin
      // check, tested below, not in the cookie.)
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([303, 303, 429, 429, 429, 429]);
    // Only the real deliveries reached the mail server.
    await expect.poll(() => smtp.mailsTo(MAIL_TO).length).toBe(LIMIT);
  });

  test("a forged host does not pass the origin check for the real site's origin", async () => {
    const answer = await post(app.url, { Origin: `https://${SITE}`, 'X-Forwarded-Host': SITE, 'X-Forwarded-Proto': 'https' }, '127.0.0.9');
    expect(answer.status).toBe(403);
  });
});

test.describe('behind nginx appending X-Forwarded-For, the server trusting only nginx', () => {
  let smtp: TestSmtp;
  let app: RunningApp;
  let nginx: Running;
  let proxyURL: string;
  test.beforeAll(async () => {
    smtp = await startSmtp();
    // nginx connects to the app from 127.0.0.2; visitors reach nginx from 127.0.0.3 and 127.0.0.4.
    app = await startApp({ SMTP_URL: smtp.url, MAIL_TO, MAIL_FROM, RATE_LIMIT_MAX: String(LIMIT), TRUST_PROXY: '127.0.0.2' });
    nginx = await startNginx(new URL(app.url).host, { host: '127.0.0.2', bindAddress: '127.0.0.2' });
    proxyURL = `http://${nginx.host}:${nginx.port}`;
  });
  test.afterEach(async ({}, testInfo) => {
    await attachAppLogs(testInfo, { app });
  });
  test.afterAll(async () => {
    await nginx.stop();
    await app.stop();
    await smtp.stop();
  });

  test('a client forging X-Forwarded-For reaches 429 after the limit; another client behind the proxy is still served', async () => {
    const headers = (i: number) => ({ Host: SITE, Origin: `https://${SITE}`, 'X-Forwarded-For': forged(i) });
    const attacker: number[] = [];
    for (let i = 0; i < LIMIT + 3; i++) attacker.push((await post(proxyURL, headers(i), '127.0.0.3')).status);
    expect(attacker).toEqual([303, 303, 429, 429, 429]);

    const other = await post(proxyURL, { Host: SITE, Origin: `https://${SITE}` }, '127.0.0.4');
    expect(other.status).toBe(303);
    // Behind the TLS proxy the confirmation's cookie is Secure.
    expect(other.setCookie.join(';')).toMatch(/Secure/i);
    await expect.poll(() => smtp.mailsTo(MAIL_TO).length).toBe(LIMIT + 1);
    expect(app.output()).not.toMatch(/127\.0\.0\.[34]|203\.0\.113/);
  });

  test("with a Host other than SITE_URL's, two visitors are still counted apart, and forged X-Forwarded-For still buys nothing", async () => {
    // A second domain, the bare domain, or the server's IP typed by a visitor: Astro believes no forwarded header for
    // that host, and the client address still comes from the server's own proxy rule.
    const host = 'jainkasso.example';
    const headers = (i: number) => ({ Host: host, Origin: `https://${host}`, 'X-Forwarded-For': forged(i) });
    const first: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) first.push((await post(proxyURL, headers(i), '127.0.0.5')).status);
    expect(first).toEqual([303, 303, 429, 429]);

    const second = await post(proxyURL, { Host: host, Origin: `https://${host}` }, '127.0.0.6');
    expect(second.status).toBe(303);
    expect(app.output()).not.toMatch(/127\.0\.0\.[56]|203\.0\.113/);
  });

  test('going around the proxy to the app directly, the same forgeries buy nothing', async () => {
    // From 127.0.0.1, which TRUST_PROXY does not name: the headers are ignored and the host check fails.
    const answer = await post(app.url, { Origin: `https://${SITE}`, 'X-Forwarded-Host': SITE, 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': forged(99) });
    expect(answer.status).toBe(403);
  });
});
