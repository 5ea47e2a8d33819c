import { z } from 'astro/zod';
import { site } from '../site.config';
import type { ConsentText } from '../i18n/consent';
import { gaSessionCookieName, MEASUREMENT_ID_PATTERN, measurementIdFrom, PLACEHOLDER_GA_ID } from './measurement-id';
import { SESSION_COOKIE, SESSION_SECONDS } from '../lib/session';
import { QUEUE_KEY } from './records/sender';
import { CONSENT_LIFETIME_DAYS, minimumRecordRetentionMonths, RETENTION_ERROR, retentionMonthsFrom } from './record-retention';

/**
 * The one source of truth for cookie consent: the banner's categories, the auto-clear rules,
 * the GA loader and the cookie table on /cookies/ are all built from `consentConfig` below.
 * It holds the facts, the same in every language; what a category or cookie is called and is for is text,
 * looked up by its id in src/i18n/<locale>/consent.ts. Validated at build time; the browser gets the
 * validated result (see ./page-data.ts).
 */

export { PLACEHOLDER_GA_ID, measurementIdFrom, gaSessionCookieName };

/** The library's own cookie, which holds the visitor's choice. */
export const CONSENT_COOKIE = 'cc_cookie';

const DAY_SECONDS = 24 * 60 * 60;

/** GA4 keeps `_ga` and `_ga_<measurement ID without "G-">` for two years. */
const GA_COOKIE_SECONDS = 730 * DAY_SECONDS;

/** The company that receives GA's data in the EEA (Google's data processing terms), in the table and the supplement. */
export const GA_PROVIDER = 'Google Ireland Ltd';

/**
 * Records of choices are kept this long unless CONSENT_RETENTION_MONTHS says otherwise: the consent's lifetime plus
 * GA's retention (./record-retention.ts), so a consent can be shown for as long as GA keeps what it covered.
 */
export const DEFAULT_RECORD_RETENTION_MONTHS = minimumRecordRetentionMonths(site.gaRetentionMonths);

const CategoryIdSchema = z.enum(['necessary', 'analytics']);
export type CategoryId = z.infer<typeof CategoryIdSchema>;

/** A category's title and description are its text (`categories` in the strings). */
const CategorySchema = z.object({
  /** The visitor cannot turn it off. */
  readOnly: z.boolean(),
});

/** The cookies that have a text (`cookies` in the strings): what each is for, in every language. */
export const COOKIE_IDS = ['consent', 'confirmation', 'recordQueue', 'gaClient', 'gaSession'] as const satisfies readonly (keyof ConsentText['cookies'])[];
const CookieIdSchema = z.enum(COOKIE_IDS);
export type CookieId = z.infer<typeof CookieIdSchema>;

const CookieSchema = z.object({
  /** Which text describes it: its purpose, in every language. */
  id: CookieIdSchema,
  /** A cookie, or a key in the browser's localStorage (the table lists every storage the site uses). */
  storage: z.enum(['cookie', 'localStorage']),
  /** The cookie's (or key's) name as the browser stores it. */
  name: z.string().regex(/^[\w.-]+$/, { error: 'a cookie name may hold only letters, digits, "_", "-" and "."' }),
  /** The name is a stand-in until PUBLIC_GA_ID is set: the table shows its text's `placeholderName` (`_ga_<mätnings-ID>`) instead. */
  placeholder: z.boolean().optional(),
  /** Who sets it and receives its data. */
  provider: z.string().min(1),
  /** First party: stored under this site's domain (even when Google's script writes it); third party: under another domain. */
  party: z.enum(['first', 'third']),
  /** How long the browser keeps a cookie, in seconds; a localStorage key has no expiry, its text's `duration` says how long. */
  maxAgeSeconds: z.int().positive().optional(),
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
    /** Every cookie the site sets or lets set, and every localStorage key it uses, in table order. */
    cookies: z.array(CookieSchema).min(1),
    /** Months each record of a choice is kept on the server (CONSENT_RETENTION_MONTHS at build time; the cookie page states it). */
    recordRetentionMonths: z.int({ error: RETENTION_ERROR }).min(1, { error: RETENTION_ERROR }).max(120, { error: RETENTION_ERROR }),
  })
  .check((ctx) => {
    const { categories, cookies } = ctx.value;
    if (!categories.necessary.readOnly) {
      ctx.issues.push({ code: 'custom', input: categories.necessary, path: ['categories', 'necessary', 'readOnly'], message: 'the necessary category must be read-only' });
    }
    if (categories.analytics.readOnly) {
      ctx.issues.push({ code: 'custom', input: categories.analytics, path: ['categories', 'analytics', 'readOnly'], message: 'the visitor must be able to refuse analytics' });
    }
    cookies.forEach((cookie, i) => {
      if (cookie.storage === 'cookie' && cookie.maxAgeSeconds === undefined) {
        ctx.issues.push({ code: 'custom', input: cookie, path: ['cookies', i, 'maxAgeSeconds'], message: `cookie "${cookie.name}" needs its maxAgeSeconds` });
      }
    });
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
export function defineConsentConfig(measurementId: string, recordRetentionMonths: unknown = DEFAULT_RECORD_RETENTION_MONTHS): unknown {
  const expiryDays = CONSENT_LIFETIME_DAYS;
  return {
    revision: 1,
    recordRetentionMonths,
    expiryDays,
    measurementId,
    categories: {
      necessary: { readOnly: true },
      analytics: { readOnly: false },
    },
    cookies: [
      {
        id: 'consent',
        storage: 'cookie',
        name: CONSENT_COOKIE,
        provider: site.name,
        party: 'first',
        maxAgeSeconds: expiryDays * DAY_SECONDS,
        category: 'necessary',
      },
      {
        // Set by the server when a data request has been delivered, read by the confirmation page (src/requests/confirmation.ts).
        id: 'confirmation',
        storage: 'cookie',
        name: SESSION_COOKIE,
        provider: site.name,
        party: 'first',
        maxAgeSeconds: SESSION_SECONDS,
        category: 'necessary',
      },
      {
        // Records of choices not yet sent (./records/sender.ts): only while the server has not taken them.
        id: 'recordQueue',
        storage: 'localStorage',
        name: QUEUE_KEY,
        provider: site.name,
        party: 'first',
        category: 'necessary',
      },
      { id: 'gaClient', storage: 'cookie', name: '_ga', provider: GA_PROVIDER, party: 'first', maxAgeSeconds: GA_COOKIE_SECONDS, category: 'analytics' },
      {
        id: 'gaSession',
        storage: 'cookie',
        name: gaSessionCookieName(measurementId),
        // Never show visitors the placeholder's X's as if it were a real name.
        ...(measurementId === PLACEHOLDER_GA_ID && { placeholder: true }),
        provider: GA_PROVIDER,
        party: 'first',
        maxAgeSeconds: GA_COOKIE_SECONDS,
        category: 'analytics',
        clearPrefix: '_ga_',
      },
    ],
  };
}

export const consentConfig: ConsentConfig = parseConsentConfig(
  // Read when the pages are built: the cookie page and the manifest the server reads are written with the same value.
  defineConsentConfig(measurementIdFrom(import.meta.env.PUBLIC_GA_ID), retentionMonthsFrom(process.env.CONSENT_RETENTION_MONTHS, DEFAULT_RECORD_RETENTION_MONTHS)),
);
