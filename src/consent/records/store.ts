/**
 * Where consent records are kept: an SQLite file by default, PostgreSQL when several instances share one
 * (DATABASE_URL). One schema (migrations.ts) and one set of read queries (rows.ts) for both; each store writes its
 * own fastest way (postgres.ts, sqlite-store.ts). Records are only ever added, and deleted when past retention.
 */
import { openSqliteStore } from './sqlite-store.ts';
import type { ConnectionLost, ConsentStore, StoreLocation } from './store-types.ts';

export type { ConnectionLost, ConsentStore, StoreLocation, StoredRecord, StoredText } from './store-types.ts';

/**
 * Opens the store and brings its schema up to date. Throws when the database cannot be reached or written
 * (the caller decides what that means: the server keeps serving, the CLI stops); nothing is left open then.
 * `sqliteWorker`: the SQLite thread's code, when not its source (the server runs the build's, sqlite-store.ts).
 */
export async function openConsentStore(
  location: StoreLocation,
  onConnectionLost: ConnectionLost = () => undefined,
  sqliteWorker?: URL,
): Promise<ConsentStore> {
  if (location.kind === 'sqlite') return openSqliteStore(location.file, sqliteWorker);
  // Loaded only for PostgreSQL: with SQLite, Kysely and pg load in the store's thread alone, not on the server's.
  const { openPostgresStore } = await import('./postgres.ts');
  return openPostgresStore(location.url, onConnectionLost);
}
