import { describe, expect, it } from 'vitest';
import { consentConfig, defineConsentConfig, parseConsentConfig, type ConsentConfig } from '../../../src/consent/config';
import { cookieTableColumns, cookieTableRows } from '../../../src/consent/cookie-table';

describe('cookie table', () => {
  it('has the columns Namn, Leverantör, Syfte, Lagringstid, Kategori', () => {
    expect(cookieTableColumns.map((c) => c.label)).toEqual(['Namn', 'Leverantör', 'Syfte', 'Lagringstid', 'Kategori']);
  });

  it('has one row per cookie in the config, in its order, with readable durations and category names', () => {
    const config = parseConsentConfig(defineConsentConfig('G-AB12CD34EF'));
    expect(cookieTableRows(config)).toEqual([
      expect.objectContaining({ name: 'cc_cookie', provider: 'J A Inkasso & Consulting AB', duration: '182 dagar', category: 'Nödvändiga' }),
      expect.objectContaining({ name: '_ga', provider: 'Google', duration: '2 år', category: 'Statistik' }),
      expect.objectContaining({ name: '_ga_AB12CD34EF', provider: 'Google', duration: '2 år', category: 'Statistik' }),
    ]);
    for (const row of cookieTableRows(config)) expect(row.purpose.length).toBeGreaterThan(10);
  });

  it('follows the config: a cookie added there appears in the table, the choice\'s lifetime comes from expiryDays', () => {
    const config: ConsentConfig = {
      ...consentConfig,
      expiryDays: 90,
      cookies: [
        ...consentConfig.cookies.map((c) => (c.name === 'cc_cookie' ? { ...c, maxAgeDays: 90 } : c)),
        { name: 'example', provider: 'Exempel AB', purpose: 'Ett exempel på en ny cookie.', maxAgeDays: 1, category: 'analytics' },
      ],
    };
    const rows = cookieTableRows(config);
    expect(rows).toHaveLength(consentConfig.cookies.length + 1);
    expect(rows.at(-1)).toEqual({ name: 'example', provider: 'Exempel AB', purpose: 'Ett exempel på en ny cookie.', duration: '1 dag', category: 'Statistik' });
    expect(rows[0]!.duration).toBe('90 dagar');
  });
});
