/** The site's languages: Swedish, the source and the default (no prefix), and English under /en/. */

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Swedish: the client's own language, the unprefixed URLs and hreflang's x-default. */
export const DEFAULT_LOCALE: Locale = 'sv';

/** How each language is named to browsers, search engines and Intl. */
export const LOCALE_INFO = {
  sv: {
    /** <html lang> and hreflang. */
    lang: 'sv',
    /** Open Graph's og:locale. */
    ogLocale: 'sv_SE',
    /** For Intl's dates and numbers. */
    intl: 'sv-SE',
    /** The language's own name, as the language switch shows it. */
    name: 'Svenska',
  },
  en: { lang: 'en', ogLocale: 'en_GB', intl: 'en-GB', name: 'English' },
} as const satisfies Record<Locale, { lang: string; ogLocale: string; intl: string; name: string }>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale Astro's i18n routing found for a page (`Astro.currentLocale`); Swedish when there is none. */
export function toLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
