/** The site's shared interface strings in each language, and the navigation read from the route table. */
import type { Locale } from './locales.ts';
import { pathTo, type RouteKey } from './routes.ts';
import { site as en } from './en/site.ts';
import { site as sv, type SiteText } from './sv/site.ts';

export type { SiteText };

const texts: Record<Locale, SiteText> = { sv, en };

export function siteText(locale: Locale): SiteText {
  return texts[locale];
}

/** The main navigation's pages, in menu order. */
const MENU: readonly (keyof SiteText['pageNames'])[] = ['home', 'privacy', 'cookies', 'request', 'contact'];

export interface NavLink {
  key: RouteKey;
  href: string;
  label: string;
}

/** The main navigation in a language. */
export function navigation(locale: Locale): NavLink[] {
  return MENU.map((key) => ({ key, href: pathTo(key, locale), label: texts[locale].pageNames[key] }));
}

/** The footer's links: every page but home, then the accessibility statement. */
export function footerLinks(locale: Locale): NavLink[] {
  return [...navigation(locale).filter(({ key }) => key !== 'home'), { key: 'accessibility', href: pathTo('accessibility', locale), label: texts[locale].pageNames.accessibility }];
}

/** The start page's links with a line of explanation each, in their order. */
export function startLinks(locale: Locale): (NavLink & { text: string })[] {
  return (Object.entries(texts[locale].startLinks) as [keyof SiteText['startLinks'], { label: string; text: string }][]).map(([key, link]) => ({
    key,
    href: pathTo(key, locale),
    ...link,
  }));
}
