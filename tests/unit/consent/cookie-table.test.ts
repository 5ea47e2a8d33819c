import { describe, expect, it } from 'vitest';
import { consentConfig, defineConsentConfig, parseConsentConfig, type ConsentConfig } from '../../../src/consent/config';
import { cookieTableColumns, cookieTableRows } from '../../../src/consent/cookie-table';
import { formatDuration } from '../../../src/i18n/consent';

describe('cookie table', () => {
  it('has the columns Namn, Leverantör, Part, Syfte, Lagringstid, Kategori', () => {
    expect(cookieTableColumns.map((c) => c.label)).toEqual(['Namn', 'Leverantör', 'Part', 'Syfte', 'Lagringstid', 'Kategori']);
  });

  it('has one row per cookie in the config, in its order, with readable durations and category names', () => {
    const config = parseConsentConfig(defineConsentConfig('G-AB12CD34EF'));
    expect(cookieTableRows(config)).toEqual([
      expect.objectContaining({ name: 'cc_cookie', provider: 'J A Inkasso & Consulting AB', party: 'Förstapart', duration: '182 dagar', category: 'Nödvändiga' }),
      expect.objectContaining({ name: 'dina-uppgifter-kvitto', provider: 'J A Inkasso & Consulting AB', party: 'Förstapart', duration: '10 minuter', category: 'Nödvändiga' }),
      expect.objectContaining({ name: '_ga', provider: 'Google Ireland Ltd', party: 'Förstapart', duration: '2 år', category: 'Statistik' }),
      expect.objectContaining({ name: '_ga_AB12CD34EF', provider: 'Google Ireland Ltd', party: 'Förstapart', duration: '2 år', category: 'Statistik' }),
    ]);
    for (const row of cookieTableRows(config)) expect(row.purpose.length).toBeGreaterThan(10);
  });

  it('follows the config: a cookie added there appears in the table, the choice\'s lifetime comes from expiryDays', () => {
    const config: ConsentConfig = {
      ...consentConfig,
      expiryDays: 90,
      cookies: [
        ...consentConfig.cookies.map((c) => (c.name === 'cc_cookie' ? { ...c, maxAgeSeconds: 90 * 86400 } : c)),
        { name: 'example', provider: 'Exempel AB', party: 'third', purpose: 'Ett exempel på en ny cookie.', maxAgeSeconds: 86400, category: 'analytics' },
      ],
    };
    const rows = cookieTableRows(config);
    expect(rows).toHaveLength(consentConfig.cookies.length + 1);
    expect(rows.at(-1)).toEqual({
      name: 'example',
      provider: 'Exempel AB',
      party: 'Tredjepart',
      purpose: 'Ett exempel på en ny cookie.',
      duration: '1 dag',
      category: 'Statistik',
    });
    expect(rows[0]!.duration).toBe('90 dagar');
  });

  it('never shows the placeholder measurement ID: the GA session cookie reads _ga_<mätnings-ID>', () => {
    const rows = cookieTableRows(parseConsentConfig(defineConsentConfig('G-XXXXXXXXXX')));
    expect(rows.map((r) => r.name)).toContain('_ga_<mätnings-ID>');
    expect(rows.map((r) => r.name).join(' ')).not.toMatch(/XXXX/);
  });

  it('writes durations as a visitor says them', () => {
    expect([3600, 7200, 86400, 182 * 86400, 730 * 86400, 1800].map(formatDuration)).toEqual([
      '1 timme', '2 timmar', '1 dag', '182 dagar', '2 år', '30 minuter',
    ]);
  });
});
