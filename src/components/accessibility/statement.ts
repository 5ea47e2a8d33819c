/**
 * The accessibility statement's own dates: facts of the site, not of the company (those, the assessment's date and the
 * answer time, are in src/site.config.ts). Update `updatedOn` whenever the statement's text changes.
 */
export const ACCESSIBILITY_STATEMENT = {
  /** The day the statement's text was last reviewed and changed, "YYYY-MM-DD". */
  updatedOn: '2026-12-06',
  /** The day by which the known gap (1.3.1, the cookie settings' tables on narrow screens) is to be fixed, "YYYY-MM-DD". */
  gapFixedBy: '2027-06-30',
} as const;
