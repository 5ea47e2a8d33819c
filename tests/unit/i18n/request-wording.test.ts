/**
 * Wordings a native reader flagged (issue 30) in the data request's strings and the two consent sentences beside
 * them: each old wording fails this test if it comes back, in either language, and its replacement is there.
 */
import { describe, expect, it } from 'vitest';
import { requestText } from '../../../src/i18n/requests';
import { consentText } from '../../../src/i18n/consent';
import { LOCALES, type Locale } from '../../../src/i18n/locales';

/** Every string in a text module: its values, and what its functions say for a sample argument. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return strings((value as (...args: unknown[]) => unknown)('X', 'Y'));
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const all = (locale: Locale) => [...strings(requestText(locale)), ...strings(consentText(locale))].join('\n');

/** The old wording, and the one now said instead. */
const FIXED: Record<Locale, [old: RegExp, now: string][]> = {
  sv: [
    [/Personnumret finns inte/, 'Numret är inte ett giltigt personnummer eller samordningsnummer.'],
    [/Skriv ditt personnummer(?! eller samordningsnummer)/, 'Skriv ditt personnummer eller samordningsnummer'],
    [/Ett brev med svaret skickas dit, till adressen i folkbokföringen/, 'Vi kontrollerar den i SPAR och skickar svaret dit med brev.'],
    [/kastas/, 'Därefter raderas den.'],
    [/senast inom/, 'senast en månad efter att vi har fått din begäran'],
    [/berättar vi det för/, 'meddelar vi det till dem som har fått uppgifterna av oss'],
    [/^Vem ansvarar$/m, 'Vem som ansvarar'],
    [/rekommenderas/, 'Med brev till din folkbokföringsadress'],
    [/svaret kommer med brev\.'?$/m, 'du väljer om svaret kommer med brev eller elektroniskt'],
    [/Var bor du\?/, 'Är du folkbokförd i Sverige?'],
    [/hur de ska rättas$/m, 'hur de ska rättas eller kompletteras'],
  ],
  en: [
    [/run out of time/, 'Your e-ID verification has expired'],
    [/does not answer/, 'The service is not responding.'],
    [/Enter your personnummer(?! or coordination number)/, 'Enter your personnummer or coordination number'],
    [/at the foot of/, 'at the bottom of every page'],
    [/\(recommended\)/, 'By post to your registered address'],
    [/the answer comes by post\./, 'you choose whether the answer comes by post or electronically'],
    [/Where do you live\?/, 'Are you registered in the Swedish Population Register (folkbokförd)?'],
    [/how we should correct it$/m, 'how we should correct or complete it'],
  ],
};

describe.each(LOCALES)('the request wordings in %s', (locale) => {
  const text = all(locale);
  it.each(FIXED[locale])('never say %s again, and say instead: %s', (old, now) => {
    expect(text).not.toMatch(old);
    expect(text).toContain(now);
  });
});

it('the correction error names completing as well as correcting, in both languages', () => {
  expect(requestText('sv').errors.correctionMissing).toMatch(/rättas eller kompletteras/);
  expect(requestText('en').errors.correctionMissing).toMatch(/correct or complete/);
});

it('the personnummer errors match their label, which names the samordningsnummer too', () => {
  for (const locale of LOCALES) {
    const t = requestText(locale);
    const label = t.fields.personnummer.label.toLowerCase();
    expect(t.errors.personnummerMissing.toLowerCase()).toContain(label);
  }
});
