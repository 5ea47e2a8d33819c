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

  const statements = [
    {
      path: '/tillganglighet/',
      headings: [
        'Hur tillgänglig är webbplatsen?',
        'Vad kan du göra om du inte kan använda delar av webbplatsen?',
        'Rapportera brister i webbplatsens tillgänglighet',
        'Tillsyn',
        'Teknisk information om webbplatsens tillgänglighet',
        'Hur vi testat webbplatsen',
      ],
      unavailable: 'Innehåll som inte är tillgängligt',
      says: [
        'Redogörelsen är frivillig',
        'DOS-lagen',
        'Webbplatsen är delvis förenlig med WCAG 2.1 nivå AA och EN 301 549',
        'Vi testar den också mot WCAG 2.2 nivå AA.',
        '1.3.1 Information och relationer.',
        'lagen (2018:1937) om tillgänglighet till digital offentlig service',
        'så DIGG prövar inte klagomål på den',
        'vänder du dig därför till oss',
      ],
    },
    {
      path: '/en/accessibility/',
      headings: [
        'How accessible is the website?',
        'What can you do if you cannot use parts of the website?',
        'Report accessibility problems',
        'Supervision',
        'Technical information about the website’s accessibility', // Markdown's typographic apostrophe
        'How we have tested the website',
      ],
      unavailable: 'Content that is not accessible',
      says: [
        'This statement is voluntary',
        'the DOS Act',
        'This website is partially compliant with WCAG 2.1 level AA and EN 301 549',
        'We also test it against WCAG 2.2 level AA.',
        '1.3.1 Info and Relationships.',
        'the Act (2018:1937) on Accessibility to Digital Public Services',
        'so DIGG does not consider complaints about it',
        'please contact us',
      ],
    },
  ];
  for (const { path, headings, unavailable, says } of statements) {
    test(`${path} follows DIGG's model: status against WCAG 2.1 AA, each gap with its criterion, supervision, how it was tested`, async ({ page }) => {
      await page.goto(path);
      const main = page.getByRole('main');
      for (const heading of headings) {
        await expect(main.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
      }
      await expect(main.getByRole('heading', { name: unavailable, level: 3 })).toBeVisible();
      for (const text of says) await expect(main).toContainText(text);
      // Contact details from the site config, once, for reports and complaints.
      await expect(main.getByRole('link', { name: 'info@jainkasso.se' })).toHaveAttribute('href', 'mailto:info@jainkasso.se');
      await expect(main.getByRole('link', { name: '026-16 64 70' })).toHaveAttribute('href', 'tel:+4626166470');
      // The assessment date and the answer time are unset in the config: no sentence stands in for them
      // (tests/unit/content/accessibility-facts.test.ts renders them set).
      await expect(main).not.toContainText(/bedömde webbplatsens tillgänglighet|assessed the accessibility|Vi svarar|We answer/);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
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
