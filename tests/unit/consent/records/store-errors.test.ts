import { describe, expect, it } from 'vitest';
import { classifyStoreError, STORE_CLOSED } from '../../../../src/consent/records/store-errors';

const sqlite = (errcode: number) => Object.assign(new Error('…'), { code: 'ERR_SQLITE_ERROR', errcode });
const coded = (code: string) => Object.assign(new Error('…'), { code });

describe('what a failed store call means', () => {
  it('a store that cannot be reached or written is down, named by its code', () => {
    for (const [error, code] of [
      [coded('ECONNREFUSED'), 'ECONNREFUSED'],
      [coded('ENOSPC'), 'ENOSPC'],
      [coded('ENOTDIR'), 'ENOTDIR'],
      [coded(STORE_CLOSED), STORE_CLOSED],
      // PostgreSQL: shutting down, cannot connect now, disk full, I/O error, connection failure, password changed.
      [coded('57P01'), '57P01'],
      [coded('57P03'), '57P03'],
      [coded('53100'), '53100'],
      [coded('58030'), '58030'],
      [coded('08006'), '08006'],
      [coded('28P01'), '28P01'],
      // SQLite: busy (another connection's lock), read-only, I/O error (extended codes), full, cannot open.
      [sqlite(5), 'SQLITE_BUSY'],
      [sqlite(8), 'SQLITE_READONLY'],
      [sqlite(1032), 'SQLITE_READONLY'],
      [sqlite(10 | (4 << 8)), 'SQLITE_IOERR'],
      [sqlite(13), 'SQLITE_FULL'],
      [sqlite(14), 'SQLITE_CANTOPEN'],
      // pg's own errors carry no code.
      [new Error('Connection terminated unexpectedly'), 'ECONNECTION'],
      [new Error('timeout exceeded when trying to connect'), 'ECONNECTION'],
    ] as const) {
      expect(classifyStoreError(error), code).toEqual({ kind: 'down', code });
    }
  });

  it('a value the database refuses is bad input, not an outage', () => {
    // PostgreSQL: a NUL byte (22021), a value too long (22001), a constraint (23505); SQLite: a constraint, too big.
    for (const [error, code] of [
      [coded('22021'), '22021'],
      [coded('22001'), '22001'],
      [coded('23505'), '23505'],
      [sqlite(19), 'SQLITE_CONSTRAINT'],
      [sqlite(18), 'SQLITE_TOOBIG'],
    ] as const) {
      expect(classifyStoreError(error), code).toEqual({ kind: 'refused', code });
    }
  });

  it('anything else failed, without calling the store down', () => {
    expect(classifyStoreError(new TypeError('x is undefined'))).toEqual({ kind: 'failed', code: 'TypeError' });
    expect(classifyStoreError(coded('42P01'))).toEqual({ kind: 'failed', code: '42P01' });
    expect(classifyStoreError(sqlite(1))).toEqual({ kind: 'failed', code: 'SQLITE_ERROR' });
    expect(classifyStoreError(undefined)).toEqual({ kind: 'failed', code: 'unknown' });
  });
});
