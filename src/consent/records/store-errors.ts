/**
 * What a failed store call means. Only a store that cannot be reached or written (a connection refused or lost, a
 * lock held too long, a disk full or read-only, a file that cannot be opened) is `down`: the endpoint answers 503,
 * the browser keeps the record, and the log says why. A value the database refuses (PostgreSQL takes no NUL byte) is
 * `refused`: bad input, a 4xx, never an outage. Anything else is `failed`: a 503 and an error in the log, not "down".
 */

export type StoreFailureKind = 'down' | 'refused' | 'failed';

export interface StoreFailure {
  kind: StoreFailureKind;
  /** The error's code, never its message (which can quote a value): `ECONNREFUSED`, `SQLITE_BUSY`, PostgreSQL's `22021`. */
  code: string;
}

/** SQLite's primary result codes (the low byte of `errcode`), by name. */
const SQLITE_CODES: Record<number, string> = {
  1: 'SQLITE_ERROR',
  3: 'SQLITE_PERM',
  5: 'SQLITE_BUSY',
  6: 'SQLITE_LOCKED',
  7: 'SQLITE_NOMEM',
  8: 'SQLITE_READONLY',
  10: 'SQLITE_IOERR',
  11: 'SQLITE_CORRUPT',
  13: 'SQLITE_FULL',
  14: 'SQLITE_CANTOPEN',
  15: 'SQLITE_PROTOCOL',
  18: 'SQLITE_TOOBIG',
  19: 'SQLITE_CONSTRAINT',
  20: 'SQLITE_MISMATCH',
  23: 'SQLITE_AUTH',
  25: 'SQLITE_RANGE',
  26: 'SQLITE_NOTADB',
};

const SQLITE_DOWN = new Set(['SQLITE_PERM', 'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_NOMEM', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CORRUPT', 'SQLITE_FULL', 'SQLITE_CANTOPEN', 'SQLITE_PROTOCOL', 'SQLITE_AUTH', 'SQLITE_NOTADB']);
const SQLITE_REFUSED = new Set(['SQLITE_TOOBIG', 'SQLITE_CONSTRAINT', 'SQLITE_MISMATCH', 'SQLITE_RANGE']);

/**
 * PostgreSQL's SQLSTATE classes (and codes) that mean the server cannot take work now: connection (08), resources
 * such as a full disk (53), shut down or starting (57), I/O (58), a conflict to retry (40), credentials that stopped
 * working (28), the database gone (3D000), a read-only standby (25006).
 */
const POSTGRES_DOWN = /^(08|53|57|58|40|28)|^3D000$|^25006$/;
/** Data exceptions (22: a NUL byte, a value too long) and integrity constraints (23): the value is refused. */
const POSTGRES_REFUSED = /^(22|23)/;

/** The closed store's own code: its SQLite worker ended (sqlite-store.ts). */
export const STORE_CLOSED = 'ERR_CONSENT_STORE_CLOSED';

/** The errors pg raises itself, without a code, when a connection cannot be made or is lost. */
const CONNECTION_MESSAGE = /\b(connect|connection|terminated|timeout)\b/i;

export function classifyStoreError(error: unknown): StoreFailure {
  const { code, errcode, message } = (error ?? {}) as { code?: unknown; errcode?: unknown; message?: unknown };
  if (typeof errcode === 'number') {
    const name = SQLITE_CODES[errcode & 0xff] ?? `SQLITE_${errcode}`;
    return { kind: SQLITE_DOWN.has(name) ? 'down' : SQLITE_REFUSED.has(name) ? 'refused' : 'failed', code: name };
  }
  if (typeof code === 'string') {
    // A system error (ECONNREFUSED, EACCES, ENOSPC, ENOTDIR…) or the store's worker gone.
    if (/^E[A-Z0-9]+$/.test(code) || code === STORE_CLOSED) return { kind: 'down', code };
    if (/^[0-9A-Z]{5}$/.test(code)) return { kind: POSTGRES_DOWN.test(code) ? 'down' : POSTGRES_REFUSED.test(code) ? 'refused' : 'failed', code };
    return { kind: 'failed', code };
  }
  if (typeof message === 'string' && CONNECTION_MESSAGE.test(message)) return { kind: 'down', code: 'ECONNECTION' };
  return { kind: 'failed', code: error instanceof Error ? error.name : 'unknown' };
}
