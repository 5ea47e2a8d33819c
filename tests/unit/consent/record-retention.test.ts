/**
 * How long the records of consent choices are kept by default: long enough to show a consent for as long as it holds
 * and GA then keeps what was collected under it, counted as the server counts when it deletes (retentionCutoff).
 * The cookie page stating it: tests/site/cookies-page.test.ts; preflight refusing less: tests/unit/launch/preflight.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { consentConfig, CONSENT_COOKIE, DEFAULT_RECORD_RETENTION_MONTHS } from '../../../src/consent/config';
import {
  CONSENT_LIFETIME_DAYS,
  GA_RETENTION_MONTHS_UNSET,
  minimumRecordRetentionMonths,
  retentionMonthsFrom,
} from '../../../src/consent/record-retention';
import { retentionCutoff } from '../../../src/consent/records/service';
import { site } from '../../../src/site.config';

const DAY_MS = 24 * 60 * 60 * 1000;
/** GA's settings (site.config.ts allows these). */
const GA_SETTINGS = [2, 14, 26, 38, 50];

function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

/**
 * The days of four years (one leap day) on which a record made then would be deleted before GA has deleted the last
 * data collected under it: the consent holds CONSENT_LIFETIME_DAYS, GA keeps that day's data `gaMonths` more.
 */
function daysDeletedTooSoon(retentionMonths: number, gaMonths: number): string[] {
  const early: string[] = [];
  for (let day = 0; day < 4 * 365 + 1; day++) {
    const recorded = new Date(Date.UTC(2027, 0, 1, 12) + day * DAY_MS);
    const gaDeletes = addMonths(new Date(recorded.getTime() + CONSENT_LIFETIME_DAYS * DAY_MS), gaMonths);
    // The server deletes a record once it is older than the cutoff.
    if (retentionCutoff(gaDeletes, retentionMonths) > recorded) early.push(recorded.toISOString().slice(0, 10));
  }
  return early;
}

describe('the retention of consent records', () => {
  it("counts from the one consent lifetime: cc_cookie's", () => {
    expect(consentConfig.expiryDays).toBe(CONSENT_LIFETIME_DAYS);
    expect(consentConfig.cookies.find((c) => c.name === CONSENT_COOKIE)?.maxAgeSeconds).toBe(CONSENT_LIFETIME_DAYS * 86400);
  });

  it.each(GA_SETTINGS)('with GA keeping %i months, keeps every record until GA has deleted what its consent covered', (gaMonths) => {
    const minimum = minimumRecordRetentionMonths(gaMonths);
    expect(daysDeletedTooSoon(minimum, gaMonths)).toEqual([]);
    // One month less would delete some records too soon: the rule is as short as a whole month allows.
    expect(daysDeletedTooSoon(minimum - 1, gaMonths).length).toBeGreaterThan(0);
  });

  it("assumes GA's longest standard setting, 14 months, while gaRetentionMonths is unset: 21 months", () => {
    expect(GA_RETENTION_MONTHS_UNSET).toBe(14);
    expect(minimumRecordRetentionMonths(undefined)).toBe(21);
    expect(minimumRecordRetentionMonths(2)).toBe(9);
  });

  it('defaults to that minimum for the site as configured, and the build takes it when CONSENT_RETENTION_MONTHS is unset', () => {
    expect(DEFAULT_RECORD_RETENTION_MONTHS).toBe(minimumRecordRetentionMonths(site.gaRetentionMonths));
    // Seven whole months always cover 182 days; six do not (1 September + 6 months is 181 days later).
    expect(DEFAULT_RECORD_RETENTION_MONTHS).toBe(7 + (site.gaRetentionMonths ?? GA_RETENTION_MONTHS_UNSET));
    expect(consentConfig.recordRetentionMonths).toBe(DEFAULT_RECORD_RETENTION_MONTHS);
    expect([undefined, '', ' '].map((value) => retentionMonthsFrom(value, 21))).toEqual([21, 21, 21]);
    expect(retentionMonthsFrom(' 36 ', 21)).toBe(36);
    expect(retentionMonthsFrom('two years', 21)).toBe('two years');
  });
});
