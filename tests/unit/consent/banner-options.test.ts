import { describe, expect, it } from 'vitest';
import { consentConfig, parseConsentConfig, defineConsentConfig, gaSessionCookieName } from '../../../src/consent/config';
import { clearRules, consentPageData } from '../../../src/consent/page-data.server';

describe('the banner\'s options, built from the config', () => {
  const data = consentPageData(consentConfig, { analytics: true });
  const { options } = data;

  it('opt-in, nothing pre-ticked: only Nödvändiga is on, and it is read-only', () => {
    expect(options.mode).toBe('opt-in');
    expect(options.categories).toEqual({
      necessary: { enabled: true, readOnly: true },
      analytics: { enabled: false, readOnly: false },
    });
  });

  it('keeps the choice for the config\'s days in cc_cookie, under the config\'s revision', () => {
    expect(options.cookie).toMatchObject({ name: 'cc_cookie', expiresAfterDays: 182 });
    expect(options.revision).toBe(consentConfig.revision);
    expect(options.hideFromBots).toBe(true);
  });

  it('refusing Statistik clears _ga and every _ga_… cookie, never the consent cookie', () => {
    expect(data.clear).toEqual({ analytics: [{ name: '_ga' }, { name: gaSessionCookieName(consentConfig.measurementId) }, { prefix: '_ga_' }] });
    // The consent cookie and the form's confirmation are necessary: never cleared.
    expect(clearRules(consentConfig, 'necessary')).toEqual([]);
  });

  it('offers "Godkänn alla" and "Neka alla" in both layers, links to /cookies/, and speaks Swedish', () => {
    const sv = options.language.translations.sv as Exclude<(typeof options.language.translations)[string], string | (() => unknown)>;
    expect(options.language.default).toBe('sv');
    expect(sv.consentModal).toMatchObject({ acceptAllBtn: 'Godkänn alla', acceptNecessaryBtn: 'Neka alla', showPreferencesBtn: 'Inställningar' });
    expect(sv.consentModal.description).toContain('href="/cookies/"');
    expect(sv.consentModal.description).toContain('Google Ireland Ltd');
    expect(sv.consentModal.description).toContain('{{revisionMessage}}');
    expect(sv.preferencesModal).toMatchObject({ acceptAllBtn: 'Godkänn alla', acceptNecessaryBtn: 'Neka alla' });
    expect(options.guiOptions?.consentModal?.equalWeightButtons).toBe(true);
    expect(options.guiOptions?.preferencesModal?.equalWeightButtons).toBe(true);
  });

  it('one section per category, whose table lists that category\'s cookies from the config', () => {
    const sv = options.language.translations.sv as { preferencesModal: { sections: { linkedCategory?: string; title?: string; cookieTable?: { body: Record<string, string>[] } }[] } };
    const sections = sv.preferencesModal.sections.filter((s) => s.linkedCategory);
    expect(sections.map((s) => [s.linkedCategory, s.title])).toEqual([
      ['necessary', 'Nödvändiga'],
      ['analytics', 'Statistik'],
    ]);
    expect(sections[0]!.cookieTable!.body.map((r) => r.name)).toEqual(['cc_cookie', 'dina-uppgifter-kvitto']);
    // As the table on /cookies/ writes them (the placeholder ID reads _ga_<mätnings-ID>), HTML-escaped.
    expect(sections[1]!.cookieTable!.body.map((r) => r.name)).toEqual(['_ga', '_ga_&lt;mätnings-ID&gt;']);
    // The library inserts these as HTML: the company's "&" is escaped.
    expect(sections[0]!.cookieTable!.body[0]!.provider).toBe('J A Inkasso &amp; Consulting AB');
  });

  it('carries the measurement ID the GA loader will use', () => {
    const other = consentPageData(parseConsentConfig(defineConsentConfig('G-AB12CD34EF')), { analytics: true });
    expect(other.measurementId).toBe('G-AB12CD34EF');
  });
});
