/**
 * The operator's tools on the store the service uses, as docs/consent.md writes them: the settings from the service's
 * file (`--env-file`), which store is read said first, export to a file, and backup then restore bringing the records
 * back: SQLite through `npm run consent -- backup | restore`, PostgreSQL through pg_dump and pg_restore.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log/logger';
import { storeLocation } from '../../../src/consent/records/location';
import { createConsentService } from '../../../src/consent/records/service';
import { openConsentStore } from '../../../src/consent/records/store';
import { bannerRecord } from '../../support/consent-records';
import { builtManifest, consentCli, createTestStore, recordsOf, type TestStore } from '../../support/consent-store';
import { POSTGRES_USER } from '../../support/proxies';
import { sharedPostgres } from '../../support/stores';

const manifest = builtManifest();
const unlimited = { consume: () => Promise.resolve({ allowed: true }) };
const run = promisify(execFile);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-backup-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Stores `count` records as the server would; their consent IDs. */
async function stored(test: TestStore, count: number): Promise<string[]> {
  const service = createConsentService({ location: storeLocation(test.env, process.cwd()), manifest, limiter: unlimited, logger: createLogger({ write: () => undefined }) });
  try {
    expect(await service.start()).toBeUndefined();
    const records = Array.from({ length: count }, () => bannerRecord(manifest));
    for (const record of records) expect(await service.receive(record, '203.0.113.7')).toBe('stored');
    return records.map((r) => r.consentId);
  } finally {
    await service.close();
  }
}

/** The service's settings file, as /etc/jainkasso-web.env would hold them. */
async function envFile(env: Record<string, string>): Promise<string> {
  const file = path.join(dir, `${randomUUID()}.env`);
  await writeFile(file, `${Object.entries(env).map(([k, v]) => `${k}=${v}`).join('\n')}\n`);
  return file;
}

describe('SQLite', () => {
  let test: TestStore & { remove(): Promise<void> };
  beforeAll(async () => {
    test = await createTestStore('sqlite');
  });
  afterAll(() => test.remove());

  it('backup while the store is open, the file lost, restore: every record is back', async () => {
    const ids = await stored(test, 2);
    const settings = await envFile(test.env);
    const backupFile = path.join(dir, 'consent-backup.sqlite');
    const backup = await consentCli({}, '--env-file', settings, 'backup', '--out', backupFile);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).toContain(`Consent records: the SQLite file ${test.env.CONSENT_DB_PATH}`);
    expect(backup.stdout).toBe(`Wrote 2 records to ${backupFile}.\n`);

    await test.store.close();
    await rm(test.env.CONSENT_DB_PATH!);
    await rm(`${test.env.CONSENT_DB_PATH!}-wal`, { force: true });
    await rm(`${test.env.CONSENT_DB_PATH!}-shm`, { force: true });
    const restore = await consentCli({}, '--env-file', settings, 'restore', '--from', backupFile);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toBe(`Restored 2 records from ${backupFile} into ${test.env.CONSENT_DB_PATH}.\n`);
    test.store = await openConsentStore({ kind: 'sqlite', file: test.env.CONSENT_DB_PATH! });
    for (const id of ids) expect(await recordsOf(test.store, id)).toHaveLength(1);
  });

  it('restore refuses a file that is not a backup of the records, and backup never writes over a file: nothing changes', async () => {
    const notABackup = path.join(dir, 'not-a-backup.sqlite');
    await writeFile(notABackup, 'hello');
    const before = await readFile(test.env.CONSENT_DB_PATH!);
    const [restore, backup] = await Promise.all([consentCli(test.env, 'restore', '--from', notABackup), consentCli(test.env, 'backup', '--out', notABackup)]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain(`${notABackup} is not a backup of the consent records`);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toContain(`${notABackup} exists already`);
    expect(await readFile(test.env.CONSENT_DB_PATH!)).toEqual(before);
    expect(await readFile(notABackup, 'utf8')).toBe('hello');
  });

  it('export --out writes the CSV alone to a file only its owner reads', async () => {
    const [id] = await stored(test, 1);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const out = path.join(dir, 'consent.csv');
    const [toFile, toStdout] = await Promise.all([
      consentCli(test.env, 'export', '--from', today, '--to', tomorrow, '--out', out),
      consentCli(test.env, 'export', '--from', today, '--to', tomorrow),
    ]);
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(toFile.stdout).toBe('');
    const csv = await readFile(out, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('recorded_at,consent_id,method,accepted,rejected,revision,locale,path,text_version,record_id');
    expect(csv).toContain(id);
    expect(csv).toBe(toStdout.stdout);
    expect((await stat(out)).mode & 0o077).toBe(0);
  });
});

describe('PostgreSQL', () => {
  const postgres = sharedPostgres();
  let test: TestStore & { remove(): Promise<void> };
  beforeAll(async () => {
    test = await createTestStore('postgres', postgres);
  });
  afterAll(() => test.remove());

  it('`show --env-file` finds a record stored in PostgreSQL and says which database it read; `backup` points to pg_dump', async () => {
    const [id] = await stored(test, 1);
    const database = new URL(test.env.DATABASE_URL!).pathname.slice(1);
    const settings = await envFile(test.env);
    const [{ code, stdout, stderr }, backup] = await Promise.all([consentCli({}, '--env-file', settings, 'show', id!), consentCli({}, '--env-file', settings, 'backup', '--out', path.join(dir, 'x'))]);
    // Backup and restore of PostgreSQL are its own tools': the tool says which.
    expect(backup).toMatchObject({ code: 1, stderr: expect.stringContaining('runuser -u postgres -- pg_dump -Fc') });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(`Consent records: the PostgreSQL database ${database} on 127.0.0.1:${postgres.cluster.port} (DATABASE_URL).`);
    expect(stderr).not.toContain(POSTGRES_USER.password);
    expect(stdout).toContain(`Consent ID ${id}: 1 record`);
  });

  it('pg_dump -Fc, the records deleted, then pg_restore --clean --if-exists: every record is back', async () => {
    const ids = await stored(test, 2);
    const database = new URL(test.env.DATABASE_URL!).pathname.slice(1);
    // docs/consent.md runs them as the postgres user over the local socket; here the tests' own server and user.
    const env = { ...process.env, PGHOST: '127.0.0.1', PGPORT: String(postgres.cluster.port), PGUSER: POSTGRES_USER.name, PGPASSWORD: POSTGRES_USER.password };
    const dump = path.join(dir, 'consent.dump');
    await run('sh', ['-c', `pg_dump -Fc ${database} > ${dump}`], { env });
    const client = new pg.Client({ connectionString: test.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query('delete from consent_records');
      await run('sh', ['-c', `pg_restore --clean --if-exists -d ${database} < ${dump}`], { env });
      const { rows } = await client.query<{ consent_id: string }>('select consent_id from consent_records');
      expect(rows.map((r) => r.consent_id)).toEqual(expect.arrayContaining(ids));
    } finally {
      await client.end();
    }
  });
});
