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
    ],
  },
});
