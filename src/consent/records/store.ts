/**
 * Where consent records are kept: an SQLite file by default, PostgreSQL when several instances share one
 * (DATABASE_URL). One query layer (Kysely) and one schema (migrations.ts) for both. Records are only ever added,
 * and deleted when past retention.
 */
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrations.ts';
import { openSqlite } from './sqlite.ts';
import type { ConsentRecord } from './record.ts';

/** Which database: the file, or the PostgreSQL server. */
export type StoreLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** One stored choice: the record as the browser sent it, and the server's time. */
export interface StoredRecord extends ConsentRecord {
  /** The server's time, ISO 8601 in UTC. */
  recordedAt: string;
}

/** A field's column: its name in snake_case (recordId: record_id). */
type Column<Field extends string> = Field extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${Column<Tail>}`
  : Field;

interface Tables {
  consent_texts: { text_version: string; locale: string; text: string; first_recorded_at: string };
  /** Each field of a stored record as its column (migrations.ts), lists joined by LIST_SEPARATOR. */
  consent_records: { [Field in keyof StoredRecord as Column<Field>]: StoredRecord[Field] extends readonly string[] ? string : StoredRecord[Field] };
}

/** The text a version names. */
export interface StoredText {
  textVersion: string;
  locale: string;
  text: string;
}

export interface ConsentStore {
  /** Adds the record, and its text if this version is new; a record already stored (same ID) is left as it is. */
  append(record: StoredRecord, text: StoredText): Promise<void>;
  /** Every record of a consent ID, oldest first, with the texts they name. */
  recordsOf(consentId: string): Promise<{ records: StoredRecord[]; texts: StoredText[] }>;
  /** Records made from `from` (inclusive) to `to` (exclusive), oldest first. */
  between(from: Date, to: Date): Promise<StoredRecord[]>;
  /** Deletes records made before `before`; returns how many. */
  prune(before: Date): Promise<number>;
  /** Keeps the texts a build shows (those already kept are left as they are), so a later build knows them. */
  keepTexts(texts: StoredText[], at: Date): Promise<void>;
  /** The text kept under `textVersion`, if any. */
  textOf(textVersion: string): Promise<StoredText | undefined>;
  close(): Promise<void>;
}

const LIST_SEPARATOR = ',';

function toStored(row: Tables['consent_records']): StoredRecord {
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

/** The database at `location`, as Kysely; nothing is opened until the first query. */
function connect(location: StoreLocation, onPoolError: () => void): Kysely<Tables> {
  if (location.kind === 'sqlite') return new Kysely<Tables>({ dialect: new SqliteDialect({ database: () => Promise.resolve().then(() => openSqlite(location.file)) }) });
  const pool = new pg.Pool({ connectionString: location.url, max: 10, connectionTimeoutMillis: 2000, idleTimeoutMillis: 30_000 });
  // An idle connection dropped by the server (a restart) must not end the process: the next query reconnects.
  pool.on('error', onPoolError);
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Opens the store and brings its schema up to date. Throws when the database cannot be reached or written
 * (the caller decides what that means: the server keeps serving, the CLI stops).
 */
export async function openConsentStore(location: StoreLocation, onConnectionLost: () => void = () => undefined): Promise<ConsentStore> {
  const db = connect(location, onConnectionLost);
  try {
    await migrate(db as unknown as Kysely<unknown>);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  return {
    async append(record, text) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('consent_texts')
          .values({ text_version: text.textVersion, locale: text.locale, text: text.text, first_recorded_at: record.recordedAt })
          .onConflict((oc) => oc.column('text_version').doNothing())
          .execute();
        await trx
          .insertInto('consent_records')
          .values({
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
          })
          .onConflict((oc) => oc.column('record_id').doNothing())
          .execute();
      });
    },
    async recordsOf(consentId) {
      const rows = await db.selectFrom('consent_records').selectAll().where('consent_id', '=', consentId).orderBy('recorded_at').orderBy('record_id').execute();
      const versions = [...new Set(rows.map((r) => r.text_version))];
      const texts = versions.length
        ? await db.selectFrom('consent_texts').select(['text_version', 'locale', 'text']).where('text_version', 'in', versions).execute()
        : [];
      return { records: rows.map(toStored), texts: texts.map((t) => ({ textVersion: t.text_version, locale: t.locale, text: t.text })) };
    },
    async between(from, to) {
      const rows = await db
        .selectFrom('consent_records')
        .selectAll()
        .where('recorded_at', '>=', from.toISOString())
        .where('recorded_at', '<', to.toISOString())
        .orderBy('recorded_at')
        .orderBy('record_id')
        .execute();
      return rows.map(toStored);
    },
    async prune(before) {
      const result = await db.deleteFrom('consent_records').where('recorded_at', '<', before.toISOString()).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async keepTexts(texts, at) {
      if (!texts.length) return;
      await db
        .insertInto('consent_texts')
        .values(texts.map((t) => ({ text_version: t.textVersion, locale: t.locale, text: t.text, first_recorded_at: at.toISOString() })))
        .onConflict((oc) => oc.column('text_version').doNothing())
        .execute();
    },
    async textOf(textVersion) {
      const row = await db.selectFrom('consent_texts').select(['text_version', 'locale', 'text']).where('text_version', '=', textVersion).executeTakeFirst();
      return row && { textVersion: row.text_version, locale: row.locale, text: row.text };
    },
    close: () => db.destroy(),
  };
}
