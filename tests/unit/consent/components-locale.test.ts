import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import { pageContext } from '../../../src/i18n/page-context';
import { localeOfPath } from '../../../src/i18n/routes';
import { decodePageData, PAGE_DATA_ATTRIBUTE } from '../../../src/consent/page-data';
import ConsentBanner from '../../../src/components/consent/ConsentBanner.astro';
import ConsentStatus from '../../../src/components/consent/ConsentStatus.astro';
import CookieSettingsButton from '../../../src/components/consent/CookieSettingsButton.astro';
import CookieSupplement from '../../../src/components/consent/CookieSupplement.astro';
import CookieTable from '../../../src/components/consent/CookieTable.astro';

// GA's retention as the client would set it; everything else as in src/site.config.ts. (vi.mock is hoisted above the imports.)
vi.mock('../../../src/site.config', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/site.config')>();
  return { ...actual, site: { ...actual.site, gaRetentionMonths: 14 } };
});

const components = { ConsentBanner, ConsentStatus, CookieSettingsButton, CookieSupplement, CookieTable };

/** A component's HTML as the page at `path` renders it. */
async function render(name: keyof typeof components, path: string, props: Record<string, unknown> = {}): Promise<string> {
  const container = await AstroContainer.create();
  // The page's context as src/middleware.ts sets it for every page (the container runs no middleware); these
  // components read nothing else of locals.
  const locals = { page: pageContext(localeOfPath(path), path) } as App.Locals;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- outside astro check, TypeScript cannot type an .astro import.
  return container.renderToString(components[name], { props, locals, request: new Request(`https://www.jainkasso.se${path}`) });
}

/** The visible text of some HTML, white space folded. */
function text(html: string): string {
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };
  return html
    .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ' ')
    .replace(/&(?:lt|gt|amp);/g, (entity) => entities[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the consent components take their language from the page\'s URL', () => {
  it('the banner\'s data: Swedish on /cookies/, English on /en/cookies/, the same consent', async () => {
    const data = async (path: string) => {
      const html = await render('ConsentBanner', path, { analytics: true });
      const value = html.match(new RegExp(`${PAGE_DATA_ATTRIBUTE}="([^"]*)"`))![1]!.replace(/&quot;|&#34;/g, '"').replace(/&amp;/g, '&');
      return decodePageData(value)!;
    };
    const [sv, en] = [await data('/cookies/'), await data('/en/cookies/')];
    expect(sv.options.language.default).toBe('sv');
    expect(en.options.language.default).toBe('en');
    expect(Object.keys(en.options.language.translations)).toEqual(['en']);
    expect(en.options.cookie).toEqual(sv.options.cookie);
    expect(en.options.revision).toBe(sv.options.revision);
  });

  it('the settings button, the status and the table', async () => {
    expect(text(await render('CookieSettingsButton', '/'))).toBe('Cookieinställningar');
    expect(text(await render('CookieSettingsButton', '/en/'))).toBe('Cookie settings');
    expect(text(await render('ConsentStatus', '/en/cookies/'))).toMatch(/^Your choice Your choice is shown here when JavaScript is turned on/);
    expect(text(await render('CookieTable', '/en/cookies/'))).toMatch(/^Cookies and local storage this website uses cc_cookie Type Cookie Provider J A Inkasso & Consulting AB Party First party/);
    expect(text(await render('CookieTable', '/cookies/'))).toMatch(/^Cookies och lokal lagring som webbplatsen använder cc_cookie Typ Cookie Leverantör J A Inkasso & Consulting AB Part Förstapart/);
  });

  it('the supplement, with GA\'s retention once it is set, in each language', async () => {
    const sv = text(await render('CookieSupplement', '/cookies/'));
    expect(sv).toContain('Hur länge statistiken sparas Statistiken sparas i Google Analytics i 14 månader. Därefter raderas den.');
    expect(sv).toMatch(/och cookierna _ga och _ga_\S+ raderas ur din webbläsare\./);
    // The records' retention explained with the GA retention set (14 months here): 182 days (7 months) + 14.
    expect(sv).toContain('Uppgiften om ditt val sparas i 21 månader.');
    expect(sv).toContain('kan finnas kvar där i upp till 14 månader efter det.');
    const en = await render('CookieSupplement', '/en/cookies/');
    expect(en).toContain('id="supplementary-information"');
    expect(text(en)).toContain('How long the statistics are kept Google Analytics keeps the statistics for 14 months. Then they are deleted.');
    expect(text(en)).toMatch(/and the cookies _ga and _ga_\S+ are deleted from your browser\./);
    expect(text(en)).not.toMatch(/månader|och/);
  });
});
