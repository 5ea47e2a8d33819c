/**
 * What every component needs to know about the page it renders, worked out once per request by src/middleware.ts
 * and read from `Astro.locals.page` (Starlight's pattern): its language, its strings, its place in the route table.
 */
import { consentText, type ConsentText } from './consent.ts';
import type { Locale } from './locales.ts';
import { requestText, type RequestText } from './requests.ts';
import { alternatesOf, routeOfPath, type RouteKey } from './routes.ts';
import { siteText, type SiteText } from './site.ts';

export interface PageContext {
  /** The page's language. */
  locale: Locale;
  /** The page's key in the route table; undefined outside it (the 404 pages). */
  route: RouteKey | undefined;
  /** The page's address in each language; undefined outside the route table. */
  alternates: Record<Locale, string> | undefined;
  /** The interface's strings in the page's language, one object per feature. */
  t: { site: SiteText; requests: RequestText; consent: ConsentText };
}

/** The context of the page at `pathname` in `locale`. */
export function pageContext(locale: Locale, pathname: string): PageContext {
  return {
    locale,
    route: routeOfPath(pathname),
    alternates: alternatesOf(pathname),
    t: { site: siteText(locale), requests: requestText(locale), consent: consentText(locale) },
  };
}
