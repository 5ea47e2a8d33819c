import { test, expect, axeViolations, foldedText } from '../support/e2e/fixtures';
import { pages, swedishPages } from '../support/e2e/site';
import { seedSections, seedPages } from '../support/seed';

for (const { path, h1, lang } of pages) {
  test.describe(`page ${path}`, () => {
    test('is served in its language with one h1, its own title and description', async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(h1);
      await expect(page.locator('main')).toHaveCount(1);
      await expect(page).toHaveTitle(/J A Inkasso & Consulting AB/);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length).toBeGreaterThan(50);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://www.jainkasso.se${path}`);
    });

    test('makes no request to any other host', async ({ page, foreignRequests }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(foreignRequests).toEqual([]);
    });

    test('has no WCAG 2.2 AA violations (axe)', async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('fits a 360 px wide phone without horizontal scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test.describe('with JavaScript off', () => {
      test.use({ javaScriptEnabled: false });
      test('shows its heading, text and contact details', async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('h1')).toHaveText(h1);
        await expect(page.locator('footer')).toContainText('info@jainkasso.se');
        expect((await foldedText(page)).length).toBeGreaterThan(100);
      });
    });
  });
}

test.describe("the client's text", () => {
  for (const [heading, paragraphs] of seedSections()) {
    for (const path of seedPages[heading]!) {
      test(`"${heading}" stands verbatim on ${path}`, async ({ page }) => {
        await page.goto(path);
        const text = await foldedText(page);
        for (const paragraph of paragraphs) {
          expect(text).toContain(paragraph.replace(/\s+/g, ' '));
        }
        if (heading !== swedishPages.find((p) => p.path === path)?.h1) {
          await expect(page.locator('main').getByRole('heading', { name: heading, exact: true })).toBeVisible();
        }
      });
    }
  }
});

test.describe('contact details', () => {
  test('phone and e-mail are links a phone can act on', async ({ page }) => {
    await page.goto('/kontakt/');
    const main = page.locator('main');
    await expect(main.getByRole('link', { name: '026-16 64 70' })).toHaveAttribute('href', 'tel:+4626166470');
    await expect(main.getByRole('link', { name: 'info@jainkasso.se' })).toHaveAttribute('href', 'mailto:info@jainkasso.se');
    await expect(main).toContainText('Box 358, 801 05 GÄVLE');
  });

  test('every page shows them once: in its footer, or in its own contact block with none repeated below', async ({ page }) => {
    for (const { path } of pages) {
      await page.goto(path);
      const phoneLinks = page.getByRole('link', { name: '026-16 64 70' });
      await expect(phoneLinks, path).toHaveCount(1);
      await expect(phoneLinks).toBeVisible();
    }
  });

  test('the phone number never wraps: non-breaking spaces, on one line at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/kontakt/');
    const phone = page.locator('main a[href^="tel:"]');
    expect(await phone.textContent()).toBe('026-16\u00a064\u00a070');
    const lines = await phone.evaluate((el) => el.getClientRects().length);
    expect(lines).toBe(1);
  });

  test('facts the client has not given are not shown: no organisationsnummer, no permit', async ({ page }) => {
    for (const path of ['/kontakt/', '/en/contact/']) {
      await page.goto(path);
      await expect(page.locator('body')).not.toContainText(/organisationsnummer/i);
      await expect(page.locator('body')).not.toContainText('Tillstånd');
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@graph': Record<string, unknown>[] };
      const organization = ld['@graph'].find((node) => node['@type'] === 'Organization');
      expect(organization).toMatchObject({ name: 'J A Inkasso & Consulting AB', email: 'info@jainkasso.se' });
      expect(organization).not.toHaveProperty('identifier');
      expect(organization).not.toHaveProperty('hasCredential');
    }
  });
});

test.describe('navigation', () => {
  test('a keyboard user can skip to the main content', async ({ page }) => {
    await page.goto('/integritetspolicy/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('the start page names the company once, as its heading, and leads with the three things a visitor comes for', async ({ page }) => {
    await page.goto('/');
    const main = await foldedText(page);
    expect(main.match(/J ?A Inkasso & Consulting AB/g)).toHaveLength(1);
    await expect(page.locator('h1')).toHaveText('J A Inkasso & Consulting AB');
    const links = await page.locator('main a').allInnerTexts();
    expect(links.slice(0, 3)).toEqual(['Begär dina uppgifter', 'Integritetspolicy', 'Kontakt']);
  });

  test('the start page leads to every page', async ({ page }) => {
    await page.goto('/');
    for (const href of ['/integritetspolicy/', '/cookies/', '/kontakt/', '/dina-uppgifter/']) {
      await expect(page.locator(`main a[href="${href}"]`)).toHaveCount(1);
    }
  });

  test('on a 360 px phone the header is one row: the name and a Meny button that opens without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/cookies/', test.info().project.use.baseURL).href);
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

  test('the current page is marked in the menu', async ({ page }) => {
    await page.goto('/cookies/');
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Cookies' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});

test.describe('not found', () => {
  test('answers 404 in Swedish and helps the visitor on', async ({ page }) => {
    const response = await page.goto('/finns-inte/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Sidan finns inte');
    await expect(page.locator('main a[href="/kontakt/"]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('for search engines', () => {
  test('robots.txt names the sitemap, and the sitemap lists the pages', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Sitemap: https://www.jainkasso.se/sitemap-index.xml');
    const index = await (await request.get('/sitemap-index.xml')).text();
    expect(index).toContain('https://www.jainkasso.se/sitemap-0.xml');
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    for (const { path } of pages) expect(sitemap).toContain(`<loc>https://www.jainkasso.se${path}</loc>`);
    expect(sitemap).not.toContain('404');
    expect(sitemap).not.toContain('/tack/');
    expect(sitemap).not.toContain('/confirmation/');
  });
});

test.describe('reading the policy', () => {
  test('a table of contents leads to every section', async ({ page }) => {
    await page.goto('/integritetspolicy/');
    const toc = page.getByRole('navigation', { name: 'På den här sidan' });
    const links = toc.getByRole('link');
    const sections = page.locator('article h2:not(#toc-heading)');
    await expect(links).toHaveCount(await sections.count());
    await links.filter({ hasText: 'Dina rättigheter' }).click();
    await expect(page.locator('article').getByRole('heading', { name: 'Dina rättigheter' })).toBeInViewport();
  });

  test('prints the text and contact details without menus or buttons', async ({ page }) => {
    await page.goto('/integritetspolicy/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'På den här sidan' })).toBeHidden();
    await expect(page.locator('main')).toContainText('Du har när som helst rätt att begära rättelse');
    await expect(page.locator('main address')).toBeVisible();
  });
});
