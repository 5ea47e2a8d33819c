/**
 * Node's built-in SQLite (`node:sqlite`, no native module to build at install): the file opened as the store needs it,
 * and the same connection as the database Kysely's SqliteDialect takes (its documented SqliteDatabase interface).
 * Used in the store's worker thread only (sqlite-worker.ts): every call here blocks the thread it runs on.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { SqliteDatabase } from 'kysely';

/** How long a write waits for another connection's lock (the CLI's, a backup's) before the store counts as busy. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating it and its folder when missing) the SQLite file at `file`: WAL, so readers do not wait for the
 * writer; synchronous=FULL, so a committed record survives a crash or power loss. Closed again when any step fails,
 * so a failed open holds no file descriptor.
 */
export function openSqlite(file: string): DatabaseSync {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new DatabaseSync(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** `db` as Kysely's SqliteDatabase, each statement prepared once and reused; closing it is left to its owner. */
export function kyselyDatabase(db: DatabaseSync): SqliteDatabase {
  const prepared = new Map<string, { statement: StatementSync; reader: boolean }>();
  const values = (parameters: readonly unknown[]) => parameters as SQLInputValue[];
  return {
    close: () => undefined,
    prepare(sql) {
      let entry = prepared.get(sql);
      if (!entry) {
        const statement = db.prepare(sql);
        // A statement that returns rows (a SELECT, or a write with RETURNING) has result columns.
        entry = { statement, reader: statement.columns().length > 0 };
        prepared.set(sql, entry);
      }
      const { statement, reader } = entry;
      return {
        reader,
        all: (parameters) => statement.all(...values(parameters)),
        run: (parameters) => statement.run(...values(parameters)),
        iterate: (parameters) => statement.iterate(...values(parameters)),
      };
    },
  };
}
