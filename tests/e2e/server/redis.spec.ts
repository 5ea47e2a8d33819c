/**
 * Two server instances and one Redis (Debian's redis-server on a free port): one rate limit for both.
 * With Redis gone, valid requests are still delivered (the in-memory insurance limiter), and the log says so once,
 * and again when Redis is back.
 */
import { test, expect } from '@playwright/test';
import { startApp, type RunningApp } from '../../support/app';
import { startRedis } from '../../support/proxies';
import { startSmtp, type TestSmtp } from '../../support/smtp';
import { anna, MAIL_FROM, MAIL_TO } from '../../support/e2e/requests';

const LIMIT = 3;

async function post(app: RunningApp): Promise<number> {
  const response = await fetch(new URL('/dina-uppgifter/?_action=requests.submit', app.url), {
    method: 'POST',
    body: new URLSearchParams({ ...anna }),
    headers: { Origin: app.url },
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return response.status;
}

test('two instances share one limit through Redis; with Redis down requests are still delivered', async () => {
  let redis = await startRedis();
  const smtp: TestSmtp = await startSmtp();
  const env = { SMTP_URL: smtp.url, MAIL_TO, MAIL_FROM, RATE_LIMIT_MAX: String(LIMIT), REDIS_URL: redis.url };
  const [one, two] = await Promise.all([startApp(env), startApp(env)]);
  try {
    // Alternating between the instances, as a load balancer would: the limit is for both together.
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push(await post(i % 2 ? two : one));
    expect(statuses).toEqual([303, 303, 303, 429, 429]);
    await expect.poll(() => smtp.mailsTo(MAIL_TO).length).toBe(LIMIT);

    // Redis dies. A debtor's request is still handled, counted in each instance's memory meanwhile.
    await redis.stop('SIGKILL');
    expect(await post(one)).toBe(303);
    expect(await post(two)).toBe(303);
    await expect.poll(() => smtp.mailsTo(MAIL_TO).length).toBe(LIMIT + 2);
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
    for (let i = 0; i < LIMIT + 1; i++) again.push(await post(i % 2 ? two : one));
    expect(again).toEqual([303, 303, 303, 429]);
  } finally {
    await Promise.all([one.stop(), two.stop()]);
    await redis.stop();
    await smtp.stop();
  }
});
