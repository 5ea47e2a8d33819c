import { test, expect } from '../../support/e2e/fixtures';
import { banner, GA_ID, GA_SESSION_COOKIE, openPage, preferences } from '../../support/e2e/consent';

/** The table's name for GA's per-property cookie: the real one, or `_ga_<mätnings-ID>` in a build without PUBLIC_GA_ID. */
const GA_SESSION_NAME_SHOWN = GA_ID === 'G-XXXXXXXXXX' ? '_ga_<mätnings-ID>' : GA_SESSION_COOKIE;

test.describe('/cookies/', () => {
  test('lists every cookie with Leverantör, Part, Syfte, Lagringstid and Kategori', async ({ page }) => {
    await page.goto('/cookies/');
    const list = page.getByRole('list', { name: 'Cookies på webbplatsen' });
    const cookies = list.getByRole('listitem');
    await expect(list.getByRole('heading')).toHaveText(['cc_cookie', 'dina-uppgifter-kvitto', '_ga', GA_SESSION_NAME_SHOWN]);
    for (const cookie of await cookies.all()) {
      await expect(cookie.locator('dt')).toHaveText(['Leverantör', 'Part', 'Syfte', 'Lagringstid', 'Kategori']);
    }
    await expect(cookies.nth(0)).toContainText('182 dagar');
    await expect(cookies.nth(0)).toContainText('Nödvändiga');
    await expect(cookies.nth(1)).toContainText('10 minuter');
    await expect(cookies.nth(1)).toContainText('Nödvändiga');
    await expect(cookies.nth(1)).toContainText('Visar ditt referensnummer på kvittosidan');
    await expect(cookies.nth(1)).toContainText('bara ett slumpat id');
    await expect(cookies.nth(1)).not.toContainText(/ärendenummer|inga personuppgifter/);
    await expect(cookies.nth(2)).toContainText('Google Ireland Ltd');
    await expect(cookies.nth(2)).toContainText('Förstapart');
    await expect(cookies.nth(2)).toContainText('Statistik');
    await expect(cookies.nth(3)).toContainText('2 år');
    await expect(page.getByRole('main')).not.toContainText('XXXXXXXXXX');
  });

  test('adds the site\'s own supplement, labelled as such, naming Google Ireland Ltd and the USA', async ({ page }) => {
    await page.goto('/integritetspolicy/');
    await page.getByRole('link', { name: 'Kompletterande information om webbplatsen' }).click();
    await expect(page).toHaveURL(/\/cookies\/#kompletterande-information$/);
    const supplement = page.getByRole('region', { name: 'Kompletterande information om webbplatsen' });
    await expect(supplement).toBeInViewport();
    await expect(supplement).toContainText('inte en del av vår cookietext ovan');
    await expect(supplement).toContainText('Google Ireland Ltd');
    await expect(supplement).toContainText('USA');
    await expect(supplement).toContainText('Data Privacy Framework');
    await expect(supplement).toContainText('Den rättsliga grunden är ditt samtycke (artikel 6.1 a i dataskyddsförordningen)');
    await expect(supplement).toContainText('9 kap. 28 § lagen (2022:482) om elektronisk kommunikation (LEK)');
    await expect(supplement).toContainText('loggar eller lagrar Google Analytics 4 inte IP-adresser');
    await expect(supplement).toContainText('Din IP-adress skickas ändå till Google med varje anrop och används för att räkna fram ungefär var du befinner dig');
    await expect(supplement).toContainText('Neka alla');
    await expect(supplement).toContainText('Uppgifter som redan har skickats till Google raderas inte när du återkallar');
    // GA's retention is the client's setting: not shown until src/site.config.ts has it.
    await expect(supplement).not.toContainText('Hur länge statistiken sparas');
  });

  test('at 360 px the cookie facts fit the screen: nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/cookies/');
    const list = page.getByRole('list', { name: 'Cookies på webbplatsen' });
    const overflow = await list.evaluate((el) =>
      [el, ...el.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent?.slice(0, 40)),
    );
    expect(overflow).toEqual([]);
    const box = await list.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
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
    test('explains what is stored without it, and shows no dead buttons', async ({ page }) => {
      await page.goto('/cookies/');
      await expect(page.getByRole('main')).toContainText('Utan JavaScript används inte Google Analytics', { useInnerText: true });
      await expect(page.getByRole('main')).toContainText('den nödvändiga kvittocookien', { useInnerText: true });
      await expect(page.getByRole('button', { name: 'Cookieinställningar' })).toHaveCount(0);
      await expect(page.getByRole('list', { name: 'Cookies på webbplatsen' })).toBeVisible();
    });
  });
});
