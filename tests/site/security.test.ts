/** The server's headers on every page and file, and what the browser may cache, read from its answers. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pages } from '../support/site-pages';
import { served } from '../support/served';

const expectedHeaders = {
  'strict-transport-security': /max-age=\d{8,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
};

describe('security headers', () => {
  it.each(pages)('$path sends a strict Content-Security-Policy and the security headers', async ({ path }) => {
    const { headers } = await served(path);
    for (const [name, pattern] of Object.entries(expectedHeaders)) expect(headers.get(name), name).toMatch(pattern);
    const csp = headers.get('content-security-policy') ?? '';
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/'sha(256|384|512)-/);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
  });

  it('static files and the 404 page carry them too', async () => {
    for (const path of ['/robots.txt', '/sitemap-index.xml', '/finns-inte/']) {
      const { headers } = await served(path);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('strict-transport-security'), path).toBeTruthy();
    }
    expect((await served('/finns-inte/')).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('caching', () => {
  /** The hashed files of the build, as the pages name them: /_astro/… */
  const assets = readdirSync(new URL('../../dist/client/_astro/', import.meta.url)).filter((name) => !/\.(br|gz)$/.test(name)).map((name) => `/_astro/${name}`);

  it('every page names its scripts and styles by hashed URL: the consent script and the preferences\' stylesheet', async () => {
    const { $ } = await served('/cookies/');
    const named = [$('[data-consent-script]').attr('data-consent-script'), $('[data-consent-stylesheet]').attr('data-consent-stylesheet')];
    expect(named.filter((url) => url?.endsWith('.js'))).toHaveLength(1);
    expect(named.filter((url) => url?.endsWith('.css'))).toHaveLength(1);
    for (const url of named) expect(assets).toContain(url);
  });

  it('hashed assets are cached for a year, pages are revalidated', async () => {
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const url of assets) {
      const cacheControl = (await served(url)).headers.get('cache-control') ?? '';
      expect(cacheControl, url).toContain('max-age=31536000');
      expect(cacheControl, url).toContain('immutable');
    }
    for (const path of ['/', '/cookies/']) expect((await served(path)).headers.get('cache-control') ?? '', path).not.toContain('immutable');
  });
});

describe('the icon', () => {
  it.each(pages)('$path names an icon the server serves as the PNG it says', async ({ path }) => {
    const { $ } = await served(path);
    const href = $('link[rel="icon"]').attr('href');
    expect(href).toBeTruthy();
    expect($('link[rel="icon"]').attr('type')).toBe('image/png');
    const icon = await served(href!);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toContain('image/png');
  });
});
