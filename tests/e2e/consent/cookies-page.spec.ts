import { test, expect } from '../support/fixtures';
import { banner, GA_SESSION_COOKIE, openPage, preferences } from '../support/consent';

test.describe('/cookies/', () => {
  test('lists every cookie in a table: Namn, Leverantör, Syfte, Lagringstid, Kategori', async ({ page }) => {
    await page.goto('/cookies/');
    const table = page.getByRole('table', { name: 'Cookies på webbplatsen' });
    await expect(table.getByRole('columnheader')).toHaveText(['Namn', 'Leverantör', 'Syfte', 'Lagringstid', 'Kategori']);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText('cc_cookie');
    await expect(rows.nth(0)).toContainText('182 dagar');
    await expect(rows.nth(0)).toContainText('Nödvändiga');
    await expect(rows.nth(1)).toContainText('_ga');
    await expect(rows.nth(1)).toContainText('Google');
    await expect(rows.nth(1)).toContainText('Statistik');
    await expect(rows.nth(2)).toContainText(GA_SESSION_COOKIE);
    await expect(rows.nth(2)).toContainText('2 år');
  });

  test('shows the current choice, and it follows a change made on the page', async ({ page }) => {
    await openPage(page, '/cookies/');
    const status = page.getByRole('status');
    // Only the line that applies is shown (and read out).
    await expect(status).toHaveText('Du har inte gjort något val ännu. Statistik är avstängt tills du godkänner det.', { useInnerText: true });
    await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
    await expect(status).toContainText('Du har godkänt statistik', { useInnerText: true });

    await page.getByRole('main').getByRole('button', { name: 'Cookieinställningar' }).click();
    await preferences(page).getByRole('button', { name: 'Neka alla' }).click();
    await expect(status).toContainText('Du har nekat statistik', { useInnerText: true });

    await page.reload();
    await expect(page.getByRole('status')).toContainText('Du har nekat statistik', { useInnerText: true });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('explains that nothing is stored, and shows no dead buttons', async ({ page }) => {
      await page.goto('/cookies/');
      await expect(page.getByRole('main')).toContainText('Utan JavaScript sparar webbplatsen inga cookies', { useInnerText: true });
      await expect(page.getByRole('button', { name: 'Cookieinställningar' })).toHaveCount(0);
      await expect(page.getByRole('table', { name: 'Cookies på webbplatsen' })).toBeVisible();
    });
  });
});
