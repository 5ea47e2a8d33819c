/**
 * Requests the site has no use for, answered with a 4xx before they reach Astro (which would answer some with a 500).
 */
import { ROUTES } from '../i18n/routes.ts';

/** The site's Astro Actions, by name (src/actions/index.ts; a unit test keeps the two in step). */
export const ACTION_NAMES: readonly string[] = ['requests.submit'];

/** Pages that receive posts: the data-request form, in each language, posts to itself. */
const POSTED_PAGES = new Set(Object.values(ROUTES.request).flatMap((path) => [path, path.replace(/\/$/, '')]));

/** Astro routes this site does not use: image transforms and server islands. */
const UNUSED_ROUTES = /^\/_(image|server-islands)(\/|$)/;

const READ_METHODS = new Set(['GET', 'HEAD']);

export type OddRequest = { status: 404 } | { status: 405; allow: string };

/** Says why a request is refused, or undefined for a request the site may answer. */
export function oddRequest(method: string, url: string): OddRequest | undefined {
  const path = url.split('?', 1)[0]!;
  const action = /^\/_actions\/(.*)$/.exec(path);
  if (action) return ACTION_NAMES.includes(action[1]!) ? methodCheck(method, true) : { status: 404 };
  if (UNUSED_ROUTES.test(path)) return { status: 404 };
  return methodCheck(method, POSTED_PAGES.has(path));
}

function methodCheck(method: string, acceptsPost: boolean): OddRequest | undefined {
  if (READ_METHODS.has(method) || (acceptsPost && method === 'POST')) return undefined;
  // POST to a page that takes none is left to the routes: a static page answers it with 405 too.
  if (method === 'POST') return undefined;
  return { status: 405, allow: acceptsPost ? 'GET, HEAD, POST' : 'GET, HEAD' };
}
