import { test, expect, axeViolations } from '../../support/e2e/fixtures';
import {
  banner,
  expectEqualWeight,
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
} from '../../support/e2e/consent';

/** The table's name for GA's per-property cookie on the English page: the real one, or `_ga_<measurement-ID>` without PUBLIC_GA_ID. */
const GA_SESSION_NAME_SHOWN = GA_ID === 'G-XXXXXXXXXX' ? '_ga_<measurement-ID>' : GA_SESSION_COOKIE;

test.describe('the banner on an English page', () => {
  test('says in English what cookies are for, links to /en/cookies/ and offers the three choices', async ({ page }) => {
    await openPage(page, '/en/');
    const region = banner(page);
    await expect(region).toBeVisible();
    await expect(region.getByRole('heading')).toHaveText('May we use cookies for statistics?');
    await expect(region).toContainText('Google Analytics');
    await expect(region).toContainText('Google Ireland Ltd');
    await expect(region).toContainText('USA');
    await expect(region.getByRole('link', { name: 'Read more about cookies' })).toHaveAttribute('href', '/en/cookies/');
    await expect(region.getByRole('button')).toHaveText(['Accept all', 'Reject all', 'Settings']);
    await expect(region).not.toContainText('Godkänn');
  });

  test('"Accept all" and "Reject all" stand side by side with equal weight, in the banner and the preferences', async ({ page }) => {
    await openPage(page, '/en/');
    const { a, r } = await expectEqualWeight(banner(page), 'en');
    expect(Math.abs(a.y - r.y)).toBeLessThanOrEqual(1);
    await footerSettings(page, 'en').click();
    await expectEqualWeight(preferences(page, 'en'), 'en');
  });

  test('the preferences speak English, link to /en/cookies/ and pass WCAG 2.2 AA', async ({ page }) => {
    await openPage(page, '/en/');
    await banner(page).getByRole('button', { name: 'Settings' }).click();
    const dialog = preferences(page, 'en');
    await expect(dialog).toBeVisible();
    for (const name of ['Necessary', 'Statistics']) await dialog.getByRole('button', { name, exact: true }).click();
    await expect(dialog.getByRole('checkbox', { name: 'Statistics' })).not.toBeChecked();
    await expect(dialog.getByRole('table', { name: 'Cookies on the website: Statistics' })).toContainText('2 years');
    await expect(dialog.getByRole('link', { name: 'Read more about cookies' })).toHaveAttribute('href', '/en/cookies/');
    await expect(dialog.getByRole('button', { name: 'Save my choices' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
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

test.describe('/en/cookies/', () => {
  test('lists the same cookies as /cookies/, with English purposes and durations', async ({ page }) => {
    await page.goto('/cookies/');
    const swedish = await page.getByRole('list', { name: 'Cookies på webbplatsen' }).getByRole('heading').allTextContents();
    expect(swedish).toHaveLength(4);

    await page.goto('/en/cookies/');
    await expect(page.getByRole('heading', { name: 'Cookies this website uses' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Cookies on the website' });
    const cookies = list.getByRole('listitem');
    await expect(list.getByRole('heading')).toHaveText(swedish.map((name) => (name === '_ga_<mätnings-ID>' ? GA_SESSION_NAME_SHOWN : name)));
    for (const cookie of await cookies.all()) {
      await expect(cookie.locator('dt')).toHaveText(['Provider', 'Party', 'Purpose', 'Duration', 'Category']);
    }
    await expect(cookies.nth(0)).toContainText('Stores your choice about cookies');
    await expect(cookies.nth(0)).toContainText('182 days');
    await expect(cookies.nth(0)).toContainText('Necessary');
    await expect(cookies.nth(1)).toContainText('10 minutes');
    await expect(cookies.nth(2)).toContainText('Google Ireland Ltd');
    await expect(cookies.nth(2)).toContainText('First party');
    await expect(cookies.nth(2)).toContainText('Statistics');
    await expect(cookies.nth(3)).toContainText('2 years');
    await expect(list).not.toContainText(/Förstapart|dagar|Nödvändiga|Statistik\b/);
    await expect(page.getByRole('main')).not.toContainText('XXXXXXXXXX');
  });

  test('adds the site\'s supplement in English, at #supplementary-information', async ({ page }) => {
    await page.goto('/en/cookies/#supplementary-information');
    const supplement = page.getByRole('region', { name: 'Supplementary information about this website' });
    await expect(supplement).toHaveAttribute('id', 'supplementary-information');
    await expect(supplement).toBeInViewport();
    await expect(supplement).toContainText('not part of our cookie text above');
    await expect(supplement).toContainText('Google Ireland Ltd');
    await expect(supplement).toContainText('Google LLC in the USA');
    await expect(supplement).toContainText('Data Privacy Framework');
    await expect(supplement).toContainText('The legal basis is your consent (Article 6(1)(a) of the GDPR)');
    await expect(supplement).toContainText('Chapter 9, Section 28 of the Swedish Electronic Communications Act');
    await expect(supplement).toContainText('Google Analytics 4 does not log or store IP addresses');
    await expect(supplement).toContainText('Your IP address is still sent to Google with each request and used to work out your approximate location');
    await expect(supplement).toContainText('choose Reject all');
    await expect(supplement).toContainText(`the cookies _ga and ${GA_SESSION_NAME_SHOWN} are deleted`);
    await expect(supplement).toContainText('Withdrawing does not delete data already sent to Google');
    // GA's retention is the client's setting: not shown until src/site.config.ts has it.
    await expect(supplement).not.toContainText('How long the statistics are kept');
  });

  test('shows the current choice in English, and it follows a change made on the page', async ({ page }) => {
    await openPage(page, '/en/cookies/');
    const status = page.getByRole('status');
    await expect(page.getByRole('heading', { name: 'Your choice' })).toBeVisible();
    await expect(status).toHaveText('You have not made a choice yet. Statistics stay off until you accept them.', { useInnerText: true });
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(status).toHaveText('You have accepted statistics. Google Analytics is used when you visit the website.', { useInnerText: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('explains in English what is stored without it, and shows no dead buttons', async ({ page }) => {
      await page.goto('/en/cookies/');
      await expect(page.getByRole('main')).toContainText('Without JavaScript, Google Analytics is not used', { useInnerText: true });
      await expect(page.getByRole('main')).toContainText('the necessary receipt cookie', { useInnerText: true });
      await expect(page.getByRole('button', { name: 'Cookie settings' })).toHaveCount(0);
      await expect(page.getByRole('list', { name: 'Cookies on the website' })).toBeVisible();
    });
  });
});
