import { globSync, readFileSync } from 'node:fs';
import { getViteConfig } from 'astro/config';
import type { ViteUserConfig } from 'vitest/config';

type Project = NonNullable<NonNullable<ViteUserConfig['test']>['projects']>[number];
type TestOptions = NonNullable<ViteUserConfig['test']>;

/**
 * The test files matching `pattern` as one project whose files share a module graph per worker, which spares
 * re-importing Astro, zod and cheerio for each file (about half the unit and site steps' CPU time), and the files that
 * replace a module with `vi.mock` as a second project, isolated: in a shared graph a mock could leak into, or miss,
 * another file's imports. The split is read from the files themselves, so a new mock needs no list kept by hand.
 */
function sharingModules(name: string, pattern: string, options: TestOptions = {}): Project[] {
  const mocking = globSync(pattern).filter((file) => /\bvi\.(mock|doMock)\(/.test(readFileSync(file, 'utf8')));
  const shared: Project = { extends: true, test: { ...options, name, include: [pattern], exclude: mocking, isolate: false } };
  if (mocking.length === 0) return [shared];
  return [shared, { extends: true, test: { ...options, name: `${name}-mocked`, include: mocking } }];
}

// Astro's Vite config, so tests can import modules that use astro:* and astro/zod.
export default getViteConfig({
  test: {
    setupFiles: ['tests/support/property.ts'],
    // Headroom for a shared two-core machine under load: a limit on waiting, never a speed goal.
    testTimeout: 30_000,
    // One worker per core, not Vitest's default of one fewer (a single worker on two cores): several site files mostly
    // wait (a verified identity running out, a silent mail server), and two workers overlap those waits.
    maxWorkers: '100%',
    projects: [
      ...sharingModules('unit', 'tests/unit/**/*.test.ts'),
      // The built site as a browser receives it, without a browser: needs `npm run build` first.
      ...sharingModules('site', 'tests/site/**/*.test.ts', { globalSetup: ['tests/site/global-setup.ts'] }),
      // The stores against a real PostgreSQL (one for the run) and SQLite: needs `npm run build` first (the CLI and the
      // server read the build). Its own project, so a unit run starts no database; one file at a time, as one test
      // stops and starts that PostgreSQL.
      {
        extends: true,
        test: { name: 'stores', include: ['tests/stores/**/*.test.ts'], globalSetup: ['tests/stores/global-setup.ts'], fileParallelism: false },
      },
    ],
  },
});
