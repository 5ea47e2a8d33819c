/**
 * Which consent store the settings choose, how the log and the launch check name it, and which failures to reach it
 * mean the settings are wrong (the server then stops) rather than that the store is down for now (it keeps serving).
 */
import path from 'node:path';
import type { StoreLocation } from './store.ts';

/** The SQLite file when CONSENT_DB_PATH is unset, under the working directory. */
export const DEFAULT_CONSENT_DB_PATH = 'data/consent.sqlite';

/** PostgreSQL with DATABASE_URL, else the SQLite file (relative paths from `cwd`). */
export function storeLocation(settings: { DATABASE_URL?: string | undefined; CONSENT_DB_PATH?: string | undefined }, cwd: string): StoreLocation {
  if (settings.DATABASE_URL) return { kind: 'postgres', url: settings.DATABASE_URL };
  return { kind: 'sqlite', file: path.resolve(cwd, settings.CONSENT_DB_PATH ?? DEFAULT_CONSENT_DB_PATH) };
}

/** The store in words, without a password. */
export function describeStore(location: StoreLocation): string {
  if (location.kind === 'sqlite') return `SQLite file ${location.file}`;
  const url = new URL(location.url);
  return `PostgreSQL database ${decodeURIComponent(url.pathname.slice(1)) || '(default)'} on ${url.hostname}${url.port ? `:${url.port}` : ''}`;
}

/** Where the store is, for a log line: the PostgreSQL server's host and port (never the URL: it holds the password), or the file. */
export function storeWhere(location: StoreLocation): { host: string } | { file: string } {
  if (location.kind === 'sqlite') return { file: location.file };
  const url = new URL(location.url);
  return { host: `${url.hostname || 'localhost'}:${url.port || '5432'}` };
}

/** PostgreSQL's answers that no waiting will change: the URL names a wrong user, password or database. */
const WRONG_SETTING_CODES: Record<string, string> = {
  '28P01': 'the password or user is wrong',
  '28000': 'the user may not connect',
  '3D000': 'the database does not exist',
  ENOTFOUND: 'the host name is unknown',
};

/** A sentence when `error` means DATABASE_URL is wrong; undefined when the store may simply be down. */
export function wrongSettingProblem(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? WRONG_SETTING_CODES[code] : undefined;
  return reason && `DATABASE_URL is wrong: ${reason}. Check the URL (postgres://user:password@host:5432/database).`;
}
