import { test, expect, axeViolations } from '../../support/e2e/fixtures';
import { axeColourViolations, banner, expectEqualWeight, footerSettings, hasConsentCookie, openPage, preferences } from '../../support/e2e/consent';

// axe with the banner open, on every page: tests/e2e/tour.spec.ts. The steps below do not choose, so they share one load.
test('the first layer: in Swedish, links to /cookies/, equal choices, reachable at 200 % zoom, and fits 320 px', async ({ page }) => {
  await openPage(page, '/');
  const region = banner(page);

  await test.step('says in Swedish what cookies are for, links to /cookies/ and offers the three choices', async () => {
    await expect(region).toBeVisible();
    await expect(region.getByRole('heading')).toHaveText('Får vi använda cookies för statistik?');
    await expect(region).toContainText('Google Analytics');
    // Informed consent: who receives the data, and that it may leave the EU.
    await expect(region).toContainText('Google Ireland Ltd');
    await expect(region).toContainText('USA');
    await expect(region.getByRole('link', { name: 'Läs mer om cookies' })).toHaveAttribute('href', '/cookies/');
    await expect(region.getByRole('button')).toHaveText(['Godkänn alla', 'Neka alla', 'Inställningar']);
  });

  await test.step('"Godkänn alla" and "Neka alla" stand side by side with equal weight', async () => {
    const { a, r } = await expectEqualWeight(region);
    expect(Math.abs(a.y - r.y)).toBeLessThanOrEqual(1);
  });

  await test.step('"Inställningar" is not more prominent than the two choices: no fill, no border, no heavier type', async () => {
    const style = (name: string) =>
      region.getByRole('button', { name, exact: true }).evaluate((el) => {
        const s = getComputedStyle(el);
        return { weight: Number(s.fontWeight), border: parseFloat(s.borderTopWidth) * (s.borderTopColor === 'rgba(0, 0, 0, 0)' ? 0 : 1), fill: s.backgroundColor };
      });
    const [settings, accept] = [await style('Inställningar'), await style('Godkänn alla')];
    expect(settings.weight).toBeLessThan(accept.weight);
    expect(settings.border).toBe(0);
    expect(settings.fill).toBe('rgba(0, 0, 0, 0)');
  });

  await test.step('at 1280×800 the banner covers nothing of the page that takes focus, at the top or at the foot', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const covered = () =>
      page.evaluate(() => {
        const bannerEl = document.querySelector('[data-consent-banner]')!;
        const cover = bannerEl.getBoundingClientRect();
        const focusable = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])');
        return [...focusable]
          .filter((el) => !bannerEl.contains(el) && el.checkVisibility())
          .filter((el) => [...el.getClientRects()].some((r) => r.width > 0 && r.left < cover.right && r.right > cover.left && r.top < cover.bottom && r.bottom > cover.top))
          .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
      });
    expect(await covered()).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await covered()).toEqual([]);
    await expect(footerSettings(page)).toBeInViewport();
  });

  await test.step('at 200 % zoom (a 640 × 400 CSS px viewport) every control can be reached', async () => {
    await page.setViewportSize({ width: 640, height: 400 });
    for (const name of ['Godkänn alla', 'Neka alla', 'Inställningar']) {
      const button = region.getByRole('button', { name });
      await button.scrollIntoViewIfNeeded();
      await expect(button).toBeInViewport();
    }
  });

  await test.step('on a 320 px screen the banner fits, and both choices are reachable and alike, with no WCAG 2.2 AA violations', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const { a, r } = await expectEqualWeight(region);
    for (const b of [a, r]) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(320);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the preferences: the same equal-weight choices, and no WCAG 2.2 AA violations, in light and dark', async ({ page }) => {
  await openPage(page, '/');

  await test.step('opened from the footer, they show the same equal-weight choices', async () => {
    await footerSettings(page).click();
    await expectEqualWeight(preferences(page));
    await page.keyboard.press('Escape');
    await expect(preferences(page)).toBeHidden();
  });

  await test.step('opened from the banner with both categories expanded: no violations in light', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await banner(page).getByRole('button', { name: 'Inställningar' }).click();
    await expect(preferences(page)).toBeVisible();
    // Open both categories, so their tables are checked too.
    for (const name of ['Nödvändiga', 'Statistik']) await preferences(page).getByRole('button', { name, exact: true }).click();
    expect(await axeViolations(page), 'light').toEqual([]);
  });

  await test.step('and in dark, which changes colours only (src/styles/tokens.css): the colour rules again', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeColourViolations(page), 'dark').toEqual([]);
  });
});

test.describe('keyboard only', () => {
  test('Tab reaches the banner right after the skip link, the banner does not trap Tab, Enter and Escape open and close the preferences, and Space refuses', async ({ page, context }) => {
    await openPage(page, '/');
    await expect(banner(page)).toBeVisible();
    const reject = banner(page).getByRole('button', { name: 'Neka alla' });
    const settings = banner(page).getByRole('button', { name: 'Inställningar', exact: true });

    await test.step('Tab: the skip link, then the banner (its link to /cookies/, then the choices)', async () => {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(banner(page).getByRole('link', { name: 'Läs mer om cookies' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(banner(page).getByRole('button', { name: 'Godkänn alla' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(reject).toBeFocused();
      await expect(reject).toHaveCSS('outline-style', 'solid');
    });

    await test.step('the banner does not trap Tab: a visitor can read on before choosing', async () => {
      // The banner's last control.
      await settings.focus();
      await page.keyboard.press('Tab');
      // On to the page: the site's name, a link home, comes next.
      await expect(page.getByRole('banner').getByRole('link', { name: 'J A Inkasso & Consulting AB' })).toBeFocused();
      await expect(banner(page)).toBeVisible();
    });

    await test.step('Enter opens the preferences, Escape closes them and focus returns to the button', async () => {
      await settings.focus();
      await page.keyboard.press('Enter');
      const dialog = preferences(page);
      await expect(dialog).toBeVisible();
      await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(settings).toBeFocused();
    });

    await test.step('a visitor who moves on at once, in the task that closed the preferences, keeps the focus they moved', async () => {
      await settings.press('Enter');
      const dialog = preferences(page);
      await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      // Closed and moved on within one task: no later task of the site's may pull focus back to the opener.
      const close = dialog.getByRole('button', { name: 'Stäng cookieinställningarna' });
      const kept = await close.evaluate(async (button, link) => {
        (button as HTMLElement).click();
        link.focus();
        // Every task queued so far runs before this one (timers of equal delay run in order), and a frame is drawn.
        await new Promise((resolve) => setTimeout(resolve));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return document.activeElement === link;
      }, await banner(page).getByRole('link', { name: 'Läs mer om cookies' }).elementHandle());
      expect(kept).toBe(true);
      await expect(dialog).toBeHidden();
      await settings.focus();
    });

    await test.step('Shift+Tab back to "Neka alla", and Space refuses; focus is not lost in the hidden banner', async () => {
      await page.keyboard.press('Shift+Tab');
      await expect(reject).toBeFocused();
      expect(await hasConsentCookie(context)).toBe(false);
      await page.keyboard.press('Space');
      await expect(banner(page)).toBeHidden();
      await expect.poll(() => hasConsentCookie(context)).toBe(true);
      // The next Tab lands on something visible.
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toBeVisible();
    });
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
