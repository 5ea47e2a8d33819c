/**
 * Node's built-in SQLite (`node:sqlite`) as the database Kysely's SqliteDialect takes: its documented
 * SqliteDatabase interface, over DatabaseSync. No native module to build at install.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { SqliteDatabase } from 'kysely';

/** Opens (creating it and its folder when missing) the SQLite file at `file`. */
export function openSqlite(file: string): SqliteDatabase {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  // Readers do not wait for the writer; a second process (the CLI) waits up to 5 s for a lock instead of failing.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;');
  return {
    close: () => db.close(),
    prepare(sql) {
      const statement = db.prepare(sql);
      const values = (parameters: readonly unknown[]) => parameters as SQLInputValue[];
      return {
        // A statement that returns rows (a SELECT, or a write with RETURNING) has result columns.
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...values(parameters)),
        run: (parameters) => statement.run(...values(parameters)),
        iterate: (parameters) => statement.iterate(...values(parameters)),
      };
    },
  };
}
