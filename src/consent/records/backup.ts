/**
 * Backup and restore of the SQLite store (`npm run consent -- backup | restore`), through SQLite itself so that both
 * are safe while the server runs: VACUUM INTO writes one consistent, compact copy, and the online backup API copies a
 * backup back page by page under SQLite's locks (the WAL included). PostgreSQL is backed up with its own tools
 * (pg_dump, pg_restore: docs/consent.md). Plain Node can run it.
 */
import { existsSync } from 'node:fs';
import { backup, DatabaseSync } from 'node:sqlite';

/** The table every consent store has (migrations.ts): a file without it is not a backup of the records. */
const RECORDS_TABLE = 'consent_records';

/** A sentence for the operator: what is wrong with the backup or restore asked for. */
export class BackupError extends Error {
  override name = 'BackupError';
}

function recordCount(db: DatabaseSync): number {
  const table = db.prepare("select name from sqlite_master where type = 'table' and name = ?").get(RECORDS_TABLE);
  if (!table) throw new BackupError('it holds no consent records table');
  return Number((db.prepare(`select count(*) as n from ${RECORDS_TABLE}`).get() as { n: number | bigint }).n);
}

/** Writes a copy of the SQLite file `file` to `out` (a new file); the number of records copied. */
export function backupSqlite(file: string, out: string): number {
  if (!existsSync(file)) throw new BackupError(`There is no SQLite file at ${file}: no record has been stored there (check CONSENT_DB_PATH).`);
  if (existsSync(out)) throw new BackupError(`${out} exists already: name a new file, so no backup is overwritten.`);
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA busy_timeout = 5000;');
    const count = recordCount(db);
    db.prepare('VACUUM INTO ?').run(out);
    return count;
  } finally {
    db.close();
  }
}

/**
 * Replaces the records in `file` with those in the backup `from`, after checking that the backup is whole and is a
 * consent store; the number of records restored. Records stored after the backup are gone: stop the server first.
 */
export async function restoreSqlite(from: string, file: string): Promise<number> {
  if (!existsSync(from)) throw new BackupError(`There is no backup file at ${from}.`);
  let source: DatabaseSync;
  try {
    source = new DatabaseSync(from, { readOnly: true });
  } catch {
    throw new BackupError(`${from} is not an SQLite file.`);
  }
  try {
    let count: number;
    try {
      const [check] = source.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
      if (check?.integrity_check !== 'ok') throw new BackupError('its integrity check fails');
      count = recordCount(source);
    } catch (error) {
      const reason = error instanceof BackupError ? error.message : 'it is not an SQLite file';
      throw new BackupError(`${from} is not a backup of the consent records: ${reason}. Nothing was changed.`);
    }
    await backup(source, file);
    return count;
  } finally {
    source.close();
  }
}
