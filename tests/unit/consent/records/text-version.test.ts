import { describe, expect, it } from 'vitest';
import { consentConfig, defineConsentConfig, DEFAULT_RECORD_RETENTION_MONTHS, parseConsentConfig } from '../../../../src/consent/config';
import { consentPageData, translation } from '../../../../src/consent/page-data.server';
import { consentManifest } from '../../../../src/consent/records/manifest.server';
import { toLocale } from '../../../../src/i18n/locales';
import { serialiseText, textVersion } from '../../../../src/consent/records/text-version';

describe('the text version', () => {
  it('is the same on every page of a language and in the manifest the server checks records against', () => {
    const manifest = consentManifest(consentConfig);
    for (const { locale: name, version, text } of manifest.texts) {
      const locale = toLocale(name);
      expect(consentPageData(consentConfig, { analytics: true, locale }).record.textVersion).toBe(version);
      expect(consentPageData(consentConfig, { analytics: false, locale }).record.textVersion).toBe(version);
      expect(textVersion(text)).toBe(version);
    }
    expect(new Set(manifest.texts.map((t) => t.version)).size).toBe(manifest.texts.length);
  });

  it('changes with any change of what the visitor reads: a word, or a cookie in the table', () => {
    const base = serialiseText(translation(consentConfig, 'sv'));
    expect(textVersion(base.replace('Godkänn alla', 'Godkänn allt'))).not.toBe(textVersion(base));
    const otherProperty = serialiseText(translation(parseConsentConfig(defineConsentConfig('G-AB12CD34EF')), 'sv'));
    expect(textVersion(otherProperty)).not.toBe(textVersion(serialiseText(translation(parseConsentConfig(defineConsentConfig('G-ZZ12CD34EF')), 'sv'))));
  });

  it('the retention the cookie page states is the one the server keeps to', () => {
    expect(consentManifest(consentConfig).retentionMonths).toBe(consentConfig.recordRetentionMonths);
    // The default, as CONSENT_RETENTION_MONTHS is unset here (its rule: tests/unit/consent/record-retention.test.ts).
    expect(consentConfig.recordRetentionMonths).toBe(DEFAULT_RECORD_RETENTION_MONTHS);
  });
});
