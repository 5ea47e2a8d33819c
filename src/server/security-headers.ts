import { readFileSync, existsSync } from 'node:fs';

/** Headers every response carries, whatever serves it: static file, prerendered or on-demand page, 404, error, HEAD. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  // No Cross-Origin-Opener-Policy: it makes the browser put every arrival from another page (a search result, a new
  // tab) in a browsing context group of its own, in Chromium a renderer started for it: 25-30 ms more main-thread work
  // before the first paint in the bench's trace, four times that on a slow phone (docs/performance.md). What it guards
  // against is a window that opened ours or that ours opened; this site opens none, cannot be framed (above, and the
  // CSP's frame-ancestors) and has no frames to count.
};

/** One entry of the node adapter's `_headers.json`: the headers Astro computed for a prerendered page. */
type StaticHeadersEntry = { pathname: string; headers: { key: string; value: string }[] };

/** "/cookies/", "/cookies/index.html" and "/cookies" are the same page; so are "/" and "/index.html". */
export function pagePath(url: string): string {
  const path = url.split(/[?#]/, 1)[0]!.replace(/\/index\.html$/, '/');
  return path.length > 1 ? path.replace(/\/+$/, '') : '/';
}

/**
 * Per-page Content-Security-Policy from the build (Astro's hashes for each page's scripts and styles), read from the
 * node adapter's `staticHeaders` output, dist/_headers.json. On-demand pages get theirs from Astro as they render.
 */
export function loadPageCsp(headersFile: URL): Map<string, string> {
  const csp = new Map<string, string>();
  if (!existsSync(headersFile)) return csp;
  const entries = JSON.parse(readFileSync(headersFile, 'utf8')) as StaticHeadersEntry[];
  for (const { pathname, headers } of entries) {
    const value = headers.find(({ key }) => key.toLowerCase() === 'content-security-policy')?.value;
    if (value) csp.set(pagePath(pathname), value);
  }
  return csp;
}
