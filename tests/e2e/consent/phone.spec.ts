/** A first visit on a phone: the banner informs and gets out of the way, and the preferences fit. */
import type { Page } from '@playwright/test';
import { test, expect } from '../../support/e2e/fixtures';
import { banner, openPage, preferences } from '../../support/e2e/consent';

const phones = [
  { width: 360, height: 740 },
  { width: 320, height: 640 },
] as const;

/**
 * Tabs through the whole page once with the banner open. A focusin listener records, as each element gets focus, whether
 * it lay entirely underneath the banner (outside it, its visible top at or below the banner's top) or off screen; the
 * keys are pressed in batches, and the recording read after each, until focus comes round again.
 */
async function hiddenWhileTabbing(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    const seen: { id: string; hidden: boolean }[] = [];
    const elements: Element[] = [];
    (window as unknown as { focusSeen: typeof seen }).focusSeen = seen;
    document.addEventListener('focusin', (event) => {
      const el = event.target as Element;
      const bannerEl = document.querySelector('[data-consent-banner]');
      if (!elements.includes(el)) elements.push(el);
      const id = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" #${elements.indexOf(el)}`;
      const box = el.getBoundingClientRect();
      const cover = bannerEl?.getBoundingClientRect();
      const inBanner = !!bannerEl?.contains(el);
      const coveredBelow = !!cover && !inBanner && box.top >= cover.top && box.left < cover.right && box.right > cover.left;
      const offScreen = box.bottom <= 0 || box.top >= window.innerHeight;
      seen.push({ id, hidden: coveredBelow || offScreen });
    });
  });
  const read = () => page.evaluate(() => (window as unknown as { focusSeen: { id: string; hidden: boolean }[] }).focusSeen);
  let seen = await read();
  for (let presses = 0; presses < 80; presses += 10) {
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
    seen = await read();
    if (new Set(seen.map((s) => s.id)).size < seen.length) break;
  }
  // Once round the page: each element up to the first that came again.
  const ids = seen.map((s) => s.id);
  const once = seen.filter((s, i) => ids.indexOf(s.id) === i);
  expect(once.length).toBeGreaterThan(5);
  return once.filter((s) => s.hidden).map((s) => s.id);
}

/**
 * One page of each template, in the two languages between the two phones: every page carries the same consent root and
 * first layer (tests/site/consent.test.ts), so the template and its content decide what lies under the banner. The start
 * page last: once round it, the visitor chooses there.
 */
const TAB_PAGES = {
  360: ['/integritetspolicy/', '/cookies/', '/kontakt/', '/dina-uppgifter/', '/'],
  320: ['/en/privacy-policy/', '/en/cookies/', '/en/contact/', '/en/your-data/', '/en/'],
} as const;
/** Where the detector is shown to find what the banner would hide (a long page), right after the real check of it. */
const DETECTOR_PAGE = '/en/privacy-policy/';

for (const viewport of phones) {
  test.describe(`on a ${viewport.width}×${viewport.height} phone`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });

    // The banner's share of the screen on every page: tests/e2e/tour.spec.ts.

    test('tabbing through one page of each template with the banner open, no focused element is hidden under it; once the visitor has chosen, the room kept for the banner is given back', async ({ page }) => {
      // Five pages tabbed round: three times the usual bound on waiting.
      test.slow();
      for (const path of TAB_PAGES[viewport.width]) {
        await test.step(`tabbing through ${path}`, async () => {
          await openPage(page, path);
          await expect(banner(page)).toBeVisible();
          if (path === '/') {
            // The start page's one primary action, to the form, is on the first screen, above the banner, unscrolled.
            const action = page.getByRole('main').getByRole('link', { name: 'Begär dina uppgifter' });
            await expect(action).toBeInViewport({ ratio: 1 });
            const [link, bar] = [await action.boundingBox(), await banner(page).boundingBox()];
            expect(link!.y + link!.height).toBeLessThanOrEqual(bar!.y);
            expect(await page.evaluate(() => window.scrollY)).toBe(0);
          }
          expect(await hiddenWhileTabbing(page)).toEqual([]);
        });
        if (path === DETECTOR_PAGE) {
          await test.step(`the detector works: without the reserved room, elements of ${path} would be hidden under the banner`, async () => {
            await page.evaluate(() => document.documentElement.style.setProperty('scroll-padding-block-end', '0px', 'important'));
            expect(await hiddenWhileTabbing(page)).not.toEqual([]);
          });
        }
      }

      await test.step(`once the visitor has chosen on ${TAB_PAGES[viewport.width].at(-1)}, the page gives back the room it kept for the banner`, async () => {
        // The room kept for the banner: focus scrolls clear of the half of the screen it may take (ConsentBanner.astro's CSS).
        const reserved = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) || 0);
        expect(await reserved()).toBeGreaterThan(100);
        await banner(page).getByRole('button', { name: viewport.width === 360 ? 'Neka alla' : 'Reject all' }).click();
        await expect(banner(page)).toBeHidden();
        await expect.poll(reserved).toBe(0);
      });
    });
  });
}

test.describe('the preferences on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('buttons at most 48 px tall together at the bottom; a switch that is on differs from one that is off in colour', async ({ page }) => {
    await openPage(page, '/');
    await banner(page).getByRole('button', { name: 'Inställningar', exact: true }).click();
    const dialog = preferences(page);
    await expect(dialog).toBeVisible();

    await test.step('buttons are at most 48 px tall and sit together at the bottom', async () => {
      const boxes = [];
      for (const name of ['Godkänn alla', 'Neka alla', 'Spara mina val']) {
        const box = await dialog.getByRole('button', { name }).boundingBox();
        expect(box!.height, name).toBeLessThanOrEqual(48);
        boxes.push(box!);
      }
      // No empty band above the buttons: the footer holds just them.
      const footer = await page.locator('#cc-main .pm__footer').boundingBox();
      expect(boxes[0]!.y - footer!.y).toBeLessThanOrEqual(24);
      expect(footer!.y + footer!.height).toBeLessThanOrEqual(740 + 1);
    });

    await test.step('a switch that is on differs from one that is off in colour, not only the knob', async () => {
      const track = page.locator('#cc-main .section__toggle[value="analytics"] ~ .toggle__icon');
      const colours = () => track.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el.querySelector('.toggle__icon-circle')!).backgroundColor]);
      const off = await colours();
      await dialog.getByRole('switch', { name: 'Statistik' }).or(dialog.getByRole('checkbox', { name: 'Statistik' })).check();
      const on = await colours();
      expect(on[0]).not.toBe(off[0]);
      expect(on[1]).not.toBe(off[1]);
    });
  });
});
