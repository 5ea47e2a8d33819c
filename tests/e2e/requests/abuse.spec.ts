import { request as httpRequest } from 'node:http';
import { requestTest, expect, axeViolations, anna, fillForm, postForm, personalDataIn } from '../../support/e2e/requests';

// A low limit, so the test reaches it quickly: two requests per client per 10 minutes. The test itself plays the
// TLS proxy in the last test, so its address is trusted (tests/e2e/server/ has the real proxies and the forgeries).
const test = requestTest({ env: () => ({ RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '600000', TRUST_PROXY: '127.0.0.1' }) });
test.describe.configure({ mode: 'default' });

/** A post of `bytes` bytes sent in chunks, without Content-Length, as a slow or hostile client might. */
function postChunked(baseURL: string, bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL('/dina-uppgifter/?_action=requests.submit', baseURL);
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

test('a post from another site is refused with 403 and sends nothing', async ({ request, baseURL, smtp }) => {
  const attempts = smtp.attempts;
  const response = await postForm(request, baseURL!, { ...anna }, 'https://evil.example');
  expect(response.status()).toBe(403);
  expect(smtp.attempts).toBe(attempts);
});

test('a 300 KB post gets 413, and the server keeps running', async ({ request, baseURL, smtp }) => {
  const attempts = smtp.attempts;
  const response = await postForm(request, baseURL!, { ...anna, correction: 'x'.repeat(300 * 1024) });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain('Formuläret innehöll för mycket text');
  expect(await postChunked(baseURL!, 300 * 1024)).toBe(413);
  expect((await request.get('/dina-uppgifter/')).status()).toBe(200);
  expect((await request.get('/')).status()).toBe(200);
  expect(smtp.attempts).toBe(attempts);
});

test('a post to the page without the form action is not accepted', async ({ request, baseURL }) => {
  const response = await request.post('/dina-uppgifter/', { form: { ...anna }, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(response.status()).toBe(405);
});

test('a filled-in honeypot field sends nothing and says why', async ({ request, baseURL, smtp }) => {
  const attempts = smtp.attempts;
  const response = await postForm(request, baseURL!, { ...anna, website: 'https://spam.example' });
  expect(response.status()).toBe(422);
  const html = await response.text();
  expect(html).toContain('Formuläret kunde inte tas emot');
  // The number is written with non-breaking spaces, so it never wraps.
  expect(html.replace(/\u00a0/g, ' ')).toContain('026-16 64 70');
  expect(smtp.attempts).toBe(attempts);
});

test.describe('the rate limit', () => {
  test.use({ javaScriptEnabled: false });

  test('answers the third request within 10 minutes with 429, a clear message and the answers kept', async ({ page, request, baseURL, smtp, appLog }) => {
    // Invalid posts do not count: a visitor correcting typing errors is never locked out.
    const before = smtp.attempts;
    for (let i = 0; i < 3; i++) expect((await postForm(request, baseURL!, { ...anna, personnummer: '' })).status()).toBe(400);
    expect((await postForm(request, baseURL!, { ...anna })).status()).toBe(303);
    expect((await postForm(request, baseURL!, { ...anna })).status()).toBe(303);
    // Two requests, each a mail to the company and a receipt.
    await expect.poll(() => smtp.attempts).toBe(before + 4);
    const attempts = smtp.attempts;

    await page.goto('/dina-uppgifter/');
    await fillForm(page, anna);
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Skicka begäran' }).click()]);
    expect(response.status()).toBe(429);
    expect(Number(response.headers()['retry-after'])).toBeGreaterThan(500);
    expect(Number(response.headers()['retry-after'])).toBeLessThanOrEqual(600);
    await expect(page).toHaveTitle(/^Fel: /);
    const notice = page.locator('[data-error-summary]');
    await expect(notice).toBeFocused();
    await expect(notice).toContainText('Du har skickat många förfrågningar på kort tid');
    await expect(notice).toContainText('Vänta 10 minuter och försök igen');
    await expect(notice).toContainText('Box 358, 801 05 GÄVLE');
    await expect(page.getByRole('textbox', { name: /^Namn/ })).toHaveValue(anna.name);
    await expect(page.getByRole('textbox', { name: /^Vilka uppgifter/ })).toHaveValue(anna.correction);
    expect(smtp.attempts).toBe(attempts);
    expect(appLog()).toContain('"outcome":"rate-limited"');
    expect(personalDataIn(appLog())).toEqual([]);
  });
});

test('the answer to too many requests has no WCAG 2.2 AA violations (axe)', async ({ page, request, baseURL }) => {
  // Use up the limit (whatever earlier tests left of it), then post past the browser-side check: axe needs JavaScript.
  for (let i = 0; i < 3 && (await postForm(request, baseURL!, { ...anna })).status() !== 429; i++);
  await page.goto('/dina-uppgifter/');
  await fillForm(page, anna);
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
  await expect(page.locator('[data-error-summary]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('behind the TLS proxy of SITE_URL the form works, and each visitor has a limit of their own', async ({ request, appLog }) => {
  const proxied = (visitor: string) =>
    request.post('/dina-uppgifter/?_action=requests.submit', {
      form: { ...anna },
      maxRedirects: 0,
      headers: { Origin: 'https://www.jainkasso.se', 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'www.jainkasso.se', 'X-Forwarded-For': visitor },
    });
  const first = await proxied('203.0.113.1');
  expect(first.status()).toBe(303);
  expect(first.headers()['set-cookie']).toMatch(/; Secure/);
  expect((await proxied('203.0.113.1')).status()).toBe(303);
  expect((await proxied('203.0.113.1')).status()).toBe(429);
  expect((await proxied('203.0.113.2')).status()).toBe(303);
  expect(appLog()).not.toContain('203.0.113');
});
