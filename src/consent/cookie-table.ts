import { consentText, formatDuration } from '../i18n/consent';
import type { Locale } from '../i18n/locales';
import type { ConsentConfig, CookieEntry } from './config';

/** One row of the cookie table (a cookie or a localStorage key), as the visitor reads it. */
export interface CookieTableRow {
  name: string;
  /** Cookie or local storage. */
  storage: string;
  provider: string;
  party: string;
  purpose: string;
  duration: string;
  category: string;
}

/** The table's columns in order, with their headings in the language. */
export function cookieTableColumns(locale: Locale): { key: keyof CookieTableRow; label: string }[] {
  const { headers } = consentText(locale).table;
  return (Object.keys(headers) as (keyof CookieTableRow)[]).map((key) => ({ key, label: headers[key] }));
}

/** The name visitors see: the real one, or the text's stand-in while the real one is not known. */
function shownName(cookie: CookieEntry, locale: Locale): string {
  const text = consentText(locale).cookies[cookie.id];
  return cookie.placeholder && 'placeholderName' in text ? text.placeholderName : cookie.name;
}

/** How long a key without an expiry (localStorage) is kept, as its text says. */
function durationText(cookie: CookieEntry, locale: Locale): string {
  const text = consentText(locale).cookies[cookie.id];
  if (!('duration' in text)) throw new Error(`src/i18n/${locale}/consent.ts: "${cookie.id}" has no maxAgeSeconds in the config, so its text needs a duration`);
  return text.duration;
}

/** The rows of the cookie table, one per cookie or key in the config, in its order, in the language. */
export function cookieTableRows(config: ConsentConfig, locale: Locale): CookieTableRow[] {
  const text = consentText(locale);
  return config.cookies.map((cookie) => ({
    name: shownName(cookie, locale),
    storage: text.storage[cookie.storage],
    provider: cookie.provider,
    party: text.party[cookie.party],
    purpose: text.cookies[cookie.id].purpose,
    duration: cookie.maxAgeSeconds === undefined ? durationText(cookie, locale) : formatDuration(cookie.maxAgeSeconds, locale),
    category: text.categories[cookie.category].title,
  }));
}
