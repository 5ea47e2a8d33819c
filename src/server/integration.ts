import type { AstroIntegration } from 'astro';
import { getAdapter } from '@astrojs/node';

/**
 * Makes src/server/entry.ts the server's entry point, in place of the node adapter's own, and has Astro record each
 * prerendered page's CSP in dist/_headers.json (the adapter's `staticHeaders` build feature) for entry.ts to send.
 * The adapter's runtime lookup of that file is left off: it misses URLs that end in a slash, as all of ours do.
 * Must come after the node adapter in `integrations`.
 */
export function serverEntry(): AstroIntegration {
  return {
    name: 'jainkasso:server-entry',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          ...getAdapter({ staticHeaders: true }),
          serverEntrypoint: new URL('./entry.ts', import.meta.url),
        });
      },
    },
  };
}
