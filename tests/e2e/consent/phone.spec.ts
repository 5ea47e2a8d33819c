/** A first visit on a phone: the banner informs and gets out of the way, and the preferences fit. */
import type { Page } from '@playwright/test';
import { test, expect } from '../../support/e2e/fixtures';
import { banner, LABELS, openPage, preferences } from '../../support/e2e/consent';
import { pages } from '../../support/e2e/site';

const phones = [
  { width: 360, height: 740 },
  { width: 320, height: 640 },
] as const;

/** The banner's box on screen. */
async function bannerBox(page: Page) {
  const box = await banner(page).boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

/**
 * Tabs through the whole page once with the banner open. Returns every focused element outside the banner
 * that lay entirely underneath it (its visible top at or below the banner's top) or off screen.
 */
async function hiddenWhileTabbing(page: Page): Promise<string[]> {
  const hidden: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const bannerEl = document.querySelector('[data-consent-banner]');
      const id = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" #${[...document.querySelectorAll('*')].indexOf(el)}`;
      const box = el.getBoundingClientRect();
      const cover = bannerEl?.getBoundingClientRect();
      const inBanner = !!bannerEl?.contains(el);
      const coveredBelow = !!cover && !inBanner && box.top >= cover.top && box.left < cover.right && box.right > cover.left;
      const offScreen = box.bottom <= 0 || box.top >= window.innerHeight;
      return { id, hidden: coveredBelow || offScreen };
    });
    if (!focus || seen.has(focus.id)) break;
    seen.add(focus.id);
    if (focus.hidden) hidden.push(focus.id);
  }
  expect(seen.size).toBeGreaterThan(5);
  return hidden;
}

for (const viewport of phones) {
  test.describe(`on a ${viewport.width}×${viewport.height} phone`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });

    test('the banner covers at most half the screen, and still asks and offers both choices alike', async ({ page }) => {
      for (const { path, lang } of pages) {
        await openPage(page, path);
        await expect(banner(page)).toBeVisible();
        const box = await bannerBox(page);
        expect(box.width * box.height, `${path}: banner area`).toBeLessThanOrEqual((viewport.width * viewport.height) / 2);
        await expect(banner(page).getByRole('heading')).toHaveText(LABELS[lang].title);
        // Art. 7(3): told how to withdraw before choosing, in the first layer.
        await expect(banner(page)).toContainText(LABELS[lang].withdraw);
        const accept = await banner(page).getByRole('button', { name: LABELS[lang].acceptAll }).boundingBox();
        const reject = await banner(page).getByRole('button', { name: LABELS[lang].rejectAll }).boundingBox();
        expect(Math.abs(accept!.width - reject!.width)).toBeLessThanOrEqual(1);
        expect(Math.abs(accept!.height - reject!.height)).toBeLessThanOrEqual(1);
      }
    });

    for (const { path } of pages) {
      test(`tabbing through ${path} with the banner open, no focused element is hidden under it`, async ({ page }) => {
        await openPage(page, path);
        await expect(banner(page)).toBeVisible();
        expect(await hiddenWhileTabbing(page)).toEqual([]);
      });
    }

    test('once the visitor has chosen, the page gives back the room it kept for the banner', async ({ page }) => {
      await openPage(page, '/');
      const reserved = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).paddingBottom));
      expect(await reserved()).toBeGreaterThan(100);
      await banner(page).getByRole('button', { name: 'Neka alla' }).click();
      await expect(banner(page)).toBeHidden();
      await expect.poll(reserved).toBe(0);
    });
  });
}

test.describe('the detector works', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('without the reserved room, elements would be hidden under the banner', async ({ page }) => {
    await openPage(page, '/integritetspolicy/');
    await page.evaluate(() => {
      document.documentElement.style.setProperty('scroll-padding-block-end', '0px', 'important');
      document.body.style.setProperty('padding-block-end', '0px', 'important');
    });
    expect(await hiddenWhileTabbing(page)).not.toEqual([]);
  });
});

test.describe('the preferences on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('buttons are at most 48 px tall and sit together at the bottom', async ({ page }) => {
    await openPage(page, '/');
    await banner(page).getByRole('button', { name: 'Inställningar', exact: true }).click();
    const dialog = preferences(page);
    await expect(dialog).toBeVisible();
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

  test('a switch that is on differs from one that is off in colour, not only the knob', async ({ page }) => {
    await openPage(page, '/');
    await banner(page).getByRole('button', { name: 'Inställningar', exact: true }).click();
    const track = page.locator('#cc-main .section__toggle[value="analytics"] ~ .toggle__icon');
    const colours = () => track.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el.querySelector('.toggle__icon-circle')!).backgroundColor]);
    const off = await colours();
    await preferences(page).getByRole('switch', { name: 'Statistik' }).or(preferences(page).getByRole('checkbox', { name: 'Statistik' })).check();
    const on = await colours();
    expect(on[0]).not.toBe(off[0]);
    expect(on[1]).not.toBe(off[1]);
  });
});
