/** Both languages as served: each page names its counterpart, the switch leads there, and English pages keep the reader in English. */
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { englishPages, swedishPages } from '../support/site-pages';
import { readableText, served } from '../support/served';
import { ROUTES } from '../../src/i18n/routes';

const SITE = 'https://www.jainkasso.se';

/** Each page's hreflang alternates, as <link rel="alternate"> in its head. */
function alternates($: CheerioAPI): Record<string, string | undefined> {
  return Object.fromEntries($('head link[rel="alternate"][hreflang]').toArray().map((link) => [$(link).attr('hreflang')!, $(link).attr('href')]));
}

/** The language switch in the header: a link to the page in the other language, named in that language. */
function languageSwitch($: CheerioAPI, name: 'English' | 'Svenska') {
  const links = $('header a').filter((_, a) => readableText($, a) === name);
  expect(links).toHaveLength(1);
  return links;
}

const pairs = swedishPages.map((sv, i) => ({ sv, en: englishPages[i]! }));

describe.each(pairs)('$sv.path and $en.path', ({ sv, en }) => {
  const expected = { sv: `${SITE}${sv.path}`, en: `${SITE}${en.path}`, 'x-default': `${SITE}${sv.path}` };

  it('each in its language, naming the other as its alternate, and the switch leads between them', async () => {
    const swedish = await served(sv.path);
    expect(swedish.status).toBe(200);
    expect(swedish.$('html').attr('lang')).toBe('sv');
    expect(alternates(swedish.$)).toEqual(expected);
    const toEnglish = languageSwitch(swedish.$, 'English');
    expect([toEnglish.attr('lang'), toEnglish.attr('hreflang'), toEnglish.attr('href')]).toEqual(['en', 'en', en.path]);

    const english = await served(en.path);
    expect(english.status).toBe(200);
    expect(english.$('html').attr('lang')).toBe('en');
    expect(readableText(english.$, 'h1')).toBe(en.h1);
    expect(alternates(english.$)).toEqual(expected);
    const toSwedish = languageSwitch(english.$, 'Svenska');
    expect([toSwedish.attr('lang'), toSwedish.attr('hreflang'), toSwedish.attr('href')]).toEqual(['sv', 'sv', sv.path]);
  });
});

it('the confirmation pages: each in its language, the switch between them, kept out of search engines', async () => {
  const english = await served(ROUTES.confirmation.en);
  const swedish = await served(ROUTES.confirmation.sv);
  for (const [{ status, $ }, lang] of [[swedish, 'sv'], [english, 'en']] as const) {
    expect(status).toBe(200);
    expect($('html').attr('lang')).toBe(lang);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(alternates($)).toEqual({});
  }
  expect(languageSwitch(swedish.$, 'English').attr('href')).toBe(ROUTES.confirmation.en);
});

describe('an English page', () => {
  it.each([
    ['/en/privacy-policy/', 'en_GB', 'sv_SE', 'en'],
    ['/integritetspolicy/', 'sv_SE', 'en_GB', 'sv'],
  ] as const)('%s says its language to social sites and search engines: og:locale %s, JSON-LD inLanguage %s', async (path, ogLocale, alternate, inLanguage) => {
    const { $ } = await served(path);
    expect($('meta[property="og:locale"]').attr('content')).toBe(ogLocale);
    expect($('meta[property="og:locale:alternate"]').attr('content')).toBe(alternate);
    const ld = JSON.parse($('script[type="application/ld+json"]').text()) as { '@graph': Record<string, unknown>[] };
    expect(ld['@graph'].find((node) => node['@type'] === 'WebPage')).toMatchObject({ inLanguage, url: `${SITE}${path}` });
  });

  it('keeps the reader in English: skip link, menu, footer and start page all lead to English pages', async () => {
    const { $ } = await served('/en/');
    const skip = $('body a').first();
    expect([readableText($, skip[0]), skip.attr('href')]).toEqual(['Skip to main content', '#main']);
    const menu = $('nav').filter((_, nav) => $(nav).attr('aria-label') === 'Main menu').first();
    expect(menu.find('a').toArray().map((a) => readableText($, a))).toEqual(['Home', 'Privacy policy', 'Cookies', 'Request your data', 'Contact']);
    expect(menu.find('a[aria-current="page"]').text().trim()).toBe('Home');
    const internal = $('header nav a, footer a, main a').toArray().map((a) => $(a).attr('href')!).filter((href) => href.startsWith('/'));
    expect(internal.length).toBeGreaterThan(10);
    for (const href of internal) expect(href).toMatch(/^\/en\//);
    expect(readableText($, 'footer')).toContain('Phone:');
    expect($('main a').toArray().map((a) => readableText($, a)).slice(0, 3)).toEqual(['Request your data', 'Privacy policy', 'Contact']);
  });

  it("opens a translation of the client's text with the notice that the Swedish text applies", async () => {
    const notice = 'If the two differ, the Swedish text applies.';
    for (const path of ['/en/privacy-policy/', '/en/cookies/', '/en/contact/']) {
      const { $ } = await served(path);
      expect(readableText($, 'main h1 + p'), path).toContain(notice);
    }
    for (const path of ['/en/accessibility/', '/integritetspolicy/']) {
      const { $ } = await served(path);
      expect(readableText($), path).not.toContain(notice);
    }
  });
});

describe('an unknown address', () => {
  it('under /en/ answers 404 in English and helps the reader on, in English', async () => {
    const { status, $ } = await served('/en/no-such-page/');
    expect(status).toBe(404);
    expect($('html').attr('lang')).toBe('en');
    expect(readableText($, 'h1')).toBe('Page not found');
    expect($('main a[href="/en/privacy-policy/"]')).toHaveLength(1);
    expect($('main a[href="mailto:info@jainkasso.se"]').text()).toBe('info@jainkasso.se');
    expect(languageSwitch($, 'Svenska').attr('href')).toBe('/');
  });

  it('that is Swedish still gets the Swedish 404', async () => {
    const { status, $ } = await served('/enx/');
    expect(status).toBe(404);
    expect($('html').attr('lang')).toBe('sv');
  });
});

it('the sitemap lists both languages, each page with both alternates and x-default', async () => {
  const sitemap = (await served('/sitemap-0.xml')).body;
  const entries = new Map(
    [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, links]) => [
      loc!,
      Object.fromEntries([...links!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang!, href!])),
    ]),
  );
  for (const { sv, en } of pairs) {
    const expected = { sv: `${SITE}${sv.path}`, en: `${SITE}${en.path}`, 'x-default': `${SITE}${sv.path}` };
    expect(entries.get(`${SITE}${sv.path}`), sv.path).toEqual(expected);
    expect(entries.get(`${SITE}${en.path}`), en.path).toEqual(expected);
  }
  expect(entries.size).toBe(pairs.length * 2);
});
