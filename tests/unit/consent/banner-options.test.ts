import { describe, expect, it } from 'vitest';
import { consentConfig, parseConsentConfig, defineConsentConfig, gaSessionCookieName } from '../../../src/consent/config';
import { clearRules, consentPageData } from '../../../src/consent/page-data.server';

describe('the banner\'s options, built from the config', () => {
  const data = consentPageData(consentConfig, { analytics: true, locale: 'sv' });
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
    expect(options.language).toMatchObject({ default: 'sv', autoDetect: 'document' });
    expect(Object.keys(options.language.translations)).toEqual(['sv']);
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
    expect(sections[0]!.cookieTable!.body.map((r) => r.name)).toEqual(['cc_cookie', 'dina-uppgifter-kvitto', 'consent-records']);
    // As the table on /cookies/ writes them (the placeholder ID reads _ga_<mätnings-ID>), HTML-escaped.
    expect(sections[1]!.cookieTable!.body.map((r) => r.name)).toEqual(['_ga', '_ga_&lt;mätnings-ID&gt;']);
    // The library inserts these as HTML: the company's "&" is escaped.
    expect(sections[0]!.cookieTable!.body[0]!.provider).toBe('J A Inkasso &amp; Consulting AB');
  });

  it('carries the measurement ID the GA loader will use', () => {
    const other = consentPageData(parseConsentConfig(defineConsentConfig('G-AB12CD34EF')), { analytics: true, locale: 'sv' });
    expect(other.measurementId).toBe('G-AB12CD34EF');
  });
});

type Texts = {
  consentModal: Record<string, string>;
  preferencesModal: Record<string, string> & { sections: { linkedCategory?: string; title?: string; description?: string; cookieTable?: { caption?: string; headers: Record<string, string>; body: Record<string, string>[] } }[] };
};

describe('the banner on an English page', () => {
  const sv = consentPageData(consentConfig, { analytics: true, locale: 'sv' });
  const en = consentPageData(consentConfig, { analytics: true, locale: 'en' });
  const texts = en.options.language.translations.en as unknown as Texts;

  it('speaks English by default, and carries only the English texts', () => {
    expect(en.options.language).toMatchObject({ default: 'en', autoDetect: 'document' });
    expect(Object.keys(en.options.language.translations)).toEqual(['en']);
  });

  it('offers "Accept all" and "Reject all" in both layers, with equal weight, and links to /en/cookies/', () => {
    expect(texts.consentModal).toMatchObject({
      title: 'May we use cookies for statistics?',
      acceptAllBtn: 'Accept all',
      acceptNecessaryBtn: 'Reject all',
      showPreferencesBtn: 'Settings',
      label: 'Cookies',
    });
    expect(texts.consentModal.description).toContain('Google Ireland Ltd');
    expect(texts.consentModal.description).toContain('USA');
    expect(texts.consentModal.description).toContain('<a href="/en/cookies/">Read more about cookies</a>');
    expect(texts.consentModal.description).not.toContain('href="/cookies/"');
    expect(texts.preferencesModal).toMatchObject({ title: 'Cookie settings', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save my choices' });
    expect(texts.preferencesModal.sections.at(-1)?.description).toBe('<a href="/en/cookies/">Read more about cookies</a>');
    expect(en.options.guiOptions).toEqual(sv.options.guiOptions);
  });

  it('lists the same cookies per category as the Swedish, with English headings', () => {
    const sections = texts.preferencesModal.sections.filter((s) => s.linkedCategory);
    expect(sections.map((s) => [s.linkedCategory, s.title])).toEqual([
      ['necessary', 'Necessary'],
      ['analytics', 'Statistics'],
    ]);
    expect(sections[1]!.cookieTable!.caption).toBe('Cookies and local storage on the website: Statistics');
    expect(Object.values(sections[1]!.cookieTable!.headers)).toEqual(['Name', 'Type', 'Provider', 'Party', 'Purpose', 'Duration']);
    expect(sections[1]!.cookieTable!.body.map((r) => r.name)).toEqual(['_ga', '_ga_&lt;measurement-ID&gt;']);
    expect(sections[1]!.cookieTable!.body[0]!.duration).toBe('2 years');
  });

  it('names every column with one word in both languages: the library builds id references from them', () => {
    for (const data of [sv, en]) {
      for (const translation of Object.values(data.options.language.translations) as unknown as Texts[]) {
        for (const section of translation.preferencesModal.sections) {
          for (const label of Object.values(section.cookieTable?.headers ?? {})) expect(label).toMatch(/^\S+$/);
        }
      }
    }
  });

  it('one consent for both languages: the same cookie, revision, categories and clearing rules', () => {
    const { language: enLanguage, ...enRest } = en.options;
    const { language: svLanguage, ...svRest } = sv.options;
    expect(enLanguage).not.toEqual(svLanguage);
    expect(enRest).toEqual(svRest);
    expect(en.clear).toEqual(sv.clear);
    expect(en.measurementId).toBe(sv.measurementId);
  });
});
