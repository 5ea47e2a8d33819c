/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can import modules that use astro:* and astro/zod.
export default getViteConfig({
  test: {
    setupFiles: ['tests/support/property.ts'],
    // Headroom for a shared two-core machine under load: a limit on waiting, never a speed goal.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The built site as a browser receives it, without a browser: needs `npm run build` first.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/site/global-setup.ts'] } },
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
