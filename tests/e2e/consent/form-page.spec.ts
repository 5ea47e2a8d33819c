import { test, expect } from '../../support/e2e/fixtures';
import { banner, gaCookies, googleRequests, gtagRequested, GTAG_REQUEST, hasConsentCookie, openPage } from '../../support/e2e/consent';

// /dina-uppgifter/ (the data-request form) renders BaseLayout with analytics={false}: whatever the
// visitor chose, GA never loads there.
test('on the data-request form the visitor can choose and GA stays away; after "Godkänn alla" it loads elsewhere, never there', async ({ page, context, foreignRequests }) => {
  await test.step('on the form the visitor can still choose, and GA still stays away', async () => {
    await openPage(page, '/dina-uppgifter/');
    await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
    await expect(banner(page)).toBeHidden();
    // The choice is carried out (its cookie stored) before the check: GA would have been asked for by then.
    await expect.poll(() => hasConsentCookie(context)).toBe(true);
    expect(await gtagRequested(page)).toBe(false);
    expect(googleRequests(foreignRequests)).toEqual([]);
    expect(await gaCookies(context)).toEqual([]);
  });

  await test.step('the choice holds on the start page: GA loads there', async () => {
    await openPage(page, '/');
    await expect.poll(() => googleRequests(foreignRequests)).toEqual([GTAG_REQUEST]);
    // GA has run on the start page (its cookies are set) before they are cleared, so none can arrive late.
    await expect.poll(() => gaCookies(context)).toHaveLength(2);
  });

  await test.step('the data-request form never loads GA, even after "Godkänn alla"', async () => {
    await context.clearCookies({ name: /^_ga/ });
    await openPage(page, '/dina-uppgifter/');
    expect(await gtagRequested(page)).toBe(false);
    expect(googleRequests(foreignRequests)).toEqual([GTAG_REQUEST]);
    expect(await gaCookies(context)).toEqual([]);
    expect(await page.evaluate(() => 'gtag' in window || 'dataLayer' in window)).toBe(false);
  });
});
