import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pageContext } from '../../../src/i18n/page-context';
import { localeOfPath } from '../../../src/i18n/routes';
import type { SiteConfig } from '../../../src/site.config';
import PrivacySupplement from '../../../src/components/privacy/PrivacySupplement.astro';

// The company's two facts, set or unset per test; everything else as in src/site.config.ts. (vi.mock is hoisted.)
const facts = vi.hoisted((): Pick<SiteConfig, 'collectionLegalBasis' | 'collectionRetention'> => ({}));
vi.mock('../../../src/site.config', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/site.config')>();
  return { ...actual, site: new Proxy(actual.site, { get: (target, key: string) => (key in facts ? facts[key as keyof typeof facts] : target[key as keyof SiteConfig]) }) };
});

/** The supplement's visible text on the policy at `path`, white space folded. */
async function render(path: string): Promise<string> {
  const container = await AstroContainer.create();
  const locals = { page: pageContext(localeOfPath(path), path) } as App.Locals;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- outside astro check, TypeScript cannot type an .astro import.
  const html = await container.renderToString(PrivacySupplement, { locals, request: new Request(`https://www.jainkasso.se${path}`) });
  return html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

describe("the privacy policy's supplement, with the company's facts from the site config", () => {
  beforeEach(() => {
    facts.collectionLegalBasis = undefined;
    facts.collectionRetention = undefined;
  });

  it('shows neither the legal basis nor the retention while unset, in either language', async () => {
    const sv = await render('/integritetspolicy/');
    expect(sv).toContain('Rätt till registerutdrag');
    expect(sv).not.toMatch(/Rättslig grund för inkassoverksamheten|Hur länge uppgifterna sparas/);
    const en = await render('/en/privacy-policy/');
    expect(en).toContain('Right of access');
    expect(en).not.toMatch(/Legal basis of the debt collection|How long the data is kept/);
  });

  it("shows each once set, in the page's language, under its own term", async () => {
    facts.collectionLegalBasis = { sv: 'Berättigat intresse av att få betalt (artikel 6.1 f).', en: 'A legitimate interest in being paid (Article 6(1)(f)).' };
    expect(await render('/integritetspolicy/')).toContain('Rättslig grund för inkassoverksamheten Berättigat intresse av att få betalt (artikel 6.1 f).');
    expect(await render('/integritetspolicy/')).not.toContain('Hur länge uppgifterna sparas');
    facts.collectionRetention = { sv: 'Ett år efter full betalning; räkenskapsinformation i sju år.', en: 'One year after payment in full; accounting records for seven years.' };
    expect(await render('/integritetspolicy/')).toContain('Hur länge uppgifterna sparas Ett år efter full betalning; räkenskapsinformation i sju år.');
    const en = await render('/en/privacy-policy/');
    expect(en).toContain('Legal basis of the debt collection A legitimate interest in being paid (Article 6(1)(f)).');
    expect(en).toContain('How long the data is kept One year after payment in full; accounting records for seven years.');
  });
});
