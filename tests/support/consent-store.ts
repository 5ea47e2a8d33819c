/**
 * A consent store of the tests' own, empty: an SQLite file in a temporary folder, or a database on a PostgreSQL
 * server started for it (proxies.ts). The end-to-end tests and the bench use it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPostgres, type TestPostgres } from './proxies.ts';
import { openConsentStore, type ConsentStore } from '../../src/consent/records/store.ts';

export type StoreKind = 'sqlite' | 'postgres';

/** A store of one kind for one worker: the app's environment for it, and the store as the company reads it. */
export interface TestStore {
  kind: StoreKind;
  /** DATABASE_URL or CONSENT_DB_PATH. */
  env: Record<string, string>;
  /** The store, opened as `npm run consent` opens it. */
  store: ConsentStore;
  /** The tests' PostgreSQL (only for `postgres`). */
  postgres?: TestPostgres;
}

let databases = 0;

/** A fresh, empty store of `kind`. */
export async function createTestStore(kind: StoreKind): Promise<TestStore & { remove(): Promise<void> }> {
  if (kind === 'postgres') {
    const postgres = await startPostgres();
    const database = `consent_${process.pid}_${++databases}`;
    await postgres.createDatabase(database);
    const env = { DATABASE_URL: postgres.url(database) };
    const store = await openConsentStore({ kind: 'postgres', url: env.DATABASE_URL });
    return { kind, env, store, postgres, remove: async () => (await store.close(), await postgres.remove()) };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-consent-'));
  const file = path.join(dir, 'consent.sqlite');
  const store = await openConsentStore({ kind: 'sqlite', file });
  return { kind, env: { CONSENT_DB_PATH: file }, store, remove: async () => (await store.close(), await rm(dir, { recursive: true, force: true })) };
}
