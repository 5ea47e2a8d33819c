/**
 * /cookies/ and /en/cookies/ in a browser: what the consent script shows there (the current choice, following a change)
 * and how the list lays out. What they list (the cookies' facts, the supplement) is static HTML: tests/site/cookies-page.test.ts.
 */
import { test, expect, axeViolations } from '../../support/e2e/fixtures';
import { banner, openPage, preferences, STORAGE_TABLE } from '../../support/e2e/consent';

test.describe('/cookies/', () => {
  test('at 360 px the cookie facts fit the screen; the current choice shows, and follows a change made on the page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openPage(page, '/cookies/');

    await test.step('at 360 px nothing in the cookie facts scrolls sideways', async () => {
      const list = page.getByRole('list', { name: STORAGE_TABLE.sv });
      const overflow = await list.evaluate((el) =>
        [el, ...el.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent?.slice(0, 40)),
      );
      expect(overflow).toEqual([]);
      const box = await list.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    });

    await test.step('the current choice, following a change made on the page and kept after a reload', async () => {
      const status = page.getByRole('status');
      // Only the line that applies is shown (and read out).
      await expect(status).toHaveText('Du har inte gjort något val ännu. Statistik är avstängd tills du godkänner den.', { useInnerText: true });
      await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
      await expect(status).toContainText('Du har godkänt statistik', { useInnerText: true });

      await page.getByRole('main').getByRole('button', { name: 'Cookieinställningar' }).click();
      await preferences(page).getByRole('button', { name: 'Neka alla' }).click();
      await expect(status).toContainText('Du har nekat statistik', { useInnerText: true });

      await page.reload();
      await expect(page.getByRole('status')).toContainText('Du har nekat statistik', { useInnerText: true });
    });
  });
});

test.describe('/en/cookies/', () => {
  test('shows the current choice in English, and it follows a change made on the page', async ({ page }) => {
    await openPage(page, '/en/cookies/');
    const status = page.getByRole('status');
    await expect(page.getByRole('heading', { name: 'Your choice' })).toBeVisible();
    await expect(status).toHaveText('You have not made a choice yet. Statistics stay off until you accept them.', { useInnerText: true });
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(status).toHaveText('You have accepted statistics. Google Analytics is used when you visit the website.', { useInnerText: true });
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('both cookie pages explain what is stored without it, show their list and no dead buttons', async ({ page }) => {
    await test.step('/cookies/', async () => {
      await page.goto('/cookies/');
      await expect(page.getByRole('main')).toContainText('Utan JavaScript används inte Google Analytics', { useInnerText: true });
      await expect(page.getByRole('main')).toContainText('den nödvändiga kvittocookien', { useInnerText: true });
      await expect(page.getByRole('button', { name: 'Cookieinställningar' })).toHaveCount(0);
      await expect(page.getByRole('list', { name: STORAGE_TABLE.sv })).toBeVisible();
    });
    await test.step('/en/cookies/', async () => {
      await page.goto('/en/cookies/');
      await expect(page.getByRole('main')).toContainText('Without JavaScript, Google Analytics is not used', { useInnerText: true });
      await expect(page.getByRole('main')).toContainText('the necessary receipt cookie', { useInnerText: true });
      await expect(page.getByRole('button', { name: 'Cookie settings' })).toHaveCount(0);
      await expect(page.getByRole('list', { name: STORAGE_TABLE.en })).toBeVisible();
    });
  });
});
