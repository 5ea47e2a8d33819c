import { describe, expect, it } from 'vitest';
import { consentConfig, defineConsentConfig, parseConsentConfig, type ConsentConfig } from '../../../src/consent/config';
import { cookieTableColumns, cookieTableRows } from '../../../src/consent/cookie-table';
import { formatDuration, formatList, formatQuantity } from '../../../src/i18n/consent';

describe('cookie table', () => {
  it('has the columns Namn, Typ, Leverantör, Part, Syfte, Lagringstid, Kategori', () => {
    expect(cookieTableColumns('sv').map((c) => c.label)).toEqual(['Namn', 'Typ', 'Leverantör', 'Part', 'Syfte', 'Lagringstid', 'Kategori']);
  });

  it('has one row per cookie and localStorage key in the config, in its order, with readable durations and category names', () => {
    const config = parseConsentConfig(defineConsentConfig('G-AB12CD34EF'));
    expect(cookieTableRows(config, 'sv')).toEqual([
      expect.objectContaining({ name: 'cc_cookie', storage: 'Cookie', provider: 'J A Inkasso & Consulting AB', party: 'Förstapart', duration: '182 dagar', category: 'Nödvändiga' }),
      expect.objectContaining({ name: 'dina-uppgifter-kvitto', storage: 'Cookie', provider: 'J A Inkasso & Consulting AB', party: 'Förstapart', duration: '10 minuter', category: 'Nödvändiga' }),
      expect.objectContaining({ name: 'consent-records', storage: 'Lokal lagring (localStorage)', provider: 'J A Inkasso & Consulting AB', party: 'Förstapart', duration: 'Tills uppgiften har skickats', category: 'Nödvändiga' }),
      expect.objectContaining({ name: '_ga', storage: 'Cookie', provider: 'Google Ireland Ltd', party: 'Förstapart', duration: '2 år', category: 'Statistik' }),
      expect.objectContaining({ name: '_ga_AB12CD34EF', storage: 'Cookie', provider: 'Google Ireland Ltd', party: 'Förstapart', duration: '2 år', category: 'Statistik' }),
    ]);
    // cc_cookie also holds the consent ID the records on the server are kept under.
    expect(cookieTableRows(config, 'sv')[0]!.purpose).toBe(
      'Sparar ditt val om cookies, så att vi inte behöver fråga igen, och ditt samtyckes-ID: den slumpade kod som vi sparar uppgiften om ditt val under på vår server.',
    );
    expect(cookieTableRows(config, 'sv')[2]!.purpose).toContain('tills vår server har tagit emot den');
    for (const row of cookieTableRows(config, 'sv')) expect(row.purpose.length).toBeGreaterThan(10);
  });

  it('follows the config: a cookie added there appears in the table, the choice\'s lifetime comes from expiryDays', () => {
    const config: ConsentConfig = {
      ...consentConfig,
      expiryDays: 90,
      cookies: [
        ...consentConfig.cookies.map((c) => (c.name === 'cc_cookie' ? { ...c, maxAgeSeconds: 90 * 86400 } : c)),
        { id: 'gaClient', storage: 'cookie', name: 'example', provider: 'Exempel AB', party: 'third', maxAgeSeconds: 86400, category: 'analytics' },
      ],
    };
    const rows = cookieTableRows(config, 'sv');
    expect(rows).toHaveLength(consentConfig.cookies.length + 1);
    expect(rows.at(-1)).toEqual({
      name: 'example',
      storage: 'Cookie',
      provider: 'Exempel AB',
      party: 'Tredjepart',
      purpose: 'Skiljer besökare åt i statistiken från Google Analytics.',
      duration: '1 dag',
      category: 'Statistik',
    });
    expect(rows[0]!.duration).toBe('90 dagar');
    expect(cookieTableRows(config, 'en').at(-1)).toMatchObject({ party: 'Third party', duration: '1 day', category: 'Statistics' });
  });

  it('never shows the placeholder measurement ID: the GA session cookie reads _ga_<mätnings-ID>, _ga_<measurement-ID>', () => {
    const config = parseConsentConfig(defineConsentConfig('G-XXXXXXXXXX'));
    expect(cookieTableRows(config, 'sv').map((r) => r.name)).toContain('_ga_<mätnings-ID>');
    expect(cookieTableRows(config, 'en').map((r) => r.name)).toContain('_ga_<measurement-ID>');
    for (const locale of ['sv', 'en'] as const) expect(cookieTableRows(config, locale).map((r) => r.name).join(' ')).not.toMatch(/XXXX/);
  });

  it('writes durations as a visitor says them', () => {
    expect([3600, 7200, 86400, 182 * 86400, 730 * 86400, 1800, 60].map((s) => formatDuration(s, 'sv'))).toEqual([
      '1 timme', '2 timmar', '1 dag', '182 dagar', '2 år', '30 minuter', '1 minut',
    ]);
    expect([3600, 7200, 86400, 182 * 86400, 365 * 86400, 730 * 86400, 600, 60].map((s) => formatDuration(s, 'en'))).toEqual([
      '1 hour', '2 hours', '1 day', '182 days', '1 year', '2 years', '10 minutes', '1 minute',
    ]);
    expect([formatQuantity(2, 'month', 'sv'), formatQuantity(14, 'month', 'en'), formatQuantity(1, 'month', 'en')]).toEqual([
      '2 månader', '14 months', '1 month',
    ]);
    // Thousands are grouped as each language groups them.
    expect(formatQuantity(1200, 'day', 'en')).toBe('1,200 days');
    expect(formatQuantity(1200, 'day', 'sv')).toBe('1\u00a0200 dagar');
  });

  it('joins names as the language joins them', () => {
    expect(formatList(['_ga', '_ga_AB12CD34EF'], 'sv')).toBe('_ga och _ga_AB12CD34EF');
    expect(formatList(['_ga', '_ga_AB12CD34EF'], 'en')).toBe('_ga and _ga_AB12CD34EF');
  });
});

