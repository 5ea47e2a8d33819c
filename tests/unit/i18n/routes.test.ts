import { describe, expect, it } from 'vitest';
import { alternatesOf, contentId, localeOfPath, missingContent, pathTo, requiredContent, ROUTES, routeOfPath } from '../../../src/i18n/routes';
import { siteText, type SiteText } from '../../../src/i18n/site';

describe('the route table', () => {
  it('gives every Swedish page one English counterpart under /en/, and the other way round', () => {
    const swedish = Object.values(ROUTES).map((paths) => paths.sv);
    const english = Object.values(ROUTES).map((paths) => paths.en);
    expect(new Set(swedish).size).toBe(swedish.length);
    expect(new Set(english).size).toBe(english.length);
    for (const path of english) expect(path).toMatch(/^\/en\/([a-z-]+\/)*$/);
    for (const path of swedish) expect(path).not.toMatch(/^\/en\//);
  });

  it('finds a page and its alternates from either language, with or without the trailing slash', () => {
    expect(routeOfPath('/en/privacy-policy')).toBe('privacy');
    expect(alternatesOf('/integritetspolicy/')).toEqual({ sv: '/integritetspolicy/', en: '/en/privacy-policy/' });
    expect(alternatesOf('/en/your-data/')).toEqual({ sv: '/dina-uppgifter/', en: '/en/your-data/' });
    expect(alternatesOf('/404')).toBeUndefined();
    expect(pathTo('home', 'en')).toBe('/en/');
  });

  it('reads the language from the path: English under /en/ only', () => {
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/en/anything')).toBe('en');
    expect(localeOfPath('/english/')).toBe('sv');
    expect(localeOfPath('/')).toBe('sv');
  });

  it('names each content page’s MDX file by its slug, the start page "start", English under en/', () => {
    expect(contentId('home', 'sv')).toBe('start');
    expect(contentId('home', 'en')).toBe('en/start');
    expect(contentId('privacy', 'sv')).toBe('integritetspolicy');
    expect(contentId('privacy', 'en')).toBe('en/privacy-policy');
  });

  it('names the missing file and its page when a translation is missing, and nothing when all are there', () => {
    const all = new Set(requiredContent().map(({ id }) => id));
    expect(missingContent(all)).toEqual([]);
    all.delete('en/privacy-policy');
    expect(missingContent(all)).toEqual([
      'content/en/privacy-policy.mdx is missing: the English page /en/privacy-policy/ (the privacy page; every page needs both languages, see src/i18n/routes.ts).',
    ]);
  });
});

describe('the interface strings', () => {
  it('are English on English pages', () => {
    expect(siteText('en').skipLink).toBe('Skip to main content');
    expect(siteText('sv').skipLink).toBe('Hoppa till innehållet');
  });

  it('must have every key in every language: a language without one is a type error (astro check)', () => {
    const { skipLink: _dropped, ...incomplete } = siteText('en');
    // @ts-expect-error -- a SiteText without skipLink does not type-check
    const broken: SiteText = incomplete;
    expect(broken).not.toHaveProperty('skipLink');
  });
});
