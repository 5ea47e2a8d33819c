import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pageContext } from '../../../src/i18n/page-context';
import { localeOfPath } from '../../../src/i18n/routes';
import type { SiteConfig } from '../../../src/site.config';
import AccessibilityFact from '../../../src/components/accessibility/AccessibilityFact.astro';

// The statement's two facts, set or unset per test; everything else as in src/site.config.ts. (vi.mock is hoisted.)
const facts = vi.hoisted((): Pick<SiteConfig, 'accessibilityAssessedOn' | 'accessibilityResponseTime'> => ({}));
vi.mock('../../../src/site.config', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/site.config')>();
  return { ...actual, site: new Proxy(actual.site, { get: (target, key: string) => (key in facts ? facts[key as keyof typeof facts] : target[key as keyof SiteConfig]) }) };
});

/** The visible text the statement at `path` shows for one fact, white space folded. */
async function render(fact: 'assessedOn' | 'responseTime' | 'updatedOn' | 'gapPlan', path: string): Promise<string> {
  const container = await AstroContainer.create();
  const locals = { page: pageContext(localeOfPath(path), path) } as App.Locals;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- outside astro check, TypeScript cannot type an .astro import.
  const html = await container.renderToString(AccessibilityFact, { props: { fact }, locals, request: new Request(`https://www.jainkasso.se${path}`) });
  return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

describe("the accessibility statement's facts from the site config", () => {
  beforeEach(() => {
    facts.accessibilityAssessedOn = undefined;
    facts.accessibilityResponseTime = undefined;
  });

  it('show nothing while unset, in either language', async () => {
    for (const path of ['/tillganglighet/', '/en/accessibility/']) {
      expect(await render('assessedOn', path)).toBe('');
      expect(await render('responseTime', path)).toBe('');
    }
  });

  it('once set, say the date of the assessment and the time to answer, each in the page\'s language', async () => {
    facts.accessibilityAssessedOn = '2026-12-01';
    facts.accessibilityResponseTime = { sv: 'inom fem arbetsdagar', en: 'within five working days' };
    expect(await render('assessedOn', '/tillganglighet/')).toBe('Vi bedömde webbplatsens tillgänglighet senast den 1 december 2026.');
    expect(await render('assessedOn', '/en/accessibility/')).toBe('We last assessed the accessibility of the website on 1 December 2026.');
    expect(await render('responseTime', '/tillganglighet/')).toBe('Vi svarar inom fem arbetsdagar.');
    expect(await render('responseTime', '/en/accessibility/')).toBe('We answer within five working days.');
  });

  it("say when the statement was last updated and by when the known gap is to be fixed, the site's own dates, whatever the config", async () => {
    expect(await render('updatedOn', '/tillganglighet/')).toBe('Redogörelsen uppdaterades senast den 6 december 2026.');
    expect(await render('updatedOn', '/en/accessibility/')).toBe('This statement was last updated on 6 December 2026.');
    expect(await render('gapPlan', '/tillganglighet/')).toBe(
      'Vi planerar att åtgärda bristen senast den 30 juni 2027, genom att ändra hur cookieinställningarna visar tabellerna på smala skärmar.',
    );
    expect(await render('gapPlan', '/en/accessibility/')).toBe('We plan to fix this problem by 30 June 2027, by changing how the cookie settings show the tables on narrow screens.');
  });
});
