/**
 * The store tests' one PostgreSQL (tests/stores/, the `stores` project in vitest.config.ts): made once for the run
 * by tests/stores/global-setup.ts, reached here from any test file.
 */
import { inject } from 'vitest';
import { attachPostgres, type PostgresCluster, type TestPostgres } from './proxies.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's PostgreSQL cluster: its port and folder. */
    postgres: PostgresCluster;
  }
}

/** The run's PostgreSQL: a test makes a database of its own on it (createTestStore), or stops and starts it. */
export function sharedPostgres(): TestPostgres {
  return attachPostgres(inject('postgres'));
}
