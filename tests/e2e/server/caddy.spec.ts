/**
 * The deploy kit behind a real Caddy (deploy/Caddyfile, `tls internal`), the app trusting Caddy's address:
 * every page over HTTPS and compressed, the form end to end with JavaScript off and on, a Secure confirmation cookie,
 * and the bare domain redirected to www. Chromium resolves the site's names to Caddy's loopback address and accepts
 * the certificate of Caddy's local CA.
 */
import { chromium, test, expect, type Browser } from '@playwright/test';
import { chromiumExecutable } from '../../support/browser';
import { startApp, type RunningApp } from '../../support/app';
import { startCaddy } from '../../support/proxies';
import { startSmtp, type TestSmtp } from '../../support/smtp';
import { anna, attachAppLogs, fillForm, MAIL_FROM, MAIL_TO } from '../../support/e2e/requests';
import { pages } from '../../support/site-pages';

test.describe.configure({ mode: 'default' });

let smtp: TestSmtp;
let app: RunningApp;
let caddy: Awaited<ReturnType<typeof startCaddy>>;
let browser: Browser;

test.beforeAll(async () => {
  smtp = await startSmtp();
  app = await startApp({ SMTP_URL: smtp.url, MAIL_TO, MAIL_FROM, TRUST_PROXY: '127.0.0.1' });
  caddy = await startCaddy(new URL(app.url).host, { host: '127.0.0.5' });
  browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      `--host-resolver-rules=MAP www.jainkasso.se ${caddy.host}, MAP jainkasso.se ${caddy.host}`,
    ],
  });
});

test.afterEach(async ({}, testInfo) => {
  await attachAppLogs(testInfo, { app });
});

test.afterAll(async () => {
  await browser?.close();
  await caddy?.stop();
  await app?.stop();
  await smtp?.stop();
});

/** A browser context on the site over HTTPS; requests to any other host are refused, never made. */
async function newPage(javaScriptEnabled: boolean) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, javaScriptEnabled, locale: 'sv-SE' });
  await context.route(
    (url) => url.hostname !== 'www.jainkasso.se' && url.hostname !== 'jainkasso.se',
    (route) => route.abort('blockedbyclient'),
  );
  return { context, page: await context.newPage() };
}

test('every page over HTTPS, compressed on the wire', async () => {
  const { context, page } = await newPage(true);
  for (const { path, h1 } of pages) {
    const response = await page.goto(`${caddy.origin}${path}`);
    expect(response?.status(), path).toBe(200);
    expect(['br', 'zstd', 'gzip'], path).toContain((await response!.allHeaders())['content-encoding']);
    expect((await response!.allHeaders())['strict-transport-security'], path).toBeTruthy();
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(h1);
  }
  await context.close();
});

for (const javaScriptEnabled of [false, true]) {
  test(`the form end to end with JavaScript ${javaScriptEnabled ? 'on' : 'off'}; the confirmation's cookie is Secure`, async () => {
    const { context, page } = await newPage(javaScriptEnabled);
    const before = smtp.mailsTo(MAIL_TO).length;
    await page.goto(`${caddy.origin}/dina-uppgifter/`);
    await fillForm(page, anna);
    const [posted] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Skicka begäran' }).click(),
    ]);
    await expect(page).toHaveURL(`${caddy.origin}/dina-uppgifter/tack/`);
    // The cookie that carries the confirmation was set Secure: Caddy's X-Forwarded-Proto was believed.
    const setCookie = (await posted.headersArray()).filter(({ name }) => name.toLowerCase() === 'set-cookie');
    expect(setCookie.length).toBeGreaterThan(0);
    for (const { value } of setCookie) expect(value).toMatch(/;\s*Secure/i);
    await expect(page.locator('[data-reference]')).toHaveText(/JA-[A-Z0-9]{8}/);
    await expect.poll(() => smtp.mailsTo(MAIL_TO).length).toBe(before + 1);
    for (const cookie of await context.cookies()) expect(cookie.secure, cookie.name).toBe(true);
    await context.close();
  });
}

test('the bare domain redirects to www, path kept', async () => {
  const { context, page } = await newPage(false);
  await page.goto(`${caddy.apexOrigin}/kontakt/`);
  await expect(page).toHaveURL(`${caddy.origin}/kontakt/`);
  await context.close();
});
