import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompress } from './precompress.ts';

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
