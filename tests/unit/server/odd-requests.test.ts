import { describe, expect, it } from 'vitest';
import { server } from '../../../src/actions/index';
import { ACTION_NAMES, oddRequest } from '../../../src/server/odd-requests';
import { isValidHost, sanitizeForwarded } from '../../../src/server/forwarded';
import { cacheControl } from '../../../src/server/cache';

describe('odd requests', () => {
  it("knows the site's actions: the list matches src/actions", () => {
    const names = Object.entries(server).flatMap(([group, actions]) => Object.keys(actions).map((name) => `${group}.${name}`));
    expect([...ACTION_NAMES].sort()).toEqual(names.sort());
  });

  it('refuses unknown actions and the Astro routes the site does not use with 404', () => {
    expect(oddRequest('POST', '/_actions/requests')).toEqual({ status: 404 });
    expect(oddRequest('POST', '/_actions/requests.submit')).toBeUndefined();
    expect(oddRequest('GET', '/_image?href=/x.png&w=10')).toEqual({ status: 404 });
    expect(oddRequest('GET', '/_server-islands/Foo')).toEqual({ status: 404 });
    expect(oddRequest('GET', '/_imagery/')).toBeUndefined();
  });

  it('answers methods a page does not take with 405 and Allow', () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS']) {
      expect(oddRequest(method, '/cookies/')).toEqual({ status: 405, allow: 'GET, HEAD' });
      expect(oddRequest(method, '/dina-uppgifter/')).toEqual({ status: 405, allow: 'GET, HEAD, POST' });
      expect(oddRequest(method, '/en/your-data/')).toEqual({ status: 405, allow: 'GET, HEAD, POST' });
      expect(oddRequest(method, '/en/your-data/confirmation/')).toEqual({ status: 405, allow: 'GET, HEAD' });
    }
    expect(oddRequest('GET', '/cookies/')).toBeUndefined();
    expect(oddRequest('HEAD', '/')).toBeUndefined();
  });
});

describe('Host header', () => {
  it.each(['www.jainkasso.se', 'localhost:4321', '127.0.0.1:80', '[::1]:4321', 'jainkasso.se.'])('accepts %s', (host) => {
    expect(isValidHost(host)).toBe(true);
  });
  it.each(['u@evil.example', 'a/b', 'a b', '', 'x:99999999', '-bad.example', undefined])('refuses %s', (host) => {
    expect(isValidHost(host)).toBe(false);
  });
});

describe('forwarded headers', () => {
  const forged = () => ({
    host: 'www.jainkasso.se',
    'x-forwarded-for': '203.0.113.9, 198.51.100.7',
    'x-forwarded-host': 'www.jainkasso.se',
    'x-forwarded-proto': 'https',
    'x-real-ip': '203.0.113.9',
    forwarded: 'for=203.0.113.9',
  });

  it('drops every forwarding header from a client that is not a trusted proxy', () => {
    const headers = forged();
    sanitizeForwarded(headers, '192.0.2.1', false);
    expect(headers).toEqual({ host: 'www.jainkasso.se' });
  });

  it('from a trusted proxy, keeps proto and host and reduces X-Forwarded-For to the client found', () => {
    const headers = forged();
    sanitizeForwarded(headers, '198.51.100.7', true);
    expect(headers).toEqual({ host: 'www.jainkasso.se', 'x-forwarded-for': '198.51.100.7', 'x-forwarded-host': 'www.jainkasso.se', 'x-forwarded-proto': 'https' });
  });
});

describe('cache', () => {
  it('keeps hashed assets for a year, and has everything else revalidated', () => {
    expect(cacheControl('/_astro/ConsentBanner.BIRTyto3.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/cookies/index.html')).toBe('no-cache');
    expect(cacheControl('/robots.txt')).toBe('no-cache');
  });
});
