// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { precompressedFiles } from './src/server/integration.ts';

/** Canonical origin of the site; README documents it. */
const site = process.env.SITE_URL || 'https://www.jainkasso.se';

/** The largest form post accepted: the data-request form with 2,000 characters of Rättelse, percent-encoded, fits several times over. */
const MAX_FORM_BYTES = 64 * 1024;

export default defineConfig({
  site,
  output: 'static',
  // Middleware mode: the production server (src/server/serve.ts, Fastify) calls Astro for on-demand routes and serves
  // the files itself. staticHeaders: the build writes each prerendered page's CSP to dist/_headers.json for it.
  adapter: node({
    mode: 'middleware',
    staticHeaders: true,
    // Backstop for every route; the actions' own limit (below) answers an oversized form first, with 413.
    bodySizeLimit: 2 * MAX_FORM_BYTES,
  }),
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/dina-uppgifter/tack') }), precompressedFiles()],
  security: {
    checkOrigin: true,
    actionBodySizeLimit: MAX_FORM_BYTES,
    // Behind the TLS proxy that serves SITE_URL, Astro believes X-Forwarded-Proto/-Host/-For for this host, so the origin
    // check sees the visitor's https origin and the confirmation cookie is Secure. The production server passes those
    // headers on only from a proxy named in TRUST_PROXY, with X-Forwarded-For reduced to the client it trusts.
    allowedDomains: [{ hostname: new URL(site).hostname, protocol: 'https' }],
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        // img-src, connect-src and Google's script host are added per page (src/consent/csp.ts, from BaseLayout),
        // so that they appear only where GA may load: not on the data-request form or its confirmation.
      ],
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
