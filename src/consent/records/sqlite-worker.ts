/**
 * The SQLite stores' own thread (started by sqlite-store.ts, one per process): node:sqlite is synchronous, so every
 * wait on the file (an fsync, another connection's lock) is this thread's, never the server's event loop. Records are
 * written by group commit: those that arrive while a commit runs are written together by the next one, one
 * transaction and one fsync for the lot (synchronous=FULL: each is on disk before its 204). A record the database
 * refuses fails alone.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { parentPort } from 'node:worker_threads';
import { Kysely, SqliteDialect } from 'kysely';
import { migrate } from './migrations.ts';
import { readQueries, toRow, type Tables } from './rows.ts';
import { kyselyDatabase, openSqlite } from './sqlite.ts';
import { classifyStoreError, STORE_CLOSED } from './store-errors.ts';
import type { StoredText } from './store-types.ts';
import type { Reply, Request, WorkerError } from './sqlite-messages.ts';

interface OpenFile {
  db: DatabaseSync;
  reads: ReturnType<typeof readQueries>;
  insertText: StatementSync;
  insertRecord: StatementSync;
}

type Append = Extract<Request, { op: 'append' }>;

/** One store: its file, the connection while open, the records waiting for the next commit. */
interface Store {
  file: string;
  opened?: Promise<OpenFile> | undefined;
  pending: Append[];
}

const port = parentPort!;
const stores = new Map<number, Store>();

async function openFile(file: string): Promise<OpenFile> {
  const db = openSqlite(file);
  try {
    const kysely = new Kysely<Tables>({ dialect: new SqliteDialect({ database: kyselyDatabase(db) }) });
    await migrate(kysely as unknown as Kysely<unknown>);
    return {
      db,
      reads: readQueries(kysely),
      insertText: db.prepare(
        'INSERT INTO consent_texts (text_version, locale, text, first_recorded_at) VALUES (?, ?, ?, ?) ON CONFLICT (text_version) DO NOTHING',
      ),
      insertRecord: db.prepare(
        'INSERT INTO consent_records (record_id, consent_id, recorded_at, method, accepted, rejected, revision, locale, path, text_version) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record_id) DO NOTHING',
      ),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The store's open file; opened again after a failure that a new connection can cure (read-only, moved, unopenable). */
function connection(store: Store): Promise<OpenFile> {
  store.opened ??= openFile(store.file).catch((error: unknown) => {
    store.opened = undefined;
    throw error;
  });
  return store.opened;
}

/** After a failure of the connection itself, the next call opens the file anew: a store read-only at start recovers. */
function forget(store: Store, error: unknown): void {
  const { kind, code } = classifyStoreError(error);
  if (kind !== 'down' || code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || !store.opened) return;
  const stale = store.opened;
  store.opened = undefined;
  void stale.then((open) => open.db.close()).catch(() => undefined);
}

function toWorkerError(error: unknown): WorkerError {
  const { message, code, errcode } = (error ?? {}) as { message?: unknown; code?: unknown; errcode?: unknown };
  return {
    message: typeof message === 'string' ? message : String(error),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof errcode === 'number' ? { errcode } : {}),
  };
}

const reply = (message: Reply) => port.postMessage(message);
const fail = (id: number, error: unknown) => reply({ id, ok: false, error: toWorkerError(error) });

/** One transaction for the records given: each text once, then each record. */
function commit({ db, insertText, insertRecord }: OpenFile, batch: readonly Append[]): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    const texts = new Map<string, { text: StoredText; at: string }>();
    for (const { record, text } of batch) if (!texts.has(text.textVersion)) texts.set(text.textVersion, { text, at: record.recordedAt });
    for (const { text, at } of texts.values()) insertText.run(text.textVersion, text.locale, text.text, at);
    for (const { record } of batch) {
      const row = toRow(record);
      insertRecord.run(row.record_id, row.consent_id, row.recorded_at, row.method, row.accepted, row.rejected, row.revision, row.locale, row.path, row.text_version);
    }
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** Writes what arrived since the store's last commit; runs once the messages that came in during that commit are read. */
async function flush(store: Store): Promise<void> {
  const batch = store.pending;
  store.pending = [];
  if (batch.length === 0) return;
  let open: OpenFile;
  try {
    open = await connection(store);
  } catch (error) {
    for (const { id } of batch) fail(id, error);
    return;
  }
  try {
    commit(open, batch);
    for (const { id } of batch) reply({ id, ok: true, value: undefined });
  } catch (error) {
    // A record the database refused must not fail the others: each then goes alone. A store that is down fails them all.
    const alone = batch.length > 1 && classifyStoreError(error).kind !== 'down';
    if (!alone) forget(store, error);
    for (const append of batch) {
      try {
        if (!alone) throw error;
        commit(open, [append]);
        reply({ id: append.id, ok: true, value: undefined });
      } catch (failure) {
        fail(append.id, failure);
      }
    }
  }
}

type Query = Extract<Request, { op: 'recordsOf' | 'between' | 'prune' | 'keepTexts' | 'textOf' }>;

function query(reads: OpenFile['reads'], request: Query): Promise<unknown> {
  switch (request.op) {
    case 'recordsOf':
      return reads.recordsOf(request.consentId);
    case 'between':
      return reads.between(request.from, request.to);
    case 'prune':
      return reads.prune(request.before);
    case 'keepTexts':
      return reads.keepTexts(request.texts, request.at);
    case 'textOf':
      return reads.textOf(request.textVersion);
  }
}

async function answer(store: Store, request: Query): Promise<void> {
  try {
    const { reads } = await connection(store);
    const value = await query(reads, request);
    reply({ id: request.id, ok: true, value });
  } catch (error) {
    forget(store, error);
    fail(request.id, error);
  }
}

/** Opens the file now, so a store that cannot be opened is known at once; nothing is kept open when it fails. */
async function open(request: Extract<Request, { op: 'open' }>): Promise<void> {
  const store: Store = { file: request.file, pending: [] };
  try {
    await connection(store);
    stores.set(request.store, store);
    reply({ id: request.id, ok: true, value: undefined });
  } catch (error) {
    fail(request.id, error);
  }
}

async function close(store: Store, request: Extract<Request, { op: 'close' }>): Promise<void> {
  await flush(store);
  stores.delete(request.store);
  const open = await store.opened?.catch(() => undefined);
  open?.db.close();
  reply({ id: request.id, ok: true, value: undefined });
}

port.on('message', (request: Request) => {
  if (request.op === 'open') return void open(request);
  const store = stores.get(request.store);
  if (!store) return fail(request.id, Object.assign(new Error('The consent store is closed.'), { code: STORE_CLOSED }));
  if (request.op === 'append') {
    store.pending.push(request);
    // setImmediate runs after the messages already waiting are read: they all join this batch.
    if (store.pending.length === 1) setImmediate(() => void flush(store));
  } else if (request.op === 'close') void close(store, request);
  else void answer(store, request);
});
