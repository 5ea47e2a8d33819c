import { describe, expect, it } from 'vitest';
import { consentConfig } from '../../../../src/consent/config';
import { translation } from '../../../../src/consent/page-data.server';
import { formatConsentHistory, shownText, toCsv } from '../../../../src/consent/records/report';
import { serialiseText } from '../../../../src/consent/records/text-version';
import type { StoredRecord } from '../../../../src/consent/records/store';
import { unseenIn } from '../../../support/hostile-input';

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

/** A record written into the store by other hands than the server's (which refuses all of this). */
const forged: StoredRecord = {
  ...record,
  method: 'accept-all',
  accepted: ['necessary', 'analytics\u202e'],
  // Back to the line's start, wiped, and written as a refusal: in a terminal the line would read the opposite.
  path: '/\r\u001b[2K2026-12-03T10:00:00.000Z  reject-all  accepted: necessary  rejected: analytics\u001b]8;;https://evil.example/\u0007x\u001b]8;;\u0007\u0000\u009b\u200b',
  locale: 'sv\u2028',
};

describe('a record with unseen characters in the store', () => {
  it('prints with each escaped in `show`: one line, as stored', () => {
    const history = formatConsentHistory(`${record.consentId}\u001b[2J`, [forged], []);
    expect(unseenIn(history)).toEqual([]);
    const line = history.split('\n')[1]!;
    expect(line).toMatch(/^2026-12-03T10:00:00.000Z {2}accept-all {2}accepted: necessary, analytics\\u\{202e\} {2}rejected: –/);
    expect(line).toContain('/\\u{d}\\u{1b}[2K2026-12-03T10:00:00.000Z  reject-all');
    expect(line).toContain('\\u{1b}]8;;https://evil.example/\\u{7}x\\u{1b}]8;;\\u{7}\\u{0}\\u{9b}\\u{200b}');
    expect(line).toContain('  sv\\u{2028}  ');
    expect(history).toContain(`Consent ID ${record.consentId}\\u{1b}[2J: 1 record`);
  });

  it('exports with each escaped in the CSV: one row, as stored', () => {
    const csv = toCsv([forged]);
    expect(unseenIn(csv)).toEqual([]);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv).toContain(',accept-all,necessary analytics\\u{202e},,1,sv\\u{2028},/\\u{d}\\u{1b}[2K2026');
  });

  it('never exports a cell a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const row = toCsv([{ ...record, method: `${start}HYPERLINK("https://evil.example")` as StoredRecord['method'], path: `${start}1+1` }]).split('\r\n')[1]!;
      const cells = row.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, ''));
      expect(cells[2], JSON.stringify(start)).toMatch(/^'/);
      expect(cells[7], JSON.stringify(start)).toMatch(/^'/);
      for (const cell of cells) expect(cell, JSON.stringify(start)).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
