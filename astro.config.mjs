// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { serverEntry } from './src/server/integration.ts';
import { analyticsCsp } from './src/consent/csp.ts';

/** Canonical origin of the site; README documents it. */
const site = process.env.SITE_URL || 'https://www.jainkasso.se';

export default defineConfig({
  site,
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  integrations: [mdx(), sitemap(), serverEntry()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        `img-src 'self' data: ${analyticsCsp.img.join(' ')}`,
        `connect-src 'self' ${analyticsCsp.connect.join(' ')}`,
      ],
      scriptDirective: { resources: ["'self'", ...analyticsCsp.script] },
    },
  },
});
