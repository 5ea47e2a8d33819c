import { z } from 'astro/zod';
import { site } from '../site.config';
import { consentText } from '../i18n/consent';
import { gaSessionCookieName, MEASUREMENT_ID_PATTERN, measurementIdFrom, PLACEHOLDER_GA_ID } from './measurement-id';
import { CONFIRMATION_COOKIE, CONFIRMATION_COOKIE_MAX_AGE_SECONDS } from '../requests/confirmation';

/**
 * The one source of truth for cookie consent: the banner's categories, the auto-clear rules,
 * the GA loader and the cookie table on /cookies/ are all built from `consentConfig` below.
 * Validated at build time; the browser gets the validated result (see ./page-data.ts).
 */

export { PLACEHOLDER_GA_ID, measurementIdFrom, gaSessionCookieName };

/** The library's own cookie, which holds the visitor's choice. */
export const CONSENT_COOKIE = 'cc_cookie';

const DAY_SECONDS = 24 * 60 * 60;

/** GA4 keeps `_ga` and `_ga_<measurement ID without "G-">` for two years. */
const GA_COOKIE_SECONDS = 730 * DAY_SECONDS;

/** The company that receives GA's data in the EEA (Google's data processing terms), in the table and the supplement. */
export const GA_PROVIDER = 'Google Ireland Ltd';

const CategoryIdSchema = z.enum(['necessary', 'analytics']);
export type CategoryId = z.infer<typeof CategoryIdSchema>;

const CategorySchema = z.object({
  /** Heading in the preferences and the table's Kategori column. */
  title: z.string().min(1),
  /** What the category is for, in plain Swedish. */
  description: z.string().min(1),
  /** The visitor cannot turn it off. */
  readOnly: z.boolean(),
});

const CookieSchema = z.object({
  /** The cookie's name as the browser stores it. */
  name: z.string().regex(/^[\w.-]+$/, { error: 'a cookie name may hold only letters, digits, "_", "-" and "."' }),
  /** How the table writes the name when the real one is not known yet, e.g. `_ga_<mätnings-ID>` before PUBLIC_GA_ID is set. */
  shownAs: z.string().min(1).optional(),
  /** Who sets it and receives its data. */
  provider: z.string().min(1),
  /** First party: stored under this site's domain (even when Google's script writes it); third party: under another domain. */
  party: z.enum(['first', 'third']),
  /** What it is for, in plain Swedish. */
  purpose: z.string().min(1),
  /** How long the browser keeps it, in seconds. */
  maxAgeSeconds: z.int().positive(),
  /** The category whose consent it needs. */
  category: CategoryIdSchema,
  /** When the category is refused, also delete every cookie whose name starts with this (e.g. an old property's `_ga_…`). */
  clearPrefix: z.string().min(2).optional(),
});

export const ConsentConfigSchema = z
  .object({
    /** Bump when what the site stores changes: every visitor is asked again. */
    revision: z.int().nonnegative(),
    /** Days the visitor's choice is kept before we ask again. */
    expiryDays: z.int().min(1).max(395, { error: 'expiryDays: ask again at least every 13 months' }),
    /** GA4 measurement ID, "G-" and letters or digits; set PUBLIC_GA_ID at build time. */
    measurementId: z
      .string()
      .regex(MEASUREMENT_ID_PATTERN, { error: 'measurementId must be a GA4 measurement ID like "G-AB12CD34EF": check PUBLIC_GA_ID' }),
    /** Nödvändiga (read-only) and Statistik. */
    categories: z.object({ necessary: CategorySchema, analytics: CategorySchema }),
    /** Every cookie the site sets or lets set, in table order. */
    cookies: z.array(CookieSchema).min(1),
  })
  .check((ctx) => {
    const { categories, cookies } = ctx.value;
    if (!categories.necessary.readOnly) {
      ctx.issues.push({ code: 'custom', input: categories.necessary, path: ['categories', 'necessary', 'readOnly'], message: 'the necessary category must be read-only' });
    }
    if (categories.analytics.readOnly) {
      ctx.issues.push({ code: 'custom', input: categories.analytics, path: ['categories', 'analytics', 'readOnly'], message: 'the visitor must be able to refuse analytics' });
    }
    const names = cookies.map((c) => c.name);
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) {
        ctx.issues.push({ code: 'custom', input: name, path: ['cookies', i, 'name'], message: `cookie "${name}" is listed twice` });
      }
    });
  });

export type ConsentConfig = z.infer<typeof ConsentConfigSchema>;
export type CookieEntry = ConsentConfig['cookies'][number];

/** The validated config, or an error that says what to fix. */
export function parseConsentConfig(input: unknown): ConsentConfig {
  const result = ConsentConfigSchema.safeParse(input);
  if (!result.success) {
    throw new Error(`The consent config (src/consent/config.ts) is invalid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** The raw settings; `consentConfig` is this, validated. */
export function defineConsentConfig(measurementId: string): unknown {
  const expiryDays = 182;
  return {
    revision: 1,
    expiryDays,
    measurementId,
    categories: {
      necessary: { ...consentText.categories.necessary, readOnly: true },
      analytics: { ...consentText.categories.analytics, readOnly: false },
    },
    cookies: [
      {
        name: CONSENT_COOKIE,
        provider: site.name,
        party: 'first',
        purpose: consentText.cookies.consent.purpose,
        maxAgeSeconds: expiryDays * DAY_SECONDS,
        category: 'necessary',
      },
      {
        // Set by the server when a data request has been delivered, read by the confirmation page (src/requests/confirmation.ts).
        name: CONFIRMATION_COOKIE,
        provider: site.name,
        party: 'first',
        purpose: consentText.cookies.confirmation.purpose,
        maxAgeSeconds: CONFIRMATION_COOKIE_MAX_AGE_SECONDS,
        category: 'necessary',
      },
      { name: '_ga', provider: GA_PROVIDER, party: 'first', ...consentText.cookies.gaClient, maxAgeSeconds: GA_COOKIE_SECONDS, category: 'analytics' },
      {
        name: gaSessionCookieName(measurementId),
        // Never show visitors the placeholder's X's as if it were a real name.
        ...(measurementId === PLACEHOLDER_GA_ID && { shownAs: consentText.cookies.gaSession.placeholderName }),
        provider: GA_PROVIDER,
        party: 'first',
        purpose: consentText.cookies.gaSession.purpose,
        maxAgeSeconds: GA_COOKIE_SECONDS,
        category: 'analytics',
        clearPrefix: '_ga_',
      },
    ],
  };
}

export const consentConfig: ConsentConfig = parseConsentConfig(
  defineConsentConfig(measurementIdFrom(import.meta.env.PUBLIC_GA_ID)),
);
