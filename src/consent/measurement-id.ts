/**
 * The GA4 measurement ID and the names derived from it. Free of astro:* and import.meta.env,
 * so `npm run preflight` can read it in plain Node.
 */

/** Stands in until PUBLIC_GA_ID is set at build time: shaped like a real ID so the banner works, obviously not one. */
export const PLACEHOLDER_GA_ID = 'G-XXXXXXXXXX';

/** A GA4 measurement ID: "G-" and 4 to 16 capital letters or digits. */
export const MEASUREMENT_ID_PATTERN = /^G-[A-Z0-9]{4,16}$/;

/** The measurement ID for this build: PUBLIC_GA_ID when set, else the placeholder. */
export function measurementIdFrom(env: string | undefined): string {
  const id = env?.trim();
  return id ? id : PLACEHOLDER_GA_ID;
}

/** `_ga_<ID without "G-">`: the cookie GA4 keeps per property. */
export function gaSessionCookieName(measurementId: string): string {
  return `_ga_${measurementId.replace(/^G-/, '')}`;
}
