import { describe, expect, it } from 'vitest';
import { consentConfig } from '../../../../src/consent/config';
import { translation } from '../../../../src/consent/page-data.server';
import { formatConsentHistory, shownText, toCsv } from '../../../../src/consent/records/report';
import { serialiseText } from '../../../../src/consent/records/text-version';
import type { StoredRecord } from '../../../../src/consent/records/store';

const record: StoredRecord = {
  recordId: '00000000-0000-4000-8000-000000000001',
  consentId: '00000000-0000-4000-8000-000000000002',
  recordedAt: '2026-12-03T10:00:00.000Z',
  method: 'custom',
  accepted: ['necessary', 'analytics'],
  rejected: [],
  revision: 1,
  locale: 'sv',
  path: '/a,"b"/',
  textVersion: 'a'.repeat(64),
};

describe('what `npm run consent` prints', () => {
  it('shows the banner and the preferences as the visitor read them: words, buttons, cookies; no markup', () => {
    const text = shownText(serialiseText(translation(consentConfig, 'sv')));
    expect(text).toContain('Får vi använda cookies för statistik?');
    expect(text).toContain('[Godkänn alla] [Neka alla] [Inställningar]');
    expect(text).toContain('Namn: cc_cookie');
    expect(text).toContain('Ditt samtyckes-ID');
    expect(text).toContain("_ga_<mätnings-ID>");
    expect(text).not.toMatch(/<\/?(a|br|span|strong|time)\b|&(amp|lt|gt|quot);|\{\{/);
  });

  it('lists every record, then the text version in full', () => {
    const history = formatConsentHistory(record.consentId, [record], [{ textVersion: record.textVersion, locale: 'en', text: serialiseText(translation(consentConfig, 'en')) }]);
    expect(history).toContain(`Consent ID ${record.consentId}: 1 record\n2026-12-03T10:00:00.000Z  custom  accepted: necessary, analytics  rejected: –`);
    expect(history).toContain('May we use cookies for statistics?');
    expect(formatConsentHistory('x', [], [])).toMatch(/^No records of consent ID x/);
  });

  it('writes CSV that a spreadsheet reads back: quoted where needed, CRLF lines', () => {
    expect(toCsv([record]).split('\r\n')[1]).toBe(`2026-12-03T10:00:00.000Z,${record.consentId},custom,necessary analytics,,1,sv,"/a,""b""/",${'a'.repeat(64)},${record.recordId}`);
  });
});
