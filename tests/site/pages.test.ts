/** Every page as served: its language, headings, meta, the client's text verbatim, contact details, and what it reads like without JavaScript. */
import { describe, expect, it } from 'vitest';
import { pages, swedishPages } from '../support/site-pages';
import { seedPages, seedSections } from '../support/seed';
import { readableText, served } from '../support/served';

const SITE = 'https://www.jainkasso.se';

describe.each(pages)('page $path', ({ path, h1, lang }) => {
  it('is served in its language with one h1, one main, its own title, description and canonical link', async () => {
    const { status, $ } = await served(path);
    expect(status).toBe(200);
    expect($('html').attr('lang')).toBe(lang);
    expect($('h1')).toHaveLength(1);
    expect(readableText($, 'h1')).toBe(h1);
    expect($('main')).toHaveLength(1);
    expect($('title').text()).toMatch(/J A Inkasso & Consulting AB/);
    expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(50);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}${path}`);
  });

  it('is never painted from half a header: its head holds the first paint until main, after the header, is parsed', async () => {
    const { $ } = await served(path);
    const expect_ = $('head link[rel="expect"][blocking="render"]');
    expect(expect_).toHaveLength(1);
    const target = $(expect_.attr('href'));
    expect(target.is('main'), 'the link names main').toBe(true);
    expect($('header.site-header').nextAll().is(target), 'main comes after the header').toBe(true);
  });

  it('carries its icon in itself, a 32 px PNG, so no visit requests one', async () => {
    const { $ } = await served(path);
    const icon = $('head link[rel="icon"]');
    expect(icon).toHaveLength(1);
    const png = Buffer.from(icon.attr('href')!.replace(/^data:image\/png;base64,/, ''), 'base64');
    expect(icon.attr('href')).toMatch(/^data:image\/png;base64,/);
    // The PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
  });

  it('without JavaScript shows its heading, text and contact details', async () => {
    const { $ } = await served(path);
    expect(readableText($, 'h1')).toBe(h1);
    expect(readableText($, 'footer')).toContain('info@jainkasso.se');
    expect(readableText($).length).toBeGreaterThan(100);
  });

  it('links to the accessibility statement from its footer', async () => {
    const { $ } = await served(path);
    const [name, href] = lang === 'sv' ? ['Tillgänglighet', '/tillganglighet/'] : ['Accessibility', '/en/accessibility/'];
    const link = $('footer a').filter((_, a) => $(a).text().trim() === name);
    expect(link).toHaveLength(1);
    expect(link.attr('href')).toBe(href);
  });

  it('is marked in the main menu, where the menu has it', async () => {
    const { $ } = await served(path);
    for (const link of $('header nav a').toArray()) {
      expect($(link).attr('aria-current'), $(link).attr('href')).toBe($(link).attr('href') === path ? 'page' : undefined);
    }
  });
});

describe("the client's text", () => {
  for (const [heading, paragraphs] of seedSections()) {
    for (const path of seedPages[heading]!) {
      it(`"${heading}" stands verbatim on ${path}`, async () => {
        const { $ } = await served(path);
        const text = readableText($);
        for (const paragraph of paragraphs) expect(text).toContain(paragraph.replace(/\s+/g, ' '));
        if (heading !== swedishPages.find((p) => p.path === path)?.h1) {
          const headings = $('main h2, main h3').toArray().map((el) => readableText($, el));
          expect(headings).toContain(heading);
        }
      });
    }
  }
});

describe('contact details', () => {
  it('phone and e-mail are links a phone can act on, beside the postal address', async () => {
    const { $ } = await served('/kontakt/');
    const link = (name: string) => $('main a').filter((_, a) => readableText($, a) === name);
    expect(link('026-16 64 70').attr('href')).toBe('tel:+4626166470');
    expect(link('info@jainkasso.se').attr('href')).toBe('mailto:info@jainkasso.se');
    expect(readableText($)).toContain('Box 358, 801 05 GÄVLE');
  });

  it('the phone number never wraps: its spaces are non-breaking', async () => {
    const { $ } = await served('/kontakt/');
    expect($('main a[href^="tel:"]').text()).toBe('026-16\u00a064\u00a070');
  });

  it.each(['/kontakt/', '/en/contact/'])('facts the client has not given are not shown on %s: no organisationsnummer, no permit', async (path) => {
    const { $ } = await served(path);
    const text = readableText($, 'body');
    expect(text).not.toMatch(/organisationsnummer/i);
    expect(text).not.toContain('Tillstånd');
    const ld = JSON.parse($('script[type="application/ld+json"]').text()) as { '@graph': Record<string, unknown>[] };
    const organization = ld['@graph'].find((node) => node['@type'] === 'Organization');
    expect(organization).toMatchObject({ name: 'J A Inkasso & Consulting AB', email: 'info@jainkasso.se' });
    expect(organization).not.toHaveProperty('identifier');
    expect(organization).not.toHaveProperty('hasCredential');
  });
});

describe('the start page', () => {
  it("leads with the debtor's question and one primary action to the form, then the other pages; the header names the company with its purpose", async () => {
    const { $ } = await served('/');
    expect(readableText($, 'h1')).toBe('Har du fått ett brev från oss?');
    const links = $('main a').toArray().map((a) => [readableText($, a), $(a).attr('href')]);
    expect(links.slice(0, 4)).toEqual([
      ['Begär dina uppgifter', '/dina-uppgifter/'],
      ['Integritetspolicy', '/integritetspolicy/'],
      ['Kontakt', '/kontakt/'],
      ['Cookies', '/cookies/'],
    ]);
    // One primary action: the form is linked once from the page's own text.
    expect($('main a[href="/dina-uppgifter/"]')).toHaveLength(1);
    expect(readableText($, 'header')).toMatch(/^J A Inkasso & Consulting AB Inkassobolag i Gävle /);
  });

  it('leads to every page', async () => {
    const { $ } = await served('/');
    for (const href of ['/integritetspolicy/', '/cookies/', '/kontakt/', '/dina-uppgifter/']) expect($(`main a[href="${href}"]`)).toHaveLength(1);
  });
});

describe('not found', () => {
  it('answers 404 in Swedish and helps the visitor on', async () => {
    const { status, $ } = await served('/finns-inte/');
    expect(status).toBe(404);
    expect(readableText($, 'h1')).toBe('Sidan finns inte');
    expect($('main a[href="/kontakt/"]')).toHaveLength(1);
  });
});

describe('for search engines', () => {
  it('robots.txt names the sitemap, and the sitemap lists the pages and nothing else', async () => {
    expect((await served('/robots.txt')).body).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect((await served('/sitemap-index.xml')).body).toContain(`${SITE}/sitemap-0.xml`);
    const sitemap = (await served('/sitemap-0.xml')).body;
    for (const { path } of pages) expect(sitemap).toContain(`<loc>${SITE}${path}</loc>`);
    expect(sitemap).not.toContain('404');
    expect(sitemap).not.toContain('/tack/');
    expect(sitemap).not.toContain('/confirmation/');
  });
});

describe('reading the policy', () => {
  it('a table of contents leads to every section', async () => {
    const { $ } = await served('/integritetspolicy/');
    const toc = $('nav').filter((_, nav) => $(`#${$(nav).attr('aria-labelledby')}`).text().trim() === 'På den här sidan');
    expect(toc).toHaveLength(1);
    const targets = toc.find('a').toArray().map((a) => $(a).attr('href'));
    const sections = $('article h2:not(#toc-heading)').toArray().map((h) => `#${$(h).attr('id')}`);
    expect(targets).toEqual(sections);
    expect(toc.find('a').toArray().map((a) => readableText($, a))).toContain('Dina rättigheter');
  });
});

describe('the footer', () => {
  it('is the same on every page of a language, with the contact details in it', async () => {
    for (const group of [pages.filter((p) => p.lang === 'sv'), pages.filter((p) => p.lang === 'en')]) {
      const footers = await Promise.all(group.map(async ({ path }) => readableText((await served(path)).$, 'footer')));
      for (const footer of footers) expect(footer).toContain('026-16 64 70');
      expect(new Set(footers).size, group.map((p) => p.path).join(', ')).toBe(1);
    }
  });
});
