import { test, expect, axeViolations } from '../../support/e2e/fixtures';
import { banner, expectEqualWeight, footerSettings, hasConsentCookie, openPage, preferences } from '../../support/e2e/consent';

test.describe('the first layer', () => {
  test('says in Swedish what cookies are for, links to /cookies/ and offers the three choices', async ({ page }) => {
    await openPage(page, '/');
    const region = banner(page);
    await expect(region).toBeVisible();
    await expect(region.getByRole('heading')).toHaveText('Får vi använda cookies för statistik?');
    await expect(region).toContainText('Google Analytics');
    // Informed consent: who receives the data, and that it may leave the EU.
    await expect(region).toContainText('Google Ireland Ltd');
    await expect(region).toContainText('USA');
    await expect(region.getByRole('link', { name: 'Läs mer om cookies' })).toHaveAttribute('href', '/cookies/');
    await expect(region.getByRole('button')).toHaveText(['Godkänn alla', 'Neka alla', 'Inställningar']);
  });

  test('"Godkänn alla" and "Neka alla" stand side by side with equal weight', async ({ page }) => {
    await openPage(page, '/');
    const { a, r } = await expectEqualWeight(banner(page));
    expect(Math.abs(a.y - r.y)).toBeLessThanOrEqual(1);
  });

  test('on a 320 px screen the banner fits, and both choices are reachable and alike', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openPage(page, '/');
    const region = banner(page);
    const { a, r } = await expectEqualWeight(region);
    for (const b of [a, r]) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(320);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('at 200 % zoom (a 640 × 400 CSS px viewport) every control can be reached', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await openPage(page, '/');
    for (const name of ['Godkänn alla', 'Neka alla', 'Inställningar']) {
      const button = banner(page).getByRole('button', { name });
      await button.scrollIntoViewIfNeeded();
      await expect(button).toBeInViewport();
    }
  });
});

test.describe('accessibility', () => {
  test('no WCAG 2.2 AA violations with the banner open', async ({ page }) => {
    await openPage(page, '/cookies/');
    await expect(banner(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('no WCAG 2.2 AA violations with the preferences open, in light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openPage(page, '/');
      await banner(page).getByRole('button', { name: 'Inställningar' }).click();
      await expect(preferences(page)).toBeVisible();
      // Open both categories, so their tables are checked too.
      for (const name of ['Nödvändiga', 'Statistik']) await preferences(page).getByRole('button', { name, exact: true }).click();
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });

  test('preferences show the same equal-weight choices', async ({ page }) => {
    await openPage(page, '/');
    await footerSettings(page).click();
    await expectEqualWeight(preferences(page));
  });
});

test.describe('keyboard only', () => {
  test('Tab reaches the banner right after the skip link (its link to /cookies/, then the choices), and Space refuses', async ({ page, context }) => {
    await openPage(page, '/');
    await expect(banner(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(banner(page).getByRole('link', { name: 'Läs mer om cookies' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(banner(page).getByRole('button', { name: 'Godkänn alla' })).toBeFocused();
    await page.keyboard.press('Tab');
    const reject = banner(page).getByRole('button', { name: 'Neka alla' });
    await expect(reject).toBeFocused();
    await expect(reject).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Space');
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => hasConsentCookie(context)).toBe(true);
    // Focus is not lost in the hidden banner: the next Tab lands on something visible.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toBeVisible();
  });

  test('the banner does not trap Tab: a visitor can read on before choosing', async ({ page }) => {
    await openPage(page, '/');
    // The banner's last control.
    await banner(page).getByRole('button', { name: 'Inställningar', exact: true }).focus();
    await page.keyboard.press('Tab');
    // On to the page: the site's name, a link home, comes next.
    await expect(page.getByRole('banner').getByRole('link', { name: 'J A Inkasso & Consulting AB' })).toBeFocused();
    await expect(banner(page)).toBeVisible();
  });

  test('Enter opens the preferences, Escape closes them and focus returns to the button', async ({ page }) => {
    await openPage(page, '/');
    const settings = banner(page).getByRole('button', { name: 'Inställningar' });
    await settings.focus();
    await page.keyboard.press('Enter');
    const dialog = preferences(page);
    await expect(dialog).toBeVisible();
    await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(settings).toBeFocused();
  });

  test('from the footer: Enter opens, Space switches Statistik on, Enter saves, focus returns', async ({ page, context }) => {
    await openPage(page, '/');
    const settings = footerSettings(page);
    await settings.focus();
    await page.keyboard.press('Enter');
    const dialog = preferences(page);
    await expect(dialog).toBeVisible();
    await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    // Tab through the dialog to the Statistik switch.
    const statistik = dialog.getByRole('checkbox', { name: 'Statistik' });
    for (let i = 0; i < 10 && !(await statistik.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(statistik).toBeFocused();
    await page.keyboard.press('Space');
    await expect(statistik).toBeChecked();
    // Once anything the switch set moving has finished, focus is still on the switch.
    await page.evaluate(async () => {
      await Promise.all(document.getAnimations().map((a) => a.finished));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    await expect(statistik).toBeFocused();
    const save = dialog.getByRole('button', { name: 'Spara mina val' });
    for (let i = 0; i < 10 && !(await save.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(save).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(settings).toBeFocused();
    await expect.poll(() => hasConsentCookie(context)).toBe(true);
  });
});
