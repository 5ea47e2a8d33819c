/**
 * How long a record of a consent choice is kept: one rule for the build's default (config.ts), what /cookies/ states
 * and what `npm run preflight` accepts. Proof of consent is needed as long as the processing it covers lasts
 * (EDPB 05/2020 §§104–108): the choice holds for CONSENT_LIFETIME_DAYS, and what GA collected under it is kept for
 * GA's retention after that. Plain Node imports this (preflight): no astro:*, imports with extensions.
 */

/** Days a visitor's choice holds (the `cc_cookie` lifetime) before we ask again. */
export const CONSENT_LIFETIME_DAYS = 182;

/** GA4's longest retention outside Analytics 360: assumed while `gaRetentionMonths` is unset in src/site.config.ts. */
export const GA_RETENTION_MONTHS_UNSET = 14;

/** The shortest calendar month: this many days per month always covers the days, whatever month a record is made in. */
const SHORTEST_MONTH_DAYS = 28;

/** Whole calendar months that always span at least `days` days. */
export function monthsCovering(days: number): number {
  return Math.ceil(days / SHORTEST_MONTH_DAYS);
}

/** The shortest retention that still proves a consent for as long as GA keeps what was collected under it. */
export function minimumRecordRetentionMonths(gaRetentionMonths: number | undefined): number {
  return monthsCovering(CONSENT_LIFETIME_DAYS) + (gaRetentionMonths ?? GA_RETENTION_MONTHS_UNSET);
}

export const RETENTION_ERROR = 'CONSENT_RETENTION_MONTHS must be a whole number of months from 1 to 120';

/** CONSENT_RETENTION_MONTHS as a number (unset or empty: `fallback`); anything else is left for the schema to refuse. */
export function retentionMonthsFrom(value: string | undefined, fallback: number): unknown {
  const text = value?.trim();
  if (!text) return fallback;
  return /^\d+$/.test(text) ? Number(text) : text;
}
