/** How long browsers and proxies may keep a built file, by its URL path. */

/** Files under /_astro/ carry a hash of their content in their name: a new build gives a new name. */
const HASHED = /^\/_astro\//;

export function cacheControl(urlPath: string): string {
  if (HASHED.test(urlPath)) return 'public, max-age=31536000, immutable';
  // Pages, robots.txt, sitemap: kept, but checked again each time (cheap with ETag and 304).
  return 'no-cache';
}
