/**
 * The record the banner builds (choiceRecord, as banner.ts calls it) is one the server takes: checked against the
 * server's own schema with the manifest the build writes, on every page in both languages, for every kind of choice.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { consentConfig, type CategoryId } from '../../../../src/consent/config';
import { consentPageData } from '../../../../src/consent/page-data.server';
import { choiceRecord, type ChoiceFacts } from '../../../../src/consent/records/choice-record';
import { knownChoices } from '../../../../src/consent/records/manifest';
import { consentManifest } from '../../../../src/consent/records/manifest.server';
import type { ConsentMethod } from '../../../../src/consent/records/record';
import { consentRecordSchema } from '../../../../src/consent/records/schema';
import { LOCALES } from '../../../../src/i18n/locales';
import { ROUTES } from '../../../../src/i18n/routes';

/** The server's schema, with what the build tells the server (src/pages/consent-texts.json.ts writes this manifest). */
const schema = consentRecordSchema(knownChoices(consentManifest(consentConfig)));

const categories = Object.keys(consentConfig.categories) as CategoryId[];
const necessary = categories.filter((id) => consentConfig.categories[id].readOnly);
const optional = categories.filter((id) => !consentConfig.categories[id].readOnly);

type Choice = Omit<ChoiceFacts, 'consentId' | 'path'>;
const acceptAll: Choice['preferences'] = { acceptType: 'all', acceptedCategories: categories, rejectedCategories: [] };
const rejectAll: Choice['preferences'] = { acceptType: 'necessary', acceptedCategories: necessary, rejectedCategories: optional };
const none = { byGpc: false, withdrew: false, saved: false };

/** Each kind of choice as the library reports it and the banner's script knows it, with the method it is recorded as. */
const CHOICES: [string, Choice, ConsentMethod][] = [
  ['"accept all"', { ...none, preferences: acceptAll }, 'accept-all'],
  ['"reject all"', { ...none, preferences: rejectAll }, 'reject-all'],
  ['"save my choices" with statistics ticked', { ...none, saved: true, preferences: acceptAll }, 'custom'],
  ['"save my choices" with nothing ticked', { ...none, saved: true, preferences: rejectAll }, 'custom'],
  ['statistics withdrawn', { ...none, withdrew: true, preferences: rejectAll }, 'withdrawal'],
  ['the refusal made for Global Privacy Control', { ...none, byGpc: true, preferences: rejectAll }, 'gpc'],
];

const PAGES = LOCALES.flatMap((locale) => [...Object.values(ROUTES).map((paths) => paths[locale]), locale === 'sv' ? '/saknas' : `/${locale}/missing`].map((path) => ({ locale, path })));

describe("the banner's record of a choice", () => {
  it.each(CHOICES)('is taken by the server for %s, on every page in both languages', (_name, choice, method) => {
    for (const { locale, path } of PAGES) {
      for (const analytics of [true, false]) {
        const record = choiceRecord(consentPageData(consentConfig, { analytics, locale }), { ...choice, consentId: randomUUID(), path });
        const result = schema.safeParse(record);
        expect(result.error?.issues ?? [], `${locale} ${path}`).toEqual([]);
        expect(record).toMatchObject({ locale, path, method });
      }
    }
  });

  it('is a new record each time: the same choice saved twice is two records', () => {
    const data = consentPageData(consentConfig, { analytics: true, locale: 'sv' });
    const facts = { ...none, preferences: acceptAll, consentId: randomUUID(), path: '/' };
    expect(choiceRecord(data, facts).recordId).not.toBe(choiceRecord(data, facts).recordId);
  });
});
