/**
 * Google Analytics and the visitor's choice, through the site in a browser: what loads after each choice, on every page,
 * under the site's Content-Security-Policy, and which cookies that leaves (each one declared on /cookies/).
 */
import { test, expect } from '../../support/e2e/fixtures';
import { recordCspViolations } from '../../support/e2e/csp';
import { pages, analyticsPages } from '../../support/site-pages';
import {
  banner,
  cookieNames,
  dataLayer,
  footerSettings,
  gaCookies,
  GA_ID,
  GA_SESSION_COOKIE,
  googleRequests,
  gtagRequested,
  GTAG_REQUEST,
  hasConsentCookie,
  ONE_PAGE_PER_LANGUAGE,
  openPage,
  preferences,
  sendGlobalPrivacyControl,
  undeclared,
} from '../../support/e2e/consent';

const DENIED_BY_DEFAULT = {
  analytics_storage: 'denied',
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
};

// Every page before any choice: tests/e2e/tour.spec.ts. The two walks of every page below are long: three times the
// usual bound on waiting.

test('after "Neka alla" nothing reaches Google on any page, the banner stays away, no CSP violation, and every cookie is declared', async ({ page, context, foreignRequests }) => {
  test.slow();
  const violations = await recordCspViolations(page);
  await openPage(page, '/');
  await expect(banner(page)).toBeVisible();
  await banner(page).getByRole('button', { name: 'Neka alla' }).click();
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => hasConsentCookie(context)).toBe(true);
  expect(await cookieNames(context)).toEqual(['cc_cookie']);

  await test.step('on every page: no gtag.js, no banner, nothing to Google, no GA cookie', async () => {
    for (const { path } of pages) {
      await openPage(page, path);
      expect(await gtagRequested(page), path).toBe(false);
      await expect(banner(page)).toBeHidden();
      expect(googleRequests(foreignRequests)).toEqual([]);
      expect(await gaCookies(context)).toEqual([]);
    }
  });

  await test.step('every cookie the browser holds is in the table on /cookies/', async () => {
    expect(await cookieNames(context)).toEqual(['cc_cookie']);
    expect(await undeclared(page, context)).toEqual([]);
  });

  await test.step('all the while, no CSP violation', async () => {
    expect(await violations()).toEqual([]);
  });
});

test('after "Godkänn alla" gtag.js loads with the ID, behind Consent Mode v2 granting analytics only, on every page it may, without a CSP violation, leaving only declared cookies', async ({ page, context, foreignRequests }) => {
  test.slow();
  const violations = await recordCspViolations(page);
  await openPage(page, '/');
  expect(googleRequests(foreignRequests)).toEqual([]);
  await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
  await expect(banner(page)).toBeHidden();

  await test.step('gtag.js loads with the ID; Consent Mode v2 grants analytics only', async () => {
    await expect.poll(() => googleRequests(foreignRequests)).toEqual([GTAG_REQUEST]);
    const entries = await dataLayer(page);
    expect(entries[0]).toEqual(['consent', 'default', DENIED_BY_DEFAULT]);
    expect(entries[1]).toEqual(['consent', 'update', { analytics_storage: 'granted' }]);
    expect(entries).toContainEqual(['config', GA_ID, { allow_google_signals: false, allow_ad_personalization_signals: false }]);
    // Nothing else is ever granted.
    const updates = entries.filter(([command, kind]) => command === 'consent' && kind === 'update');
    expect(updates).toEqual([['consent', 'update', { analytics_storage: 'granted' }]]);
    // The stand-in gtag.js saw the consent and set GA's cookies, as the real one does.
    await expect.poll(() => gaCookies(context)).toEqual(expect.arrayContaining([expect.stringMatching(/^_ga@/), expect.stringMatching(new RegExp(`^${GA_SESSION_COOKIE}@`))]));
    await expect.poll(() => gaCookies(context)).toHaveLength(2);
    expect(await cookieNames(context)).toContain('cc_cookie');
  });

  await test.step('the choice is kept across pages: GA loads on each page it may, the banner does not come back', async () => {
    let loads = 1;
    for (const { path } of analyticsPages) {
      await openPage(page, path);
      await expect(banner(page)).toBeHidden();
      loads += 1;
      await expect.poll(() => googleRequests(foreignRequests)).toEqual(Array(loads).fill(GTAG_REQUEST));
      expect((await dataLayer(page))[0]).toEqual(['consent', 'default', DENIED_BY_DEFAULT]);
    }
  });

  await test.step("what the real gtag.js does next, hits to GA's collection hosts by beacon, fetch and image, the policy lets the browser try", async () => {
    // The test's router aborts them (no request leaves the machine).
    await page.evaluate(() => {
      navigator.sendBeacon('https://region1.google-analytics.com/g/collect?v=2&en=page_view');
      void fetch('https://region1.analytics.google.com/g/collect?v=2&en=page_view', { method: 'POST', mode: 'no-cors', keepalive: true }).catch(() => undefined);
      new Image().src = 'https://www.google-analytics.com/g/collect?v=2&en=page_view';
    });
    await expect.poll(() => foreignRequests.filter((url) => url.includes('/g/collect')).length).toBe(3);
  });

  await test.step('every cookie the browser holds is in the table on /cookies/', async () => {
    expect(await undeclared(page, context)).toEqual([]);
  });

  await test.step('all the while, no CSP violation', async () => {
    expect(await violations()).toEqual([]);
  });
});

