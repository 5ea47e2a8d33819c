/**
 * The consent store on PostgreSQL (DATABASE_URL), shared by every instance: a pool of connections (pg), the schema
 * by Kysely's migrations, reads by Kysely (rows.ts). Records are written by group commit: one statement, prepared once
 * per connection, adds the records that arrived while the previous one ran, and their texts where a version is new,
 * as one transaction; so each record costs at most one round trip. A record the database refuses fails alone.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrations.ts';
import { readQueries, toRow, type Tables } from './rows.ts';
import { classifyStoreError } from './store-errors.ts';
import type { ConnectionLost, ConsentStore, StoredRecord, StoredText } from './store-types.ts';

/**
 * The records and their texts in one statement, each column an array (so the statement is the same for any number of
 * records); the foreign key is checked at its end, when the texts are there.
 */
const APPEND = {
  name: 'consent-append',
  text: `WITH texts AS (
    INSERT INTO consent_texts (text_version, locale, text, first_recorded_at)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
    ON CONFLICT (text_version) DO NOTHING
  )
  INSERT INTO consent_records (record_id, consent_id, recorded_at, method, accepted, rejected, revision, locale, path, text_version)
  SELECT * FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[], $12::text[], $13::text[], $14::text[])
  ON CONFLICT (record_id) DO NOTHING`,
};

/** Statements in flight at once: more would only queue in PostgreSQL; the records waiting meanwhile form the next. */
const MAX_IN_FLIGHT = 2;

interface Append {
  record: StoredRecord;
  text: StoredText;
  done: (error?: Error) => void;
}

/** The statement's parameters for `batch`: each text once, each column of the records as an array. */
function parameters(batch: readonly Append[]): unknown[] {
  const texts = new Map<string, { text: StoredText; at: string }>();
  for (const { record, text } of batch) if (!texts.has(text.textVersion)) texts.set(text.textVersion, { text, at: record.recordedAt });
  const t = [...texts.values()];
  const rows = batch.map(({ record }) => toRow(record));
  return [
    t.map(({ text }) => text.textVersion),
    t.map(({ text }) => text.locale),
    t.map(({ text }) => text.text),
    t.map(({ at }) => at),
    ...(['record_id', 'consent_id', 'recorded_at', 'method', 'accepted', 'rejected', 'revision', 'locale', 'path', 'text_version'] as const).map((column) =>
      rows.map((row) => row[column]),
    ),
  ];
}

export async function openPostgresStore(url: string, onConnectionLost: ConnectionLost): Promise<ConsentStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 2000, idleTimeoutMillis: 30_000 });
  // An idle connection dropped by the server (a restart) must not end the process: the next query reconnects.
  pool.on('error', onConnectionLost);
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db as unknown as Kysely<unknown>);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  const reads = readQueries(db);

  const write = async (batch: readonly Append[]) => pool.query({ ...APPEND, values: parameters(batch) });
  let pending: Append[] = [];
  let inFlight = 0;
  const flush = async (): Promise<void> => {
    if (inFlight >= MAX_IN_FLIGHT || pending.length === 0) return;
    const batch = pending;
    pending = [];
    inFlight++;
    try {
      await write(batch);
      for (const append of batch) append.done();
    } catch (error) {
      // A record the database refuses (a value it cannot store) must not fail the others: each then goes alone.
      if (batch.length === 1 || classifyStoreError(error).kind === 'down') for (const append of batch) append.done(error as Error);
      else await Promise.all(batch.map((append) => write([append]).then(() => append.done(), (alone: Error) => append.done(alone))));
    } finally {
      inFlight--;
      void flush();
    }
  };

  return {
    append: (record, text) =>
      new Promise<void>((resolve, reject) => {
        pending.push({ record, text, done: (error) => (error === undefined ? resolve() : reject(error)) });
        void flush();
      }),
    recordsOf: (consentId) => reads.recordsOf(consentId),
    between: (from, to) => reads.between(from.toISOString(), to.toISOString()),
    prune: (before) => reads.prune(before.toISOString()),
    keepTexts: (texts, at) => reads.keepTexts(texts, at.toISOString()),
    textOf: (textVersion) => reads.textOf(textVersion),
    close: () => db.destroy(),
  };
}
