import { test, expect } from '../support/fixtures';
import { pages } from '../support/site';
import {
  banner,
  dataLayer,
  footerSettings,
  gaCookies,
  GA_ID,
  GA_SESSION_COOKIE,
  googleRequests,
  GTAG_REQUEST,
  hasConsentCookie,
  openPage,
  preferences,
  sendGlobalPrivacyControl,
} from '../support/consent';

const DENIED_BY_DEFAULT = {
  analytics_storage: 'denied',
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
};

test.describe('before any choice', () => {
  for (const { path } of pages) {
    test(`${path} shows the banner and nothing reaches Google`, async ({ page, context, foreignRequests }) => {
      await openPage(page, path);
      await expect(banner(page)).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(googleRequests(foreignRequests)).toEqual([]);
      expect(await gaCookies(context)).toEqual([]);
      expect(await dataLayer(page)).toEqual([]);
    });
  }
});

test('after "Neka alla" nothing reaches Google on any page, and the banner stays away', async ({ page, context, foreignRequests }) => {
  await openPage(page, '/');
  await banner(page).getByRole('button', { name: 'Neka alla' }).click();
  await expect(banner(page)).toBeHidden();
  expect(await hasConsentCookie(context)).toBe(true);
  for (const { path } of pages) {
    await openPage(page, path);
    await page.waitForLoadState('networkidle');
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
  for (const { path } of pages) {
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
    await page.waitForLoadState('networkidle');
    await expect(banner(page)).toBeHidden();
  }
  expect(googleRequests(foreignRequests)).toHaveLength(loadsBefore);
  expect(await gaCookies(context)).toEqual([]);
  expect(await hasConsentCookie(context)).toBe(true);
});

test.describe('with Global Privacy Control', () => {
  test.beforeEach(async ({ context }) => sendGlobalPrivacyControl(context));

  test('no banner is pushed and GA never loads, on any page', async ({ page, context, foreignRequests }) => {
    for (const { path } of pages) {
      await openPage(page, path);
      await page.waitForLoadState('networkidle');
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
