/**
 * What `npm run consent` prints: a consent ID's records with the words the visitor saw, and CSV for a period.
 * Every stored value is printed with its unseen characters escaped (the server refuses them, but a store can be
 * written by other hands), so what a terminal or a spreadsheet shows is what is stored. Plain Node can run it.
 */
import { escapeUnseen } from '../../lib/unseen-characters.ts';
import type { StoredRecord, StoredText } from './store.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The library's HTML strings as the visitor read them: line breaks kept, tags gone. */
function plain(html: string): string {
  return html
    .replace(/\{\{revisionMessage\}\}/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!)
    .replace(/[ \t]+/g, ' ')
    .trim();
}

interface Section {
  title?: string;
  description?: string;
  cookieTable?: { headers: Record<string, string>; body: Record<string, string>[] };
}

interface Translation {
  consentModal: Record<string, string>;
  preferencesModal: Record<string, string> & { sections: Section[] };
}

/** The banner and the preferences, in the order a visitor meets them, as plain text. */
export function shownText(serialised: string): string {
  const { consentModal: banner, preferencesModal: prefs } = JSON.parse(serialised) as Translation;
  const lines = [
    '— Banner —',
    plain(banner.title ?? ''),
    plain(banner.description ?? ''),
    ['acceptAllBtn', 'acceptNecessaryBtn', 'showPreferencesBtn'].map((key) => `[${plain(banner[key] ?? '')}]`).join(' '),
    '',
    '— Preferences —',
    plain(prefs.title ?? ''),
  ];
  for (const section of prefs.sections) {
    if (section.title) lines.push('', plain(section.title));
    if (section.description) lines.push(plain(section.description));
    for (const row of section.cookieTable?.body ?? []) {
      lines.push(`  ${Object.entries(section.cookieTable!.headers).map(([key, label]) => `${plain(label)}: ${plain(row[key] ?? '')}`).join(' | ')}`);
    }
  }
  lines.push(['acceptAllBtn', 'acceptNecessaryBtn', 'savePreferencesBtn'].map((key) => `[${plain(prefs[key] ?? '')}]`).join(' '));
  return escapeUnseen(lines.join('\n'), '\n');
}

/** One line per record: time, what was accepted and refused, how, where; each value escaped. */
function recordLine(record: StoredRecord): string {
  const e = escapeUnseen;
  return (
    `${e(record.recordedAt)}  ${e(record.method)}  accepted: ${e(record.accepted.join(', ')) || '–'}  rejected: ${e(record.rejected.join(', ')) || '–'}` +
    `  revision ${record.revision}  ${e(record.locale)}  ${e(record.path)}  text ${e(record.textVersion.slice(0, 12))}`
  );
}

/** Every record of one consent ID, then each text version they name, in full. */
export function formatConsentHistory(consentId: string, records: StoredRecord[], texts: StoredText[]): string {
  const id = escapeUnseen(consentId);
  if (!records.length) return `No records of consent ID ${id} (never made here, or deleted after the retention period).\n`;
  const parts = [`Consent ID ${id}: ${records.length} record${records.length === 1 ? '' : 's'}`, ...records.map(recordLine)];
  for (const text of texts) parts.push('', `Text version ${escapeUnseen(text.textVersion)} (${escapeUnseen(text.locale)}), as shown:`, '', shownText(text.text));
  return `${parts.join('\n')}\n`;
}

export const CSV_COLUMNS = ['recorded_at', 'consent_id', 'method', 'accepted', 'rejected', 'revision', 'locale', 'path', 'text_version', 'record_id'] as const;

/**
 * RFC 4180 field, its unseen characters escaped (no line breaks left to quote), and never a formula: a cell a
 * spreadsheet would read as one (= + - @, or a tab or CR before them) gets a leading ' (OWASP, CSV injection).
 */
function csvField(value: string | number): string {
  const text = escapeUnseen(String(value).replace(/^[=+\-@\t\r]/, "'$&"));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(records: StoredRecord[]): string {
  const rows = records.map((r) =>
    [r.recordedAt, r.consentId, r.method, r.accepted.join(' '), r.rejected.join(' '), r.revision, r.locale, r.path, r.textVersion, r.recordId].map(csvField).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