test('withdrawing through the footer control deletes GA cookies, stops GA, and it does not load again', async ({ page, context, foreignRequests }) => {
  await openPage(page, '/');
  await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
  await openPage(page, '/kontakt/');
  await expect.poll(() => gaCookies(context)).toHaveLength(2);
  const loadsBefore = googleRequests(foreignRequests).length;

  await footerSettings(page).click();
  const dialog = preferences(page);
  await expect(dialog).toBeVisible();
  const statistik = dialog.getByRole('checkbox', { name: 'Statistik' });
  await expect(statistik).toBeChecked();
  await statistik.uncheck();
  await dialog.getByRole('button', { name: 'Spara mina val' }).click();
  await expect(dialog).toBeHidden();

  await expect.poll(() => gaCookies(context)).toEqual([]);
  expect(await page.evaluate((id) => (window as unknown as Record<string, unknown>)[`ga-disable-${id}`], GA_ID)).toBe(true);
  expect((await dataLayer(page)).at(-1)).toEqual(['consent', 'update', { analytics_storage: 'denied' }]);

  for (const path of ['/', ...ONE_PAGE_PER_LANGUAGE]) {
    await openPage(page, path);
    expect(await gtagRequested(page), path).toBe(false);
    await expect(banner(page)).toBeHidden();
  }
  expect(googleRequests(foreignRequests)).toHaveLength(loadsBefore);
  expect(await gaCookies(context)).toEqual([]);
  expect(await hasConsentCookie(context)).toBe(true);
});

test('a stored choice from an earlier revision of the config is asked again, saying why, and GA waits; under the current revision it is kept', async ({ page, context, baseURL, foreignRequests }) => {
  /** cc_cookie as vanilla-cookieconsent writes it, accepting Statistik under `revision`. */
  function storedChoice(revision: number) {
    const now = new Date().toISOString();
    const value = { categories: ['necessary', 'analytics'], revision, data: null, consentId: 'e2e-test', consentTimestamp: now, lastConsentTimestamp: now, services: { necessary: [], analytics: [] } };
    return { name: 'cc_cookie', value: encodeURIComponent(JSON.stringify(value)), url: baseURL! };
  }
  await page.goto('/kontakt/');
  const revision = await page.locator('#consent').evaluate((el) => (JSON.parse((el as HTMLElement).dataset.consent!) as { options: { revision: number } }).options.revision);

  await test.step('an earlier revision: asked again, saying why, and GA waits for the new answer', async () => {
    await context.addCookies([storedChoice(revision - 1)]);
    await openPage(page, '/kontakt/');
    await expect(banner(page)).toBeVisible();
    await expect(banner(page)).toContainText('Vi har ändrat vilka cookies vi använder sedan du gjorde ditt val');
    expect(await gtagRequested(page)).toBe(false);
    expect(googleRequests(foreignRequests)).toEqual([]);
  });

  await test.step('the current revision: kept, no banner, GA loads', async () => {
    await context.addCookies([storedChoice(revision)]);
    await openPage(page, '/kontakt/');
    await expect.poll(() => googleRequests(foreignRequests)).toEqual([GTAG_REQUEST]);
    await expect(banner(page)).toBeHidden();
  });
});

test('with Global Privacy Control no banner is pushed and GA never loads, yet the visitor can opt in through Cookieinställningar', async ({ page, context, foreignRequests }) => {
  await sendGlobalPrivacyControl(context);

  await test.step('no banner, no GA', async () => {
    for (const path of ['/', ...ONE_PAGE_PER_LANGUAGE]) {
      await openPage(page, path);
      expect(await gtagRequested(page), path).toBe(false);
      await expect(banner(page)).toBeHidden();
    }
    expect(googleRequests(foreignRequests)).toEqual([]);
    expect(await gaCookies(context)).toEqual([]);
  });

  await test.step('/cookies/ names GPC, and the visitor can still opt in', async () => {
    await openPage(page, '/cookies/');
    await expect(banner(page)).toBeHidden();
    expect(await gtagRequested(page)).toBe(false);
    await expect(page.getByRole('status')).toContainText('Global Privacy Control', { useInnerText: true });
    await footerSettings(page).click();
    const dialog = preferences(page);
    await expect(dialog.getByRole('checkbox', { name: 'Statistik' })).not.toBeChecked();
    await dialog.getByRole('button', { name: 'Godkänn alla' }).click();
    await expect.poll(() => googleRequests(foreignRequests)).toEqual([GTAG_REQUEST]);
    await expect(page.getByRole('status')).toContainText('Du har godkänt statistik', { useInnerText: true });
  });
});
