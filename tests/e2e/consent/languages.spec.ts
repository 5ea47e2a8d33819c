import { test, expect, axeViolations } from '../../support/e2e/fixtures';
import {
  banner,
  expectEqualWeight,
  footerSettings,
  gaCookies,
  googleRequests,
  gtagRequested,
  GTAG_REQUEST,
  hasConsentCookie,
  openPage,
  preferences,
} from '../../support/e2e/consent';

test.describe('the banner on an English page', () => {
  test('speaks English, links to /en/cookies/, offers the choices with equal weight, and its preferences pass WCAG 2.2 AA', async ({ page }) => {
    await openPage(page, '/en/');
    const region = banner(page);

    await test.step('says in English what cookies are for, links to /en/cookies/ and offers the three choices', async () => {
      await expect(region).toBeVisible();
      await expect(region.getByRole('heading')).toHaveText('May we use cookies for statistics?');
      await expect(region).toContainText('Google Analytics');
      await expect(region).toContainText('Google Ireland Ltd');
      await expect(region).toContainText('USA');
      await expect(region.getByRole('link', { name: 'Read more about cookies' })).toHaveAttribute('href', '/en/cookies/');
      await expect(region.getByRole('button')).toHaveText(['Accept all', 'Reject all', 'Settings']);
      await expect(region).not.toContainText('Godkänn');
    });

    await test.step('"Accept all" and "Reject all" stand side by side with equal weight, in the banner and the preferences (from the footer)', async () => {
      const { a, r } = await expectEqualWeight(region, 'en');
      expect(Math.abs(a.y - r.y)).toBeLessThanOrEqual(1);
      await footerSettings(page, 'en').click();
      await expectEqualWeight(preferences(page, 'en'), 'en');
      await page.keyboard.press('Escape');
      await expect(preferences(page, 'en')).toBeHidden();
    });

    await test.step('the preferences (from the banner) speak English, link to /en/cookies/ and pass WCAG 2.2 AA', async () => {
      await region.getByRole('button', { name: 'Settings' }).click();
      const dialog = preferences(page, 'en');
      await expect(dialog).toBeVisible();
      for (const name of ['Necessary', 'Statistics']) await dialog.getByRole('button', { name, exact: true }).click();
      await expect(dialog.getByRole('checkbox', { name: 'Statistics' })).not.toBeChecked();
      await expect(dialog.getByRole('table', { name: 'Cookies and local storage on the website: Statistics' })).toContainText('2 years');
      await expect(dialog.getByRole('link', { name: 'Read more about cookies' })).toHaveAttribute('href', '/en/cookies/');
      await expect(dialog.getByRole('button', { name: 'Save my choices' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

test.describe('one choice for both languages', () => {
  test('"Accept all" on an English page holds on the Swedish pages: no banner, and GA loads there', async ({ page, context, foreignRequests }) => {
    await openPage(page, '/en/');
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => googleRequests(foreignRequests)).toEqual([GTAG_REQUEST]);

    await openPage(page, '/');
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => googleRequests(foreignRequests)).toEqual([GTAG_REQUEST, GTAG_REQUEST]);
    await openPage(page, '/cookies/');
    await expect(page.getByRole('status')).toContainText('Du har godkänt statistik', { useInnerText: true });
    // One consent cookie, on the whole site.
    expect((await context.cookies()).filter((c) => c.name === 'cc_cookie').map((c) => c.path)).toEqual(['/']);
  });

  test('"Neka alla" on a Swedish page holds on the English pages: no banner, nothing reaches Google', async ({ page, context, foreignRequests }) => {
    await openPage(page, '/');
    await banner(page).getByRole('button', { name: 'Neka alla' }).click();
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => hasConsentCookie(context)).toBe(true);
    for (const path of ['/en/', '/en/cookies/']) {
      await openPage(page, path);
      expect(await gtagRequested(page), path).toBe(false);
      await expect(banner(page)).toBeHidden();
    }
    await expect(page.getByRole('status')).toHaveText('You have refused statistics. The website uses only necessary cookies.', { useInnerText: true });
    expect(googleRequests(foreignRequests)).toEqual([]);
    expect(await gaCookies(context)).toEqual([]);
  });

  test('withdrawing on an English page ends what was accepted on a Swedish one', async ({ page, context, foreignRequests }) => {
    await openPage(page, '/');
    await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
    await expect.poll(() => gaCookies(context)).not.toEqual([]);

    await openPage(page, '/en/cookies/');
    await expect(banner(page)).toBeHidden();
    await expect(page.getByRole('status')).toContainText('You have accepted statistics', { useInnerText: true });
    await page.getByRole('main').getByRole('button', { name: 'Cookie settings' }).click();
    await preferences(page, 'en').getByRole('button', { name: 'Reject all' }).click();
    await expect(page.getByRole('status')).toContainText('You have refused statistics', { useInnerText: true });
    await expect.poll(() => gaCookies(context)).toEqual([]);

    const loadsBefore = googleRequests(foreignRequests).length;
    await openPage(page, '/cookies/');
    expect(await gtagRequested(page)).toBe(false);
    await expect(banner(page)).toBeHidden();
    await expect(page.getByRole('status')).toContainText('Du har nekat statistik', { useInnerText: true });
    expect(googleRequests(foreignRequests)).toHaveLength(loadsBefore);
  });
});

// /en/cookies/: what it lists, tests/site/cookies-page.test.ts; its current choice and without JavaScript, cookies-page.spec.ts.
