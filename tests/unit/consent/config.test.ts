import { describe, expect, it } from 'vitest';
import {
  consentConfig,
  defineConsentConfig,
  gaSessionCookieName,
  measurementIdFrom,
  parseConsentConfig,
  PLACEHOLDER_GA_ID,
} from '../../../src/consent/config';
import { SESSION_COOKIE, SESSION_SECONDS } from '../../../src/lib/session';
import { consentText } from '../../../src/i18n/consent';
import { LOCALES } from '../../../src/i18n/locales';

/** A valid raw config to break one field at a time. */
function raw(): Record<string, unknown> {
  return structuredClone(defineConsentConfig('G-AB12CD34EF')) as Record<string, unknown>;
}

describe('consent config', () => {
  it('validates, with the choice kept 182 days and Statistik the only category a visitor can refuse', () => {
    expect(consentConfig.expiryDays).toBe(182);
    expect(consentConfig.revision).toBeGreaterThanOrEqual(1);
    expect(consentConfig.categories).toEqual({ necessary: { readOnly: true }, analytics: { readOnly: false } });
    expect(consentConfig.cookies.map((c) => c.name)).toEqual([
      'cc_cookie',
      'dina-uppgifter-kvitto',
      'consent-records',
      '_ga',
      gaSessionCookieName(consentConfig.measurementId),
    ]);
  });

  it('takes the measurement ID from PUBLIC_GA_ID, with a clearly marked placeholder when unset', () => {
    expect(measurementIdFrom(undefined)).toBe(PLACEHOLDER_GA_ID);
    expect(measurementIdFrom('  ')).toBe(PLACEHOLDER_GA_ID);
    expect(measurementIdFrom('G-AB12CD34EF')).toBe('G-AB12CD34EF');
    expect(PLACEHOLDER_GA_ID).toBe('G-XXXXXXXXXX');
    // The placeholder passes validation, so the default build shows the banner working.
    expect(parseConsentConfig(defineConsentConfig(PLACEHOLDER_GA_ID)).measurementId).toBe(PLACEHOLDER_GA_ID);
  });

  it('lists the form\'s confirmation cookie as necessary, first party, for as long as the form keeps it', () => {
    expect(consentConfig.cookies.find((c) => c.name === SESSION_COOKIE)).toMatchObject({
      category: 'necessary',
      party: 'first',
      maxAgeSeconds: SESSION_SECONDS,
    });
  });

  it('marks the GA session cookie\'s name as a stand-in while the ID is the placeholder', () => {
    const placeholder = parseConsentConfig(defineConsentConfig(PLACEHOLDER_GA_ID));
    expect(placeholder.cookies.find((c) => c.clearPrefix)).toMatchObject({ name: '_ga_XXXXXXXXXX', placeholder: true });
    const real = parseConsentConfig(defineConsentConfig('G-AB12CD34EF'));
    expect(real.cookies.find((c) => c.clearPrefix)?.placeholder).toBeUndefined();
  });

  it('holds facts only: every cookie and category it names has its text in Swedish and in English', () => {
    for (const locale of LOCALES) {
      const text = consentText(locale);
      for (const cookie of consentConfig.cookies) {
        expect(text.cookies[cookie.id].purpose.length, `${locale}: ${cookie.id}`).toBeGreaterThan(10);
        if (cookie.placeholder) expect(text.cookies[cookie.id], `${locale}: ${cookie.id}`).toHaveProperty('placeholderName');
      }
      for (const id of Object.keys(consentConfig.categories) as (keyof typeof consentConfig.categories)[]) {
        expect(text.categories[id].title, `${locale}: ${id}`).not.toBe('');
      }
    }
    expect(JSON.stringify(consentConfig)).not.toMatch(/Nödvändiga|Statistik|Sparar|Stores/);
    expect(parseConsentConfig(defineConsentConfig(PLACEHOLDER_GA_ID)).cookies.filter((c) => c.placeholder).map((c) => c.id)).toEqual(['gaSession']);
  });

  it('names the per-property GA cookie after the ID without "G-"', () => {
    expect(gaSessionCookieName('G-AB12CD34EF')).toBe('_ga_AB12CD34EF');
    const config = parseConsentConfig(defineConsentConfig('G-AB12CD34EF'));
    expect(config.cookies.find((c) => c.name === '_ga_AB12CD34EF')).toMatchObject({ category: 'analytics', clearPrefix: '_ga_' });
  });

  describe('a bad config fails the build with an error that says what to fix', () => {
    it('a measurement ID that is not a GA4 ID points at PUBLIC_GA_ID', () => {
      expect(() => parseConsentConfig({ ...raw(), measurementId: 'UA-12345-1' })).toThrow(
        /src\/consent\/config\.ts\) is invalid:[\s\S]*check PUBLIC_GA_ID\s+→ at measurementId/,
      );
    });

    it('a necessary category the visitor could switch off', () => {
      const config = raw() as { categories: { necessary: { readOnly: boolean } } };
      config.categories.necessary.readOnly = false;
      expect(() => parseConsentConfig(config)).toThrow(/must be read-only\s+→ at categories\.necessary\.readOnly/);
    });

    it('analytics the visitor could not refuse', () => {
      const config = raw() as { categories: { analytics: { readOnly: boolean } } };
      config.categories.analytics.readOnly = true;
      expect(() => parseConsentConfig(config)).toThrow(/able to refuse analytics/);
    });

    it('a cookie listed twice, or in a category that does not exist', () => {
      const config = raw() as { cookies: Record<string, unknown>[] };
      config.cookies.push({ ...config.cookies[3] });
      expect(() => parseConsentConfig(config)).toThrow(/cookie "_ga" is listed twice/);
      const unknownCategory = raw() as { cookies: Record<string, unknown>[] };
      unknownCategory.cookies[3]!.category = 'marketing';
      expect(() => parseConsentConfig(unknownCategory)).toThrow(/expected one of "necessary"\|"analytics"\s+→ at cookies\[3\]\.category/);
    });

    it('a cookie without a text to describe it', () => {
      const config = raw() as { cookies: Record<string, unknown>[] };
      config.cookies[3]!.id = 'marketing';
      expect(() => parseConsentConfig(config)).toThrow(/expected one of "consent"\|"confirmation"\|"recordQueue"\|"gaClient"\|"gaSession"\s+→ at cookies\[3\]\.id/);
    });

    it('a cookie without its lifetime (only a localStorage key has none), or stored nowhere the table knows', () => {
      const config = raw() as { cookies: Record<string, unknown>[] };
      delete config.cookies[3]!.maxAgeSeconds;
      expect(() => parseConsentConfig(config)).toThrow(/cookie "_ga" needs its maxAgeSeconds\s+→ at cookies\[3\]\.maxAgeSeconds/);
      const sessionStorage = raw() as { cookies: Record<string, unknown>[] };
      sessionStorage.cookies[3]!.storage = 'sessionStorage';
      expect(() => parseConsentConfig(sessionStorage)).toThrow(/→ at cookies\[3\]\.storage/);
    });

    it('a choice kept longer than 13 months, or a revision that is not a whole number', () => {
      expect(() => parseConsentConfig({ ...raw(), expiryDays: 400 })).toThrow(/expiryDays: ask again at least every 13 months/);
      expect(() => parseConsentConfig({ ...raw(), revision: 1.5 })).toThrow(/revision/);
    });
  });
});