describe('the English cookie table', () => {
  const config = parseConsentConfig(defineConsentConfig('G-AB12CD34EF'));

  it('has the same cookies as the Swedish, in the same order, with the same providers', () => {
    const pick = (locale: 'sv' | 'en') => cookieTableRows(config, locale).map(({ name, provider }) => ({ name, provider }));
    expect(pick('en')).toEqual(pick('sv'));
  });

  it('says in English what each is for, who sets it, for how long and in which category', () => {
    expect(cookieTableColumns('en').map((c) => c.label)).toEqual(['Name', 'Type', 'Provider', 'Party', 'Purpose', 'Duration', 'Category']);
    expect(cookieTableRows(config, 'en')).toEqual([
      {
        name: 'cc_cookie',
        storage: 'Cookie',
        provider: 'J A Inkasso & Consulting AB',
        party: 'First party',
        purpose: 'Stores your choice about cookies, so that we do not have to ask again, and your consent ID: the random code under which we record your choice on our server.',
        duration: '182 days',
        category: 'Necessary',
      },
      expect.objectContaining({ name: 'dina-uppgifter-kvitto', party: 'First party', duration: '10 minutes', category: 'Necessary' }),
      expect.objectContaining({ name: 'consent-records', storage: 'Local storage (localStorage)', duration: 'Until the record has been sent', category: 'Necessary' }),
      expect.objectContaining({ name: '_ga', provider: 'Google Ireland Ltd', party: 'First party', duration: '2 years', category: 'Statistics' }),
      expect.objectContaining({ name: '_ga_AB12CD34EF', provider: 'Google Ireland Ltd', party: 'First party', duration: '2 years', category: 'Statistics' }),
    ]);
    const swedish = new Set(cookieTableRows(config, 'sv').map((r) => r.purpose));
    for (const row of cookieTableRows(config, 'en')) expect(swedish.has(row.purpose), row.purpose).toBe(false);
  });

  it('says the receipt cookie holds a random ID linked to the request (pseudonymous), and calls it the reference number', () => {
    const receipt = (locale: 'sv' | 'en') => cookieTableRows(config, locale).find((r) => r.name === 'dina-uppgifter-kvitto')!.purpose;
    expect(receipt('sv')).toContain('referensnummer');
    expect(receipt('sv')).toContain('bara ett slumpat id');
    expect(receipt('sv')).toContain('pseudonyma personuppgifter');
    // "ärendenummer" is the debt's case number on the form; "no personal data" was untrue.
    expect(receipt('sv')).not.toMatch(/ärendenummer|inga personuppgifter/);
    expect(receipt('en')).toContain('reference number');
    expect(receipt('en')).toContain('only a random ID');
    expect(receipt('en')).not.toContain('no personal data');
    expect(cookieTableRows(config, 'en').find((r) => r.name === '_ga')!.purpose).toBe('Used by Google Analytics to distinguish visitors.');
  });
});
