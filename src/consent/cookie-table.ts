import { consentText, formatDuration, partyText } from '../i18n/consent';
import type { ConsentConfig } from './config';

/** One row of the cookie table, as the visitor reads it. */
export interface CookieTableRow {
  name: string;
  provider: string;
  party: string;
  purpose: string;
  duration: string;
  category: string;
}

/** The table's columns in order, with their Swedish headings. */
export const cookieTableColumns = (Object.keys(consentText.table.headers) as (keyof CookieTableRow)[]).map((key) => ({
  key,
  label: consentText.table.headers[key],
}));

/** The rows of the cookie table, one per cookie in the config, in its order. */
export function cookieTableRows(config: ConsentConfig): CookieTableRow[] {
  return config.cookies.map((cookie) => ({
    name: cookie.shownAs ?? cookie.name,
    provider: cookie.provider,
    party: partyText[cookie.party],
    purpose: cookie.purpose,
    duration: formatDuration(cookie.maxAgeSeconds),
    category: config.categories[cookie.category].title,
  }));
}
