/**
 * Whether a post comes from a page of this site, for the routes the server answers itself (consent records):
 * the browser's own Sec-Fetch-Site when it sends one, else its Origin against the Host it asked for.
 * A post with neither is not a browser's and is refused.
 */
import type { IncomingHttpHeaders } from 'node:http';

export function isSameOriginPost(headers: IncomingHttpHeaders): boolean {
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite !== undefined) return fetchSite === 'same-origin';
  const { origin, host } = headers;
  if (!origin || !host || !URL.canParse(origin)) return false;
  return new URL(origin).host === host.toLowerCase();
}
