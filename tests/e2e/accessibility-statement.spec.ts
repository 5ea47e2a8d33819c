import { test, expect, axeViolations } from '../support/e2e/fixtures';
import { pages } from '../support/e2e/site';

test.describe('the accessibility statement', () => {
  test('is linked from the footer of every page', async ({ page }) => {
    for (const { path, lang } of pages) {
      await page.goto(path);
      const [name, href] = lang === 'sv' ? ['Tillgänglighet', '/tillganglighet/'] : ['Accessibility', '/en/accessibility/'];
      await expect(page.getByRole('contentinfo').getByRole('link', { name, exact: true }), path).toHaveAttribute('href', href);
    }
  });

  test("follows DIGG's model: how accessible, known gaps, how to report, how it was tested; says it is voluntary", async ({ page }) => {
    await page.goto('/tillganglighet/');
    const main = page.getByRole('main');
    for (const heading of ['Hur tillgänglig är webbplatsen?', 'Kända brister', 'Rapportera ett problem', 'Så har vi testat webbplatsen']) {
      await expect(main.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
    }
    await expect(main).toContainText('Redogörelsen är frivillig');
    await expect(main).toContainText('DOS-lagen');
    // Contact details from the site config.
    await expect(main.getByRole('link', { name: 'info@jainkasso.se' })).toHaveAttribute('href', 'mailto:info@jainkasso.se');
    await expect(main.getByRole('link', { name: '026-16 64 70' })).toHaveAttribute('href', 'tel:+4626166470');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('what the statement says was tested', () => {
  for (const { path } of pages) {
    test(`${path}: with WCAG 1.4.12 text spacing at 320 px, nothing scrolls sideways`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      // A constructed style sheet (CSSOM): the site's CSP allows no injected <style>, rightly.
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
      // The spacing applies (so the check below means something).
      expect(await page.locator('h1').evaluate((el) => parseFloat(getComputedStyle(el).letterSpacing))).toBeGreaterThan(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test(`${path}: in forced colours, no WCAG 2.2 AA violations and focus stays visible`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
    });
  }
});
