import { Redis } from 'ioredis';
import { requestTest, expect, anna, postForm, MAIL_TO, MAIL_FROM } from '../../support/e2e/requests';
import { startApp } from '../../support/app';
import { startRedis } from '../../support/proxies';

/**
 * With REDIS_URL, the confirmation lives in a real Redis (Debian's redis-server, started here on a free loopback port),
 * so two instances of the server share it: the post on one, the confirmation on the other, shown once across both.
 */
let redis: Awaited<ReturnType<typeof startRedis>> | undefined;

const test = requestTest({
  env: async () => {
    redis ??= await startRedis();
    return { REDIS_URL: redis.url };
  },
});
test.describe.configure({ mode: 'default' });

test.afterAll(async () => {
  await redis?.stop();
});

test('two servers on one Redis share the confirmation, shown once, and Redis holds nothing personal, for minutes only', async ({ app, smtp, request }) => {
  const other = await startApp({ SMTP_URL: smtp.url, MAIL_TO, MAIL_FROM, REDIS_URL: redis!.url });
  const store = new Redis(redis!.url);
  try {
    const posted = await postForm(request, app.url, { ...anna });
    expect(posted.status()).toBe(303);
    const cookie = /dina-uppgifter-kvitto=[^;]+/.exec(posted.headers()['set-cookie']!)![0];

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
    const confirmation = await fetch(new URL('/dina-uppgifter/tack/', other.url), { headers: { cookie } });
    expect(await confirmation.text()).toContain(reference);
    for (const server of [other.url, app.url]) {
      const again = await (await fetch(new URL('/dina-uppgifter/tack/', server), { headers: { cookie } })).text();
      expect(again).toContain('Det finns ingen bekräftelse att visa');
      expect(again).not.toContain(reference);
    }
    await expect.poll(() => store.keys('jainkasso:session:*')).toEqual([]);
  } finally {
    store.disconnect();
    await other.stop();
  }
});
