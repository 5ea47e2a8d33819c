/**
 * The consent store's tables as Kysely sees them, a record as its row and back, and the queries that read and prune:
 * the same for both stores (PostgreSQL runs them on the server's pool, SQLite in its worker, sqlite-worker.ts).
 */
import type { Kysely } from 'kysely';
import type { StoredRecord, StoredText } from './store-types.ts';

/** A field's column: its name in snake_case (recordId: record_id). */
type Column<Field extends string> = Field extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${Column<Tail>}`
  : Field;

export interface Tables {
  consent_texts: { text_version: string; locale: string; text: string; first_recorded_at: string };
  /** Each field of a stored record as its column (migrations.ts), lists joined by LIST_SEPARATOR. */
  consent_records: { [Field in keyof StoredRecord as Column<Field>]: StoredRecord[Field] extends readonly string[] ? string : StoredRecord[Field] };
}

export type RecordRow = Tables['consent_records'];

const LIST_SEPARATOR = ',';

/** The row a record is stored as. */
export function toRow(record: StoredRecord): RecordRow {
  return {
    record_id: record.recordId,
    consent_id: record.consentId,
    recorded_at: record.recordedAt,
    method: record.method,
    accepted: record.accepted.join(LIST_SEPARATOR),
    rejected: record.rejected.join(LIST_SEPARATOR),
    revision: record.revision,
    locale: record.locale,
    path: record.path,
    text_version: record.textVersion,
  };
}

function toStored(row: RecordRow): StoredRecord {
  const list = (value: string) => (value ? value.split(LIST_SEPARATOR) : []);
  return {
    recordId: row.record_id,
    consentId: row.consent_id,
    recordedAt: row.recorded_at,
    method: row.method,
    accepted: list(row.accepted),
    rejected: list(row.rejected),
    revision: Number(row.revision),
    locale: row.locale,
    path: row.path,
    textVersion: row.text_version,
  };
}

/** What both stores read and delete with Kysely; dates as ISO 8601 strings (they cross the worker's boundary so). */
export function readQueries(db: Kysely<Tables>) {
  return {
    async recordsOf(consentId: string): Promise<{ records: StoredRecord[]; texts: StoredText[] }> {
      const rows = await db.selectFrom('consent_records').selectAll().where('consent_id', '=', consentId).orderBy('recorded_at').orderBy('record_id').execute();
      const versions = [...new Set(rows.map((r) => r.text_version))];
      const texts = versions.length
        ? await db.selectFrom('consent_texts').select(['text_version', 'locale', 'text']).where('text_version', 'in', versions).execute()
        : [];
      return { records: rows.map(toStored), texts: texts.map((t) => ({ textVersion: t.text_version, locale: t.locale, text: t.text })) };
    },
    async between(from: string, to: string): Promise<StoredRecord[]> {
      const rows = await db
        .selectFrom('consent_records')
        .selectAll()
        .where('recorded_at', '>=', from)
        .where('recorded_at', '<', to)
        .orderBy('recorded_at')
        .orderBy('record_id')
        .execute();
      return rows.map(toStored);
    },
    async prune(before: string): Promise<number> {
      const result = await db.deleteFrom('consent_records').where('recorded_at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    /** Keeps the texts a build shows (those already kept are left as they are). */
    async keepTexts(texts: readonly StoredText[], at: string): Promise<void> {
      if (!texts.length) return;
      await db
        .insertInto('consent_texts')
        .values(texts.map((t) => ({ text_version: t.textVersion, locale: t.locale, text: t.text, first_recorded_at: at })))
        .onConflict((oc) => oc.column('text_version').doNothing())
        .execute();
    },
    async textOf(textVersion: string): Promise<StoredText | undefined> {
      const row = await db.selectFrom('consent_texts').select(['text_version', 'locale', 'text']).where('text_version', '=', textVersion).executeTakeFirst();
      return row && { textVersion: row.text_version, locale: row.locale, text: row.text };
    },
  };
}
