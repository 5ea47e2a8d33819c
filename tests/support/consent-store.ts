/**
 * A consent store of the tests' own, empty: an SQLite file in a temporary folder, or a database on a PostgreSQL
 * server (proxies.ts): one started for it, or one shared by the run. Also the build's manifest and
 * `npm run consent`, as the company runs it. The end-to-end tests, the store tests and the bench use it.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, type TestPostgres } from './proxies.ts';
import { openConsentStore, type ConsentStore, type StoredRecord } from '../../src/consent/records/store.ts';
import { loadConsentManifest, MANIFEST_FILE, type ConsentManifest } from '../../src/consent/records/manifest.ts';

export type StoreKind = 'sqlite' | 'postgres';

/** A store of one kind for one worker: the app's environment for it, and the store as the company reads it. */
export interface TestStore {
  kind: StoreKind;
  /** DATABASE_URL or CONSENT_DB_PATH. */
  env: Record<string, string>;
  /** The store, opened as `npm run consent` opens it. */
  store: ConsentStore;
  /** The PostgreSQL server the database is on (only for `postgres`). */
  postgres?: TestPostgres;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A fresh, empty store of `kind`. For `postgres`, a new database on `shared` when given (removing the store leaves
 * that server running), else on a PostgreSQL server started for this store alone.
 */
export async function createTestStore(kind: StoreKind, shared?: TestPostgres): Promise<TestStore & { remove(): Promise<void> }> {
  if (kind === 'postgres') {
    const postgres = shared ?? (await startPostgres());
    const database = `consent_${randomUUID().replace(/-/g, '')}`;
    await postgres.createDatabase(database);
    const env = { DATABASE_URL: postgres.url(database) };
    const store = await openConsentStore({ kind: 'postgres', url: env.DATABASE_URL });
    return {
      kind,
      env,
      store,
      postgres,
      remove: async () => {
        await store.close();
        if (!shared) await postgres.remove();
      },
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-consent-'));
  const file = path.join(dir, 'consent.sqlite');
  const store = await openConsentStore({ kind: 'sqlite', file });
  return { kind, env: { CONSENT_DB_PATH: file }, store, remove: async () => (await store.close(), await rm(dir, { recursive: true, force: true })) };
}

/** The build's manifest, read as the server reads it: the text version of each language, as the records must name it. */
export function builtManifest(): ConsentManifest {
  return loadConsentManifest(new URL(`dist/client/${MANIFEST_FILE}`, new URL('../../', import.meta.url)));
}

/** Every record of a consent ID, oldest first. */
export async function recordsOf(store: ConsentStore, consentId: string): Promise<StoredRecord[]> {
  return (await store.recordsOf(consentId)).records;
}

/** How many records the store holds in all. */
export async function countRecords(store: ConsentStore): Promise<number> {
  return (await store.between(new Date(0), new Date('9999-12-31T00:00:00Z'))).length;
}

/** Runs `npm run consent -- …args` against the store, as the company would; resolves with what it printed. */
export async function consentCli(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const node = path.join(root, 'node_modules/.bin/node');
  const child = spawn(node, [path.join(root, 'scripts/consent.ts'), ...args], { cwd: root, env: { ...process.env, DATABASE_URL: '', CONSENT_DB_PATH: '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stdout, stderr };
}
