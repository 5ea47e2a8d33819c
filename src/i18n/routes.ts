/**
 * The route table: every page of the site, in Swedish and in English. Navigation, the language switch, hreflang,
 * the sitemap and the content check all read it, so a page and its translation are paired in one place.
 * This module is read by astro.config.mjs too, so it imports no astro:* module.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

export const ROUTES = {
  home: { sv: '/', en: '/en/' },
  privacy: { sv: '/integritetspolicy/', en: '/en/privacy-policy/' },
  cookies: { sv: '/cookies/', en: '/en/cookies/' },
  request: { sv: '/dina-uppgifter/', en: '/en/your-data/' },
  confirmation: { sv: '/dina-uppgifter/tack/', en: '/en/your-data/confirmation/' },
  contact: { sv: '/kontakt/', en: '/en/contact/' },
  accessibility: { sv: '/tillganglighet/', en: '/en/accessibility/' },
} as const satisfies Record<string, Record<Locale, string>>;

/**
 * Not pages but on-demand routes of the form, in each language: the start of an e-ID login (src/eid/routes.ts).
 * The broker's return has one path for both languages (src/eid/settings.ts), as the broker registers one.
 */
export const EID_START_ROUTES = { sv: '/dina-uppgifter/e-legitimation/', en: '/en/your-data/e-id/' } as const satisfies Record<Locale, string>;

export type RouteKey = keyof typeof ROUTES;
export const ROUTE_KEYS = Object.keys(ROUTES) as RouteKey[];

/** Pages whose text is MDX under content/ (the client's words, and their translation); the others are assembled from src/i18n/. */
export const CONTENT_ROUTES = ['home', 'privacy', 'cookies', 'contact', 'accessibility'] as const satisfies readonly RouteKey[];
export type ContentRouteKey = (typeof CONTENT_ROUTES)[number];

/** The path of a page in a language. */
export function pathTo(key: RouteKey, locale: Locale): string {
  return ROUTES[key][locale];
}

/** The language of a path: English under /en/, Swedish everywhere else. */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : DEFAULT_LOCALE;
}

/** The route a path belongs to (with or without its trailing slash), if it is one of the table's. */
export function routeOfPath(pathname: string): RouteKey | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return ROUTE_KEYS.find((key) => LOCALES.some((locale) => ROUTES[key][locale] === path));
}

/** Every language's path of the page at `pathname`, or undefined for a path outside the table. */
export function alternatesOf(pathname: string): Record<Locale, string> | undefined {
  const key = routeOfPath(pathname);
  return key && ROUTES[key];
}

/**
 * The MDX entry id (its path under content/, without .mdx) of a content page: the page's slug,
 * `start` for a home page; English under en/. So /en/privacy-policy/ is content/en/privacy-policy.mdx.
 */
export function contentId(key: ContentRouteKey, locale: Locale): string {
  const path = ROUTES[key][locale];
  const slug = path.replace(/^\/(?:en\/)?/, '').replace(/\/$/, '') || 'start';
  return locale === DEFAULT_LOCALE ? slug : `${locale}/${slug}`;
}

/** Content pages that carry the client's own Swedish words: in another language they open with the notice that the Swedish text applies. */
export const CLIENT_TEXT_ROUTES: readonly ContentRouteKey[] = ['privacy', 'cookies', 'contact'];

/** Every content page's MDX in every language, as `content/<id>.mdx` with the page it is for. */
export function requiredContent(): { id: string; key: ContentRouteKey; locale: Locale; path: string }[] {
  return CONTENT_ROUTES.flatMap((key) => LOCALES.map((locale) => ({ id: contentId(key, locale), key, locale, path: ROUTES[key][locale] })));
}

/** A sentence for each content page without its MDX among `ids`, naming the file and the page. */
export function missingContent(ids: ReadonlySet<string>): string[] {
  return requiredContent()
    .filter(({ id }) => !ids.has(id))
    .map(({ id, key, locale, path }) => `content/${id}.mdx is missing: the ${locale === DEFAULT_LOCALE ? 'Swedish' : 'English'} page ${path} (the ${key} page; every page needs both languages, see src/i18n/routes.ts).`);
}
