/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so unit tests can import modules that use astro:* and astro/zod.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/support/property.ts'],
    // Headroom for a shared two-core machine under load: a limit on waiting, never a speed goal.
    testTimeout: 30_000,
  },
});
