import type { Page } from '@playwright/test';
import { test, expect } from '../../support/e2e/fixtures';
import { pages, analyticsPages } from '../../support/site-pages';
import {
  banner,
  dataLayer,
  footerSettings,
  gaCookies,
  GA_ID,
  GA_SESSION_COOKIE,
  googleRequests,
  gtagRequested,
  GTAG_REQUEST,
  hasConsentCookie,
  openPage,
  preferences,
  sendGlobalPrivacyControl,
} from '../../support/e2e/consent';

const DENIED_BY_DEFAULT = {
  analytics_storage: 'denied',
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
};

// Every page before any choice: tests/e2e/tour.spec.ts.

test('after "Neka alla" nothing reaches Google on any page, and the banner stays away', async ({ page, context, foreignRequests }) => {
  await openPage(page, '/');
  await banner(page).getByRole('button', { name: 'Neka alla' }).click();
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => hasConsentCookie(context)).toBe(true);
  for (const { path } of pages) {
    await openPage(page, path);
    expect(await gtagRequested(page), path).toBe(false);
    await expect(banner(page)).toBeHidden();
    expect(googleRequests(foreignRequests)).toEqual([]);
    expect(await gaCookies(context)).toEqual([]);
  }
});

test('after "Godkänn alla" gtag.js loads with the ID, behind Consent Mode v2 granting analytics only', async ({ page, context, foreignRequests }) => {
  await openPage(page, '/');
  expect(googleRequests(foreignRequests)).toEqual([]);
  await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
  await expect(banner(page)).toBeHidden();

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
});

test('the choice is kept across pages: GA loads on each page, the banner does not come back', async ({ page, foreignRequests }) => {
  await openPage(page, '/');
  await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
  await expect.poll(() => googleRequests(foreignRequests).length).toBe(1);
  let loads = 1;
  for (const { path } of analyticsPages) {
    await openPage(page, path);
    await expect(banner(page)).toBeHidden();
    loads += 1;
    await expect.poll(() => googleRequests(foreignRequests)).toEqual(Array(loads).fill(GTAG_REQUEST));
    expect((await dataLayer(page))[0]).toEqual(['consent', 'default', DENIED_BY_DEFAULT]);
  }
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

  for (const { path } of pages) {
    await openPage(page, path);
    expect(await gtagRequested(page), path).toBe(false);
    await expect(banner(page)).toBeHidden();
  }
  expect(googleRequests(foreignRequests)).toHaveLength(loadsBefore);
  expect(await gaCookies(context)).toEqual([]);
  expect(await hasConsentCookie(context)).toBe(true);
});

test.describe('a stored choice from an earlier revision of the config', () => {
  /** cc_cookie as vanilla-cookieconsent writes it, accepting Statistik under `revision`. */
  function storedChoice(revision: number, url: string) {
    const now = new Date().toISOString();
    const value = { categories: ['necessary', 'analytics'], revision, data: null, consentId: 'e2e-test', consentTimestamp: now, lastConsentTimestamp: now, services: { necessary: [], analytics: [] } };
    return { name: 'cc_cookie', value: encodeURIComponent(JSON.stringify(value)), url };
  }

  async function currentRevision(page: Page): Promise<number> {
    return page.locator('#consent').evaluate((el) => (JSON.parse((el as HTMLElement).dataset.consent!) as { options: { revision: number } }).options.revision);
  }

  test('is asked again, saying why, and GA waits for the new answer', async ({ page, context, baseURL, foreignRequests }) => {
    await page.goto('/');
    const revision = await currentRevision(page);
    await context.addCookies([storedChoice(revision - 1, baseURL!)]);
    await openPage(page, '/kontakt/');
    await expect(banner(page)).toBeVisible();
    await expect(banner(page)).toContainText('Vi har ändrat vilka cookies vi använder sedan du gjorde ditt val');
    expect(await gtagRequested(page)).toBe(false);
    expect(googleRequests(foreignRequests)).toEqual([]);
  });

  test('under the current revision it is kept: no banner, GA loads', async ({ page, context, baseURL, foreignRequests }) => {
    await page.goto('/');
    await context.addCookies([storedChoice(await currentRevision(page), baseURL!)]);
    await openPage(page, '/kontakt/');
    await expect.poll(() => googleRequests(foreignRequests)).toEqual([GTAG_REQUEST]);
    await expect(banner(page)).toBeHidden();
  });
});

test.describe('with Global Privacy Control', () => {
  test.beforeEach(async ({ context }) => sendGlobalPrivacyControl(context));

  test('no banner is pushed and GA never loads, on any page', async ({ page, context, foreignRequests }) => {
    for (const { path } of pages) {
      await openPage(page, path);
      expect(await gtagRequested(page), path).toBe(false);
      await expect(banner(page)).toBeHidden();
    }
    expect(googleRequests(foreignRequests)).toEqual([]);
    expect(await gaCookies(context)).toEqual([]);
  });

  test('the visitor can still opt in through Cookieinställningar', async ({ page, foreignRequests }) => {
    await openPage(page, '/cookies/');
    await expect(page.getByRole('status')).toContainText('Global Privacy Control', { useInnerText: true });
    await footerSettings(page).click();
    const dialog = preferences(page);
    await expect(dialog.getByRole('checkbox', { name: 'Statistik' })).not.toBeChecked();
    await dialog.getByRole('button', { name: 'Godkänn alla' }).click();
    await expect.poll(() => googleRequests(foreignRequests)).toEqual([GTAG_REQUEST]);
    await expect(page.getByRole('status')).toContainText('Du har godkänt statistik', { useInnerText: true });
  });
});
