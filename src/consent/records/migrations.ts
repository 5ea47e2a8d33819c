/**
 * The consent store's schema, as versioned migrations run by Kysely's Migrator at start (the same for SQLite and
 * PostgreSQL). Never edit a migration that has run somewhere: add the next one.
 */
import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';

const migrations: Record<string, Migration> = {
  '2026-12-03-01-consent-records': {
    async up(db: Kysely<unknown>) {
      // The full text of each version, stored once.
      await db.schema
        .createTable('consent_texts')
        .ifNotExists()
        .addColumn('text_version', 'text', (c) => c.primaryKey())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('first_recorded_at', 'text', (c) => c.notNull())
        .execute();
      // One row per choice; never updated, deleted only when past retention.
      await db.schema
        .createTable('consent_records')
        .ifNotExists()
        .addColumn('record_id', 'text', (c) => c.primaryKey())
        .addColumn('consent_id', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('accepted', 'text', (c) => c.notNull())
        .addColumn('rejected', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('text_version', 'text', (c) => c.notNull().references('consent_texts.text_version'))
        .execute();
      await db.schema.createIndex('consent_records_consent_id').ifNotExists().on('consent_records').column('consent_id').execute();
      await db.schema.createIndex('consent_records_recorded_at').ifNotExists().on('consent_records').column('recorded_at').execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Brings the schema up to date; several instances starting at once take turns (Kysely's migration lock). */
export async function migrate(db: Kysely<unknown>): Promise<void> {
  const { error } = await new Migrator({ db, provider, migrationTableName: 'consent_migrations', migrationLockTableName: 'consent_migrations_lock' }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('The consent store\'s migration failed.', { cause: error });
}
