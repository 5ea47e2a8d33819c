/**
 * What a reader does with the pages that only a browser shows beyond each page's tour (tour.spec.ts: the skip link,
 * the phone number on one line at 320 px, and the rest): the phone menu without JavaScript, the table of contents,
 * print, the language switch. What needs no browser is in tests/site/.
 */
import { test, expect } from '../support/e2e/fixtures';

test('on a 360 px phone the header is one row: the name and a Meny button that opens without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('/cookies/', baseURL).href);
  const brand = await page.locator('header .brand').boundingBox();
  const menu = page.locator('header summary', { hasText: 'Meny' });
  const button = await menu.boundingBox();
  expect(button!.y).toBeLessThan(brand!.y + brand!.height);
  expect(await page.locator('header').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(80);
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav).toBeHidden();
  await menu.click();
  await expect(nav.getByRole('link', { name: 'Cookies' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Kontakt' }).click();
  await expect(page).toHaveURL(/\/kontakt\/$/);
  await context.close();
});

test('reading the policy: its table of contents, print, and the language switch there and back', async ({ page }) => {
  await page.goto('/integritetspolicy/');

  await test.step('the table of contents takes the reader to the section', async () => {
    const contents = page.getByRole('navigation', { name: 'På den här sidan' });
    await contents.getByRole('link', { name: 'Dina rättigheter', exact: true }).click();
    await expect(page.locator('article').getByRole('heading', { name: 'Dina rättigheter', exact: true })).toBeInViewport();
  });

  await test.step("the site's supplement on the rights is in the table of contents, and set apart from the client's text", async () => {
    const heading = 'Kompletterande information om dina rättigheter';
    await page.getByRole('navigation', { name: 'På den här sidan' }).getByRole('link', { name: heading }).click();
    await expect(page.getByRole('heading', { name: heading })).toBeInViewport();
    const supplement = page.getByRole('region', { name: heading });
    const look = (css: string) => supplement.evaluate((el, property) => getComputedStyle(el).getPropertyValue(property), css);
    // The same framed box as the cookie page's supplement, unlike the form's grey inset (a bar on one side).
    for (const side of ['top', 'right', 'bottom', 'left']) {
      expect(await look(`border-${side}-width`)).toBe('2px');
      expect(await look(`border-${side}-style`)).toBe('solid');
    }
  });

  await test.step('prints the text and contact details without menus or buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'På den här sidan' })).toBeHidden();
    await expect(page.locator('main')).toContainText('Du har när som helst rätt att begära rättelse');
    await expect(page.locator('main address')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('the language switch goes to the English page and back', async () => {
    await page.getByRole('banner').getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL('/en/privacy-policy/');
    await expect(page.locator('h1')).toHaveText('Privacy policy');
    await page.getByRole('banner').getByRole('link', { name: 'Svenska', exact: true }).click();
    await expect(page).toHaveURL('/integritetspolicy/');
    await expect(page.locator('h1')).toHaveText('Integritetspolicy');
  });
});
