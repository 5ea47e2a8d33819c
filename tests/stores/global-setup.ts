/**
 * One PostgreSQL for the whole run of the store tests (the `stores` project in vitest.config.ts): Debian's server,
 * its data in a temporary folder, on a free port (never 5432), stopped and deleted at the end.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../support/proxies.ts';

export default async function setup(project: TestProject) {
  const postgres = await startPostgres();
  project.provide('postgres', postgres.cluster);
  return () => postgres.remove();
}
