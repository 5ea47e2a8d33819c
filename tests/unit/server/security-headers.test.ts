import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pagePath, loadPageCsp } from '../../../src/server/security-headers';

describe('pagePath', () => {
  it('treats a page with and without its trailing slash or index.html as one', () => {
    expect(pagePath('/cookies/')).toBe('/cookies');
    expect(pagePath('/cookies')).toBe('/cookies');
    expect(pagePath('/cookies/index.html')).toBe('/cookies');
    expect(pagePath('/?a=1#x')).toBe('/');
    expect(pagePath('/index.html')).toBe('/');
  });
});

describe('loadPageCsp', () => {
  it("finds each page's own policy, where the adapter's lookup finds none for /cookies/", () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    const file = join(dir, '_headers.json');
    writeFileSync(
      file,
      JSON.stringify([
        { pathname: '/404', headers: [{ key: 'Content-Security-Policy', value: 'policy-404' }] },
        { pathname: '/cookies', headers: [{ key: 'Content-Security-Policy', value: 'policy-cookies' }] },
        { pathname: '/', headers: [{ key: 'Content-Security-Policy', value: 'policy-home' }] },
      ]),
    );
    const csp = loadPageCsp(pathToFileURL(file));
    expect(csp.get(pagePath('/cookies/'))).toBe('policy-cookies');
    expect(csp.get(pagePath('/'))).toBe('policy-home');
  });

  it('is empty when the build wrote no headers file', () => {
    expect(loadPageCsp(pathToFileURL('/nonexistent/_headers.json')).size).toBe(0);
  });
});
