import { test, expect } from '../../support/e2e/fixtures';
import { recordCspViolations } from '../../support/e2e/csp';
import { analyticsPages, pages } from '../../support/site-pages';
import { banner, footerSettings, gaCookies, googleRequests, GTAG_REQUEST, openPage, preferences } from '../../support/e2e/consent';

// The browser enforces the site's Content-Security-Policy through every step of the consent flows.

test('the banner: shown, refused, and gone on every page, without a CSP violation', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await openPage(page, '/');
  await expect(banner(page)).toBeVisible();
  await banner(page).getByRole('button', { name: 'Neka alla' }).click();
  await expect(banner(page)).toBeHidden();
  for (const { path } of pages) await openPage(page, path);
  expect(await violations()).toEqual([]);
});

test('the preferences: opened, categories expanded, Statistik switched and saved, reopened, without a CSP violation', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await openPage(page, '/');
  await banner(page).getByRole('button', { name: 'Inställningar' }).click();
  const dialog = preferences(page);
  await expect(dialog).toBeVisible();
  for (const name of ['Nödvändiga', 'Statistik']) await dialog.getByRole('button', { name, exact: true }).click();
  await dialog.getByRole('checkbox', { name: 'Statistik' }).check();
  await dialog.getByRole('checkbox', { name: 'Statistik' }).uncheck();
  await dialog.getByRole('button', { name: 'Spara mina val' }).click();
  await expect(dialog).toBeHidden();

  await openPage(page, '/cookies/');
  await footerSettings(page).click();
  await expect(preferences(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preferences(page)).toBeHidden();
  expect(await violations()).toEqual([]);
});

test('GA after consent: gtag.js (the stand-in) loads, sets its cookies and measures, without a CSP violation', async ({ page, context, foreignRequests }) => {
  const violations = await recordCspViolations(page);
  await openPage(page, '/');
  await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
  await expect.poll(() => googleRequests(foreignRequests)).toEqual([GTAG_REQUEST]);
  await expect.poll(() => gaCookies(context)).toHaveLength(2);

  // What the real gtag.js does next: hits to GA's collection hosts, by beacon, fetch and image. The test's router
  // aborts them (no request leaves the machine), but the policy must let the browser try.
  await page.evaluate(() => {
    navigator.sendBeacon('https://region1.google-analytics.com/g/collect?v=2&en=page_view');
    void fetch('https://region1.analytics.google.com/g/collect?v=2&en=page_view', { method: 'POST', mode: 'no-cors', keepalive: true }).catch(() => undefined);
    new Image().src = 'https://www.google-analytics.com/g/collect?v=2&en=page_view';
  });
  await expect.poll(() => foreignRequests.filter((url) => url.includes('/g/collect')).length).toBe(3);

  // And on every page it loads on, with the choice stored.
  let loads = 1;
  for (const { path } of analyticsPages) {
    await openPage(page, path);
    loads += 1;
    await expect.poll(() => googleRequests(foreignRequests).filter((url) => url === GTAG_REQUEST)).toHaveLength(loads);
  }
  expect(await violations()).toEqual([]);
});

test('a host the policy does not name is blocked, and reported even after the visitor moved on (the recorder works)', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await openPage(page, '/');
  await page.evaluate(() => {
    new Image().src = 'https://tracker.example/pixel.gif';
  });
  const blocked = expect.arrayContaining([expect.stringContaining('img-src blocked https://tracker.example/pixel.gif')]);
  await expect.poll(violations).toEqual(blocked);
  await openPage(page, '/kontakt/');
  expect(await violations()).toEqual(blocked);
});
