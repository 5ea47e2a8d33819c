import { test, expect } from '../support/e2e/fixtures';
import { recordCspViolations } from '../support/e2e/csp';
import { pages } from '../support/e2e/site';
import { footerSettings, openPage, preferences } from '../support/e2e/consent';

const expectedHeaders = {
  'strict-transport-security': /max-age=\d{8,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
};

test.describe('security headers', () => {
  for (const { path } of pages) {
    test(`${path} sends a strict Content-Security-Policy and the security headers`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      for (const [name, pattern] of Object.entries(expectedHeaders)) expect(headers[name], name).toMatch(pattern);
      const csp = headers['content-security-policy'] ?? '';
      for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
        expect(csp).toContain(directive);
      }
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc).toMatch(/'sha(256|384|512)-/);
      expect(scriptSrc).not.toContain("'unsafe-inline'");
    });
  }

  test('static files and the 404 page carry them too', async ({ request }) => {
    for (const path of ['/robots.txt', '/sitemap-index.xml', '/finns-inte/']) {
      const headers = (await request.get(path)).headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['strict-transport-security'], path).toBeTruthy();
    }
    expect((await request.get('/finns-inte/')).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test('hashed assets are cached for a year, pages are revalidated', async ({ page, request }) => {
    const assets = new Set<string>();
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/_astro/')) assets.add(r.url());
    });
    // The consent script (every page), the preferences' styles (once they open) and the form's styles: without them
    // this test would prove nothing. (The form ships no script: the server checks the answers.)
    await openPage(page, '/cookies/');
    await footerSettings(page).click();
    await expect(preferences(page)).toBeVisible();
    await page.goto('/dina-uppgifter/');
    await page.waitForLoadState('networkidle');
    expect([...assets].filter((url) => url.endsWith('.js')).length).toBeGreaterThanOrEqual(1);
    expect([...assets].filter((url) => url.endsWith('.css')).length).toBeGreaterThanOrEqual(1);
    for (const url of assets) {
      const cacheControl = (await request.get(url)).headers()['cache-control'] ?? '';
      expect(cacheControl, url).toContain('max-age=31536000');
      expect(cacheControl, url).toContain('immutable');
    }
    for (const path of ['/', '/cookies/']) {
      expect((await request.get(path)).headers()['cache-control'] ?? '', path).not.toContain('immutable');
    }
  });
});

test.describe('Content-Security-Policy in the browser', () => {
  for (const { path } of pages) {
    test(`${path} runs without a CSP violation`, async ({ page }) => {
      const violations = await recordCspViolations(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
    });
  }
});
