/**
 * Where the consent records are kept and how many a visitor may send (start time): DATABASE_URL or the SQLite file
 * CONSENT_DB_PATH, and CONSENT_RATE_LIMIT_MAX per CONSENT_RATE_LIMIT_WINDOW_MS.
 */
import { optionalText, optionalUrl, settingsGroup, wholeNumber } from '../lib/settings.ts';
import { storeLocation } from './records/location.ts';
import type { StoreLocation } from './records/store.ts';

export interface ConsentStoreSettings {
  location: StoreLocation;
  /** Records taken per visitor address per window; a burst beyond it gets 429. */
  limit: { max: number; windowMs: number };
}

export const consentStoreSettings = settingsGroup({
  variables: {
    /** PostgreSQL shared by several instances; unset: the SQLite file CONSENT_DB_PATH. */
    DATABASE_URL: optionalUrl(
      ['postgres:', 'postgresql:'],
      'DATABASE_URL must be a URL starting with postgres://, e.g. postgres://jainkasso:password@127.0.0.1:5432/jainkasso.',
    ),
    /** Default data/consent.sqlite in the working directory. */
    CONSENT_DB_PATH: optionalText('CONSENT_DB_PATH must be a file path.'),
    CONSENT_RATE_LIMIT_MAX: wholeNumber('CONSENT_RATE_LIMIT_MAX', 1, Number.MAX_SAFE_INTEGER, 20, 'records per window'),
    CONSENT_RATE_LIMIT_WINDOW_MS: wholeNumber('CONSENT_RATE_LIMIT_WINDOW_MS', 1000, Number.MAX_SAFE_INTEGER, 60_000, 'milliseconds'),
  },
  build: (values, { cwd }): ConsentStoreSettings => ({
    location: storeLocation(values, cwd),
    limit: { max: values.CONSENT_RATE_LIMIT_MAX, windowMs: values.CONSENT_RATE_LIMIT_WINDOW_MS },
  }),
});
