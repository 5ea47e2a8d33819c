import type { CookieConsentConfig } from 'vanilla-cookieconsent';
import type { CategoryId } from './config';

/** A cookie to delete when its category is refused: by exact name, or every name with this prefix. */
export type ClearRule = { name: string } | { prefix: string };

/**
 * What the browser needs to run the consent banner on one page. Built and validated at build time,
 * written into the page as a data attribute, so the browser bundle carries no validator and no config copy.
 */
export interface ConsentPageData {
  /** May this page load Google Analytics at all (false on pages near personal data). */
  analytics: boolean;
  /** GA4 measurement ID. */
  measurementId: string;
  /** The category that gates Google Analytics. */
  analyticsCategory: CategoryId;
  /** Cookies to delete, per category, when the visitor refuses or withdraws it. */
  clear: Partial<Record<CategoryId, ClearRule[]>>;
  /** Where and with which text version the page's choices are recorded (src/consent/records). */
  record: { url: string; textVersion: string };
  /** vanilla-cookieconsent's options, without callbacks and auto-clear rules (they are not JSON); the revision always set, as each record names it. */
  options: Omit<CookieConsentConfig, 'onFirstConsent' | 'onConsent' | 'onChange' | 'onModalShow' | 'onModalHide' | 'onModalReady'> &
    Required<Pick<CookieConsentConfig, 'revision'>>;
}

/**
 * Parts of the preferences' "Ditt sparade val" section, by their `data-receipt` value; the script fills them in. A type,
 * not an object of names: the server writes and the browser reads the same checked literals, at no cost in the script.
 */
export type ReceiptPart = 'none' | 'ids' | 'id' | 'changed';

/** The data attribute on the consent root that carries the page's data. */
export const PAGE_DATA_ATTRIBUTE = 'data-consent';

export function encodePageData(data: ConsentPageData): string {
  return JSON.stringify(data);
}

/** The page's data, or null when it is missing or unreadable (then nothing runs and nothing loads). */
export function decodePageData(value: string | null | undefined): ConsentPageData | null {
  try {
    // Missing or empty fails to parse; not an object (null, a number, a string, an array) has no `options`.
    const data = JSON.parse(value ?? '') as Partial<ConsentPageData> | null;
    if (typeof data?.options !== 'object' || typeof data.measurementId !== 'string' || typeof data.record !== 'object') return null;
    // Analytics only where the page says so explicitly.
    return { ...(data as ConsentPageData), analytics: data.analytics === true };
  } catch {
    return null;
  }
}
