/** The site's pages in both languages with their expected headings, for tests that walk every page. */
import type { Locale } from '../../src/i18n/locales';
import { ROUTES, type RouteKey } from '../../src/i18n/routes';

/** Each page's h1 in each language. The confirmation is left out: it shows something only once, after a request. */
const HEADINGS = {
  home: { sv: 'Har du fått ett brev från oss?', en: 'Have you received a letter from us?' },
  privacy: { sv: 'Integritetspolicy', en: 'Privacy policy' },
  cookies: { sv: 'Hur använder vi cookies?', en: 'How do we use cookies?' },
  contact: { sv: 'Kontakt', en: 'Contact' },
  request: { sv: 'Begär registerutdrag eller rättelse', en: 'Ask for a copy of your data or for rectification' },
  accessibility: { sv: 'Tillgänglighet för jainkasso.se', en: 'Accessibility of jainkasso.se' },
} as const satisfies Partial<Record<RouteKey, Record<Locale, string>>>;

export interface SitePage {
  key: keyof typeof HEADINGS;
  lang: Locale;
  path: string;
  h1: string;
  /** The same page in the other language. */
  counterpart: string;
}

function pagesIn(lang: Locale): SitePage[] {
  const other: Locale = lang === 'sv' ? 'en' : 'sv';
  return (Object.keys(HEADINGS) as SitePage['key'][]).map((key) => ({
    key,
    lang,
    path: ROUTES[key][lang],
    h1: HEADINGS[key][lang],
    counterpart: ROUTES[key][other],
  }));
}

/** The Swedish pages, at their current URLs. */
export const swedishPages = pagesIn('sv');
/** The English pages, under /en/. */
export const englishPages = pagesIn('en');
/** Every page, Swedish first. */
export const pages = [...swedishPages, ...englishPages];

/** The data-request form in each language: the pages that never load GA. */
export const formPaths: readonly string[] = [ROUTES.request.sv, ROUTES.request.en];

/** Pages that load GA after opt-in: every page but the data-request form, which renders BaseLayout with analytics={false}. */
export const analyticsPages = pages.filter(({ key }) => key !== 'request');
