import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { precompress } from './precompress.ts';
import { SQLITE_WORKER_BUILT, SQLITE_WORKER_SOURCE } from '../consent/records/sqlite-store.ts';

/** After the build, writes brotli and gzip copies of the site's text files for the production server (src/server/serve.ts). */
export function precompressedFiles(): AstroIntegration {
  let clientDir: URL | undefined;
  return {
    name: 'jainkasso:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        clientDir = config.build.client;
      },
      'astro:build:done': async ({ logger }) => {
        if (!clientDir) return;
        const count = await precompress(fileURLToPath(clientDir));
        logger.info(`brotli and gzip copies of ${count} files`);
      },
    },
  };
}

/**
 * After the build, the consent store's SQLite thread (sqlite-worker.ts and what it imports, Kysely included) as one
 * JavaScript file beside the server's, which the production server runs: a thread started from TypeScript loads
 * Node's type stripper (WebAssembly) into its own isolate, and Kysely as 257 modules (16 MiB of RSS together).
 */
export function sqliteWorkerFile(): AstroIntegration {
  let serverDir: URL | undefined;
  return {
    name: 'jainkasso:sqlite-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        serverDir = config.build.server;
      },
      'astro:build:done': async ({ logger }) => {
        if (!serverDir) return;
        await build({
          entryPoints: [fileURLToPath(SQLITE_WORKER_SOURCE)],
          outfile: fileURLToPath(new URL(SQLITE_WORKER_BUILT, serverDir)),
          bundle: true,
          platform: 'node',
          format: 'esm',
          target: 'node22.12',
          logLevel: 'warning',
        });
        logger.info(`the consent store's thread as ${SQLITE_WORKER_BUILT}`);
      },
    },
  };
}
