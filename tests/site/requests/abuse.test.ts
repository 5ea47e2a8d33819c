/**
 * Hostile and excessive posts, without a browser, against an app with a low rate limit: two delivered requests per
 * visitor address per 10 minutes. The test itself plays the TLS proxy in the last test, so its address is trusted
 * (tests/e2e/server/ has the real proxies and the forgeries). Its tests run in order: the limit counts across them.
 * The rate limit's page in the browser (focus, axe): tests/e2e/requests/abuse.spec.ts.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { personalDataIn, receiptsUnderWay, startRequestServer, type RequestServer } from '../../support/requests';
import { Visitor } from '../../support/visitor';
import { readableText } from '../../support/served';
import { anna } from '../../support/fixtures/anna';

let server: RequestServer;
// Headroom for starting the app on a busy two-core machine: a limit on waiting, never a speed goal.
beforeAll(async () => {
  server = await startRequestServer(() => ({ RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '600000', TRUST_PROXY: '127.0.0.1' }));
}, 60_000);
afterAll(() => server?.stop());

let from = 0;
const appLog = () => server.app.output().slice(from);
beforeEach(() => {
  from = server.app.output().length;
});
afterEach(async () => {
  await expect.poll(() => receiptsUnderWay(appLog(), server.smtp), { timeout: 60_000 }).toEqual([]);
  expect(personalDataIn(appLog())).toEqual([]);
});

const ACTION = '/dina-uppgifter/?_action=requests.submit';

/** A post of `bytes` bytes sent in chunks, without Content-Length, as a slow or hostile client might. */
function postChunked(baseURL: string, bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(ACTION, baseURL);
    const req = httpRequest(url, {
      method: 'POST',
      headers: { Origin: url.origin, 'Content-Type': 'application/x-www-form-urlencoded', 'Transfer-Encoding': 'chunked' },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    // The server may answer and close before the whole body is written.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    const chunk = Buffer.alloc(16 * 1024, 'a');
    req.write('name=');
    for (let sent = 0; sent < bytes; sent += chunk.length) req.write(chunk);
    req.end();
  });
}

it('a post from another site is refused with 403 and sends nothing', async () => {
  const attempts = server.smtp.attempts;
  expect((await new Visitor(server.url).post(ACTION, { ...anna }, 'https://evil.example')).status).toBe(403);
  expect(server.smtp.attempts).toBe(attempts);
});

it('a 300 KB post gets 413, and the server keeps running', async () => {
  const attempts = server.smtp.attempts;
  const visitor = new Visitor(server.url);
  const answer = await visitor.post(ACTION, { ...anna, correction: 'x'.repeat(300 * 1024) });
  expect(answer.status).toBe(413);
  expect(answer.html).toContain('Formuläret innehöll för mycket text');
  expect(await postChunked(server.url, 300 * 1024)).toBe(413);
  expect((await visitor.get('/dina-uppgifter/')).status).toBe(200);
  expect((await visitor.get('/')).status).toBe(200);
  expect(server.smtp.attempts).toBe(attempts);
});

it('a post to the page without the form action is not accepted', async () => {
  expect((await new Visitor(server.url).post('/dina-uppgifter/', { ...anna })).status).toBe(405);
});

it('a filled-in honeypot field sends nothing and says why', async () => {
  const attempts = server.smtp.attempts;
  const answer = await new Visitor(server.url).send('/dina-uppgifter/', { ...anna, website: 'https://spam.example' });
  expect(answer.posted.status).toBe(422);
  expect(answer.posted.html).toContain('Formuläret kunde inte tas emot');
  // The number is written with non-breaking spaces, so it never wraps.
  expect(answer.posted.html.replace(/\u00a0/g, ' ')).toContain('026-16 64 70');
  expect(server.smtp.attempts).toBe(attempts);
});

it('the rate limit answers the third request within 10 minutes with 429, a clear message and the answers kept', async () => {
  const { smtp } = server;
  const visitor = new Visitor(server.url);
  // Invalid posts do not count: a visitor correcting typing errors is never locked out.
  const before = smtp.attempts;
  for (let i = 0; i < 3; i++) expect((await visitor.send('/dina-uppgifter/', { ...anna, personnummer: '' })).posted.status).toBe(400);
  expect((await visitor.post(ACTION, { ...anna })).status).toBe(303);
  expect((await visitor.post(ACTION, { ...anna })).status).toBe(303);
  // Two requests, each a mail to the company and a receipt.
  await expect.poll(() => smtp.attempts).toBe(before + 4);
  const attempts = smtp.attempts;

  const { posted } = await visitor.send('/dina-uppgifter/', anna);
  expect(posted.status).toBe(429);
  expect(Number(posted.headers.get('retry-after'))).toBeGreaterThan(500);
  expect(Number(posted.headers.get('retry-after'))).toBeLessThanOrEqual(600);
  const { $ } = posted;
  expect($('title').text()).toMatch(/^Fel: /);
  const notice = $('[data-error-summary]');
  // It takes focus as the page loads (the browser's part: tests/e2e/requests/abuse.spec.ts).
  expect(notice.attr('autofocus')).toBeDefined();
  const text = readableText($, notice.get(0));
  expect(text).toContain('Du har skickat många förfrågningar på kort tid');
  expect(text).toContain('Vänta 10 minuter och försök igen');
  expect(text).toContain('Box 358, 801 05 GÄVLE');
  expect($('#request-name').attr('value')).toBe(anna.name);
  expect($('#request-correction').text()).toBe(anna.correction);
  expect(smtp.attempts).toBe(attempts);
  expect(appLog()).toContain('"outcome":"rate-limited"');
});

it('behind the TLS proxy of SITE_URL the form works, and each visitor has a limit of their own', async () => {
  const proxied = async (address: string) => {
    const response = await fetch(new URL(ACTION, server.url), {
      method: 'POST',
      body: new URLSearchParams({ ...anna }),
      redirect: 'manual',
      headers: { Origin: 'https://www.jainkasso.se', 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'www.jainkasso.se', 'X-Forwarded-For': address },
    });
    await response.text();
    return response;
  };
  const first = await proxied('203.0.113.1');
  expect(first.status).toBe(303);
  expect(first.headers.get('set-cookie')).toMatch(/; Secure/);
  expect((await proxied('203.0.113.1')).status).toBe(303);
  expect((await proxied('203.0.113.1')).status).toBe(429);
  expect((await proxied('203.0.113.2')).status).toBe(303);
  expect(appLog()).not.toContain('203.0.113');
});
