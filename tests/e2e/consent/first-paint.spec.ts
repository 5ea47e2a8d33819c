/**
 * The first layer is part of the page's first paint: it is in the HTML, shown before any script of the site arrives,
 * and the consent script is requested only after the page has been painted.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../../support/e2e/fixtures';
import { banner, consentReady, footerSettings, hasConsentCookie, LABELS, openPage, preferences } from '../../support/e2e/consent';

/** The consent script (src/consent/start.ts, bundled on its own). */
const CONSENT_SCRIPT = /\/_astro\/start-[\w-]+\.js$/;

/** Holds the consent script back until `release` is called, so the test sees the page before it. */
async function holdConsentScript(page: Page): Promise<{ requested: Promise<void>; release: () => void }> {
  let release!: () => void;
  let markRequested!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested = new Promise<void>((resolve) => (markRequested = resolve));
  await page.route(CONSENT_SCRIPT, async (route) => {
    markRequested();
    await released;
    await route.continue();
  });
  return { requested, release };
}

test.describe('the first layer at the first paint', () => {
  test('is in the page: with the consent script held back, it already asks and offers the three choices', async ({ page }) => {
    const held = await holdConsentScript(page);
    await page.goto('/');
    await held.requested;
    const region = banner(page);
    await expect(region).toBeVisible();
    await expect(region.getByRole('heading')).toHaveText(LABELS.sv.title);
    await expect(region).toContainText(LABELS.sv.withdraw);
    await expect(region.getByRole('button')).toHaveText(['Godkänn alla', 'Neka alla', 'Inställningar']);
    held.release();
    await consentReady(page);
    await expect(region).toBeVisible();
  });

  test("appears without a layout shift, keeping room for it; the consent script is requested after the first contentful paint, the preferences' stylesheet only when they open", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { shifts: number }).shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openPage(page, '/en/');

    await test.step('appears without a layout shift, and the page keeps room for it', async () => {
      await expect(banner(page)).toBeVisible();
      // On a wide screen the banner is a strip above the header, in the page's flow: nothing of the page lies under it.
      const [strip, header] = [await banner(page).boundingBox(), await page.getByRole('banner').boundingBox()];
      expect(header!.y).toBeGreaterThanOrEqual(strip!.y + strip!.height - 1);
      // The room is CSS's, not measured by the script: it sets no size on the page, so nothing is laid out again.
      expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
      // Two frames after the consent script has run, when any shift would have been reported.
      const shifts = await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { shifts: number }).shifts))),
          ),
      );
      expect(shifts).toBe(0);
    });

    await test.step("the consent script is requested after the first contentful paint, the preferences' stylesheet only when they open", async () => {
      const timing = () =>
        page.evaluate(() => {
          const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
          const resources = performance.getEntriesByType('resource').map((entry) => ({ name: new URL(entry.name).pathname, start: entry.startTime }));
          return { paint, resources };
        });
      const before = await timing();
      const script = before.resources.find((r) => CONSENT_SCRIPT.test(r.name));
      expect(script, 'the consent script was requested').toBeDefined();
      expect(script!.start).toBeGreaterThanOrEqual(before.paint);
      expect(before.resources.filter((r) => r.name.endsWith('.css')), 'no stylesheet before the preferences open').toEqual([]);
      await banner(page).getByRole('button', { name: 'Settings' }).click();
      await expect(preferences(page, 'en')).toBeVisible();
      const after = await timing();
      expect(after.resources.filter((r) => r.name.endsWith('.css'))).toHaveLength(1);
    });
  });

  test('a choice clicked before the consent script has arrived is carried out when it does', async ({ page, context }) => {
    const held = await holdConsentScript(page);
    await page.goto('/');
    await held.requested;
    await banner(page).getByRole('button', { name: 'Neka alla' }).click();
    expect(await hasConsentCookie(context)).toBe(false);
    held.release();
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => hasConsentCookie(context)).toBe(true);
  });

  test('the footer\'s Cookieinställningar is there from the first paint; pressed before the consent script arrives, it opens the preferences when it does', async ({ page }) => {
    const held = await holdConsentScript(page);
    await page.goto('/kontakt/');
    await held.requested;
    await footerSettings(page).click();
    held.release();
    await expect(preferences(page)).toBeVisible();
  });

  test("if the preferences' stylesheet cannot be fetched, Inställningar still opens them, unstyled, and a choice is saved", async ({ page, context }) => {
    await page.route(/\/_astro\/banner\.[\w-]+\.css$/, (route) => route.abort());
    await openPage(page, '/');
    await banner(page).getByRole('button', { name: 'Inställningar' }).click();
    const dialog = preferences(page);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Neka alla' }).click();
    await expect.poll(() => hasConsentCookie(context)).toBe(true);
  });

  test('a visitor who has chosen never sees it, not even before the consent script runs', async ({ page, context }) => {
    await openPage(page, '/');
    await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
    await expect.poll(() => hasConsentCookie(context)).toBe(true);
    const held = await holdConsentScript(page);
    await page.goto('/integritetspolicy/');
    await held.requested;
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(banner(page)).toBeHidden();
    held.release();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no banner whose buttons could not work, and the page reads as usual', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(banner(page)).toBeHidden();
  });
});
