/**
 * One tour of each page in a browser, as a visitor meets it before any choice: one load that records Content-Security-
 * Policy violations, failed responses and requests to other hosts, then in steps what that load must show (the banner
 * and nothing from Google, axe, forced colours, the skip link, phones, text spacing). What needs no browser is in
 * tests/site/.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, COLOUR_RULES } from '../support/e2e/fixtures';
import { recordCspViolations } from '../support/e2e/csp';
import { banner, consentReady, dataLayer, gaCookies, googleRequests, LABELS } from '../support/e2e/consent';
import { pages } from '../support/site-pages';
import { GTAG_URL } from '../../src/consent/analytics';
import type { Locale } from '../../src/i18n/locales';

/** Every page, and the 404 page in each language. */
const stops: { path: string; lang: Locale; status: number }[] = [
  ...pages.map(({ path, lang }) => ({ path, lang, status: 200 })),
  { path: '/finns-inte/', lang: 'sv', status: 404 },
  { path: '/en/no-such-page/', lang: 'en', status: 404 },
];

/** The skip link, the first thing a keyboard reaches on every page. */
const SKIP_LINK = { sv: 'Hoppa till innehållet', en: 'Skip to main content' } as const satisfies Record<Locale, string>;

/** How far the page scrolls sideways (0: not at all). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** On a phone the banner covers at most half the screen, asks, says how to withdraw, and offers both choices alike. */
async function expectPhoneBanner(page: Page, lang: Locale, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  const region = banner(page);
  await expect(region).toBeVisible();
  const box = (await region.boundingBox())!;
  expect(box.width * box.height, `banner area at ${width}×${height}`).toBeLessThanOrEqual((width * height) / 2);
  await expect(region.getByRole('heading')).toHaveText(LABELS[lang].title);
  // Art. 7(3): told how to withdraw before choosing, in the first layer.
  await expect(region).toContainText(LABELS[lang].withdraw);
  const accept = (await region.getByRole('button', { name: LABELS[lang].acceptAll }).boundingBox())!;
  const reject = (await region.getByRole('button', { name: LABELS[lang].rejectAll }).boundingBox())!;
  expect(Math.abs(accept.width - reject.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(accept.height - reject.height)).toBeLessThanOrEqual(1);
  for (const b of [accept, reject]) expect(b.x + b.width).toBeLessThanOrEqual(width);
}

for (const { path, lang, status } of stops) {
  test(`a tour of ${path}`, async ({ page, context, foreignRequests }) => {
    const violations = await recordCspViolations(page);
    const failed: string[] = [];
    page.on('response', (response) => {
      // The page's own status is checked where it loads.
      if (response.status() >= 400 && !response.request().isNavigationRequest()) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      if (!foreignRequests.includes(request.url())) failed.push(`${request.failure()?.errorText} ${request.url()}`);
    });

    await test.step('loads, and the consent script runs', async () => {
      expect((await page.goto(path))?.status()).toBe(status);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await consentReady(page);
    });

    await test.step('shows the banner, and nothing reaches Google before a choice', async () => {
      await expect(banner(page)).toBeVisible();
      // The consent script has decided (it is ready): no gtag.js was asked for, and none will be.
      await expect(page.locator(`script[src^="${GTAG_URL}"]`)).toHaveCount(0);
      expect(googleRequests(foreignRequests)).toEqual([]);
      expect(await gaCookies(context)).toEqual([]);
      expect(await dataLayer(page)).toEqual([]);
    });

    await test.step('shows the phone number in the footer, the same on every page', async () => {
      const phone = page.getByRole('contentinfo').getByRole('link', { name: '026-16 64 70' });
      await expect(phone).toHaveCount(1);
      await expect(phone).toBeVisible();
    });

    await test.step('has no WCAG 2.2 AA violations (axe), with the banner showing', async () => {
      expect(await axeViolations(page)).toEqual([]);
    });

    await test.step('in forced colours: no WCAG 2.2 AA violations that colours can cause, and focus stays visible', async () => {
      await page.emulateMedia({ forcedColors: 'active' });
      // Only what colours can change: the rest of axe's answer is the step above's.
      expect(await axeViolations(page, { rules: COLOUR_RULES })).toEqual([]);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
      await page.emulateMedia({ forcedColors: 'none' });
    });

    await test.step('a keyboard user can skip to the main content: the first Tab (above) reaches the skip link', async () => {
      const skip = page.getByRole('link', { name: SKIP_LINK[lang] });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
    });

    await test.step('fits a 360 px wide phone without sideways scrolling; the banner there covers at most half', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await expectPhoneBanner(page, lang, 360, 740);
    });

    await test.step('on a 320×640 phone the banner still covers at most half, and the phone number is on one line', async () => {
      await expectPhoneBanner(page, lang, 320, 640);
      for (const phone of await page.getByRole('link', { name: '026-16 64 70' }).all()) {
        expect(await phone.evaluate((el) => el.getClientRects().length)).toBe(1);
      }
    });

    await test.step('with WCAG 1.4.12 text spacing at 320 px, nothing scrolls sideways', async () => {
      // A constructed style sheet (CSSOM): the site's CSP allows no injected <style>, rightly.
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
      // The spacing applies (so the check below means something).
      expect(await page.locator('h1').evaluate((el) => parseFloat(getComputedStyle(el).letterSpacing))).toBeGreaterThan(1);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    });

    await test.step('all the while: no CSP violation, no failed response, no request to another host', async () => {
      expect(await violations()).toEqual([]);
      expect(failed).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  });
}
