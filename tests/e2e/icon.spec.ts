import { test, expect } from '../support/e2e/fixtures';
import { pages } from '../support/e2e/site';

for (const { path } of pages) {
  test(`${path} names an icon the server serves, so no request fails`, async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(path);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    const icon = await page.request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
  });
}
