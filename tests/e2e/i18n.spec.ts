import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from '../support/e2e/fixtures';
import { englishPages, swedishPages } from '../support/e2e/site';
import { ROUTES } from '../../src/i18n/routes';

const SITE = 'https://www.jainkasso.se';

/** The language switch in the header: a link to the page in the other language, named in that language. */
function languageSwitch(page: Page, name: 'English' | 'Svenska') {
  return page.getByRole('banner').getByRole('link', { name, exact: true });
}

/** Each page's hreflang alternates, as <link rel="alternate"> in its head. */
async function alternates(page: Page): Promise<Record<string, string | null>> {
  const links = page.locator('head link[rel="alternate"][hreflang]');
  const entries = await links.evaluateAll((elements) => elements.map((el) => [el.getAttribute('hreflang')!, el.getAttribute('href')]));
  return Object.fromEntries(entries) as Record<string, string | null>;
}

const pairs = swedishPages.map((sv, i) => ({ sv, en: englishPages[i]! }));

for (const { sv, en } of pairs) {
  test(`${sv.path} and ${en.path}: each in its language, naming the other as its alternate, and the switch goes between them`, async ({ page }) => {
    const expected = { sv: `${SITE}${sv.path}`, en: `${SITE}${en.path}`, 'x-default': `${SITE}${sv.path}` };

    const swedish = await page.goto(sv.path);
    expect(swedish?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    expect(await alternates(page)).toEqual(expected);
    const toEnglish = languageSwitch(page, 'English');
    await expect(toEnglish).toHaveAttribute('lang', 'en');
    await expect(toEnglish).toHaveAttribute('hreflang', 'en');
    await toEnglish.click();

    await expect(page).toHaveURL(en.path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText(en.h1);
    expect(await alternates(page)).toEqual(expected);
    const toSwedish = languageSwitch(page, 'Svenska');
    await expect(toSwedish).toHaveAttribute('lang', 'sv');
    await expect(toSwedish).toHaveAttribute('hreflang', 'sv');
    await toSwedish.click();

    await expect(page).toHaveURL(sv.path);
    await expect(page.locator('h1')).toHaveText(sv.h1);
  });
}

test('the confirmation pages: each in its language, the switch between them, kept out of search engines', async ({ page }) => {
  expect((await page.goto(ROUTES.confirmation.en))?.status()).toBe(200);
  expect((await page.goto(ROUTES.confirmation.sv))?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await languageSwitch(page, 'English').click();
  await expect(page).toHaveURL(ROUTES.confirmation.en);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect(await alternates(page)).toEqual({});
});

test.describe('an English page', () => {
  test('says its language to social sites and search engines: og:locale en_GB, JSON-LD inLanguage en', async ({ page }) => {
    for (const [path, ogLocale, alternate, inLanguage] of [
      ['/en/privacy-policy/', 'en_GB', 'sv_SE', 'en'],
      ['/integritetspolicy/', 'sv_SE', 'en_GB', 'sv'],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', ogLocale);
      await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', alternate);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@graph': Record<string, unknown>[] };
      expect(ld['@graph'].find((node) => node['@type'] === 'WebPage')).toMatchObject({ inLanguage, url: `${SITE}${path}` });
    }
  });

  test('keeps the reader in English: skip link, menu, footer and start page all lead to English pages', async ({ page }) => {
    await page.goto('/en/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    const menu = page.getByRole('navigation', { name: 'Main menu' }).first();
    await expect(menu.getByRole('link')).toHaveText(['Home', 'Privacy policy', 'Cookies', 'Request your data', 'Contact']);
    await expect(menu.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    const hrefs = await page.locator('header nav a, footer a, main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const internal = hrefs.filter((href) => href.startsWith('/'));
    expect(internal.length).toBeGreaterThan(10);
    for (const href of internal) expect(href).toMatch(/^\/en\//);
    await expect(page.getByRole('contentinfo')).toContainText('Phone:');
    const links = await page.locator('main a').allInnerTexts();
    expect(links.slice(0, 3)).toEqual(['Request your data', 'Privacy policy', 'Contact']);
  });

  test("opens a translation of the client's text with the notice that the Swedish text applies", async ({ page }) => {
    const notice = 'If the two differ, the Swedish text applies.';
    for (const path of ['/en/privacy-policy/', '/en/cookies/', '/en/contact/']) {
      await page.goto(path);
      await expect(page.locator('main h1 + p'), path).toContainText(notice);
    }
    for (const path of ['/en/accessibility/', '/integritetspolicy/']) {
      await page.goto(path);
      await expect(page.locator('main'), path).not.toContainText(notice);
    }
  });
});

test.describe('an unknown address under /en/', () => {
  test('answers 404 in English and helps the reader on, in English', async ({ page }) => {
    const response = await page.goto('/en/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.locator('main a[href="/en/privacy-policy/"]')).toBeVisible();
    await expect(page.locator('main').getByRole('link', { name: 'info@jainkasso.se' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await languageSwitch(page, 'Svenska').click();
    await expect(page).toHaveURL('/');
  });

  test('a Swedish address still gets the Swedish 404', async ({ page }) => {
    const response = await page.goto('/enx/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  });
});

test('the sitemap lists both languages, each page with both alternates and x-default', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const entries = new Map(
    [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, links]) => [
      loc!,
      Object.fromEntries([...links!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang!, href!])),
    ]),
  );
  for (const { sv, en } of pairs) {
    const expected = { sv: `${SITE}${sv.path}`, en: `${SITE}${en.path}`, 'x-default': `${SITE}${sv.path}` };
    expect(entries.get(`${SITE}${sv.path}`), sv.path).toEqual(expected);
    expect(entries.get(`${SITE}${en.path}`), en.path).toEqual(expected);
  }
  expect(entries.size).toBe(pairs.length * 2);
});
