/**
 * Two server instances and one Redis (Debian's redis-server on a free port), as behind a load balancer: the
 * confirmation posted on one is shown once across both, and Redis holds nothing personal, for minutes only; one rate
 * limit for both. With Redis gone, valid requests are still delivered (the in-memory insurance limiter), and the log
 * says so once, and again when Redis is back.
 */
import { request as httpRequest } from 'node:http';
import { test, expect } from '@playwright/test';
import { Redis } from 'ioredis';
import { startApp, type RunningApp } from '../../support/app';
import { startRedis } from '../../support/proxies';
import { startSmtp, type TestSmtp } from '../../support/smtp';
import { anna, attachAppLogs, MAIL_FROM, MAIL_TO } from '../../support/e2e/requests';

const LIMIT = 3;

// One Redis, one mail server and the two instances for the file, its tests in order: the last one stops Redis.
test.describe.configure({ mode: 'default' });

let redis: Awaited<ReturnType<typeof startRedis>>;
let smtp: TestSmtp;
let one: RunningApp;
let two: RunningApp;

test.beforeAll(async () => {
  redis = await startRedis();
  smtp = await startSmtp();
  const env = { SMTP_URL: smtp.url, MAIL_TO, MAIL_FROM, RATE_LIMIT_MAX: String(LIMIT), REDIS_URL: redis.url };
  [one, two] = await Promise.all([startApp(env), startApp(env)]);
});

test.afterEach(async ({}, testInfo) => {
  await attachAppLogs(testInfo, { one, two });
});

test.afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
  await redis?.stop();
  await smtp?.stop();
});

/** A valid data request posted to `app` as a browser without JavaScript would, from `localAddress` (a loopback address of its own). */
function post(app: RunningApp, localAddress = '127.0.0.1'): Promise<{ status: number; cookie: string }> {
  const body = new URLSearchParams({ ...anna }).toString();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL('/dina-uppgifter/?_action=requests.submit', app.url),
      {
        method: 'POST',
        localAddress,
        headers: { Origin: app.url, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, cookie: (res.headers['set-cookie'] ?? []).map((line) => line.split(';', 1)[0]).join('; ') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

test('the confirmation is shared through Redis, shown once across both servers; Redis holds nothing personal, for minutes only', async () => {
  const store = new Redis(redis.url);
  try {
    // From an address of its own, so this request counts toward no other visitor's limit (the next test's).
    const posted = await post(one, '127.0.0.7');
    expect(posted.status).toBe(303);
    const cookie = /dina-uppgifter-kvitto=[^;]+/.exec(posted.cookie)![0];

    // The session is in Redis (beside the rate limit's counter): its data has the reference and nothing the visitor
    // typed, and it expires.
    const keys = await store.keys('jainkasso:session:*');
    expect(keys).toHaveLength(1);
    const stored = (await store.get(keys[0]!))!;
    const reference = /JA-[2-9A-HJ-NP-Z]{8}/.exec(stored)![0];
    for (const value of ['Anna', 'Testsson', '850415', 'Provgatan', anna.email]) expect(stored).not.toContain(value);
    const ttl = await store.ttl(keys[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(600);

    // The other instance shows it, once; then neither shows it again.
    const confirmation = await fetch(new URL('/dina-uppgifter/tack/', two.url), { headers: { cookie } });
    expect(await confirmation.text()).toContain(reference);
    for (const server of [two.url, one.url]) {
      const again = await (await fetch(new URL('/dina-uppgifter/tack/', server), { headers: { cookie } })).text();
      expect(again).toContain('Det finns ingen bekräftelse att visa');
      expect(again).not.toContain(reference);
    }
    await expect.poll(() => store.keys('jainkasso:session:*')).toEqual([]);
  } finally {
    store.disconnect();
  }
});

test('two instances share one limit through Redis; with Redis down requests are still delivered', async () => {
  const mails = smtp.mailsTo(MAIL_TO).length;
  // Alternating between the instances, as a load balancer would: the limit is for both together.
  const statuses: number[] = [];
  for (let i = 0; i < LIMIT + 2; i++) statuses.push((await post(i % 2 ? two : one)).status);
  expect(statuses).toEqual([303, 303, 303, 429, 429]);
  await expect.poll(() => smtp.mailsTo(MAIL_TO).length).toBe(mails + LIMIT);

  // Redis dies. A debtor's request is still handled, counted in each instance's memory meanwhile.
  await redis.stop('SIGKILL');
  expect((await post(one)).status).toBe(303);
  expect((await post(two)).status).toBe(303);
  await expect.poll(() => smtp.mailsTo(MAIL_TO).length).toBe(mails + LIMIT + 2);
  for (const app of [one, two]) {
    await expect.poll(() => app.output().match(/"event":"rate-limit-store","status":"down"/g)?.length ?? 0).toBe(1);
    expect(app.output()).not.toMatch(/\n\s+at |ECONNREFUSED/);
  }

  // Redis is back on its address: each instance says so once, and the limit is shared again.
  redis = await startRedis(redis.port);
  for (const app of [one, two]) {
    await expect.poll(() => app.output().match(/"event":"rate-limit-store","status":"up"/g)?.length ?? 0, { timeout: 15_000 }).toBe(1);
  }
  const again: number[] = [];
  for (let i = 0; i < LIMIT + 1; i++) again.push((await post(i % 2 ? two : one)).status);
  expect(again).toEqual([303, 303, 303, 429]);
});
