// @ts-check
import { defineConfig, envField } from 'astro/config';
import { AstroError } from 'astro/errors';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { serverEntry } from './src/server/integration.ts';
import { analyticsCsp } from './src/consent/csp.ts';

/** Canonical origin of the site; README documents it. */
const site = process.env.SITE_URL || 'https://www.jainkasso.se';

/** The largest form post accepted: the data-request form with 2,000 characters of Rättelse, percent-encoded, fits several times over. */
const MAX_FORM_BYTES = 64 * 1024;

/**
 * Server settings read when the server runs, not when it is built. `access: 'secret'` is what makes
 * astro:env read a server variable at run time (public server variables are inlined by the build);
 * only SMTP_URL is actually secret. README documents each.
 */
const runtime = /** @type {const} */ ({ context: 'server', access: 'secret' });

/**
 * Astro's own content-assets plugin (astro/dist/content/vite-plugin-content-assets.js) starts the module it makes for
 * each MDX entry (`content/*.mdx?astroPropagatedAssets`) with the directive "use astro:head-inject". Nothing reads the
 * directive any more, and Rolldown warns that it may not survive bundling: withastro/astro#18087, open. Only that
 * warning, from that module, is dropped; every other warning is printed.
 * @param {{ code?: string, id?: string, message: string }} warning
 */
function isAstroHeadInjectDirective(warning) {
  return (
    warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
    (warning.id?.endsWith('?astroPropagatedAssets') ?? false) &&
    warning.message.includes('"use astro:head-inject"')
  );
}

/**
 * Where `astro dev` listens: HOST and PORT, as for the production server (defaults localhost:4321).
 * @param {NodeJS.ProcessEnv} env
 */
export function devServer(env) {
  const port = env.PORT ? Number(env.PORT) : 4321;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    const error = new AstroError(`PORT must be a whole number from 1 to 65535, not "${env.PORT}".`);
    error.stack = ''; // a wrong setting gets a sentence; Astro prints a stack trace when there is one
    throw error;
  }
  return { port, ...(env.HOST ? { host: env.HOST } : {}) };
}

export default defineConfig({
  site,
  output: 'static',
  // Only for `astro dev` (the build sees command 'preview'): the node adapter copies server.host/port into the build as
  // its defaults, and the built server must take HOST/PORT from where it starts, not from the machine that built it.
  server: ({ command }) => (command === 'dev' ? devServer(process.env) : {}),
  // The site's own CSS (a few KB) goes inline: no render-blocking round trip before the first paint.
  // Astro's CSP hashes each inlined <style>. The banner's CSS is loaded by its script instead (ConsentBanner.astro).
  build: { inlineStylesheets: 'always' },
  adapter: node({
    mode: 'standalone',
    // Backstop for every route; the actions' own limit (below) answers an oversized form first, with 413.
    bodySizeLimit: 2 * MAX_FORM_BYTES,
  }),
  // The site shows no code. Shiki's highlighting would also need inline styles, which the CSP below forbids;
  // MDX inherits this (extendMarkdownConfig).
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/dina-uppgifter/tack') }), serverEntry()],
  security: {
    checkOrigin: true,
    actionBodySizeLimit: MAX_FORM_BYTES,
    // Behind the TLS proxy that serves SITE_URL, trust its X-Forwarded-Proto/-Host/-For: the origin check then sees the
    // visitor's https origin, the confirmation cookie is Secure, and the rate limit counts visitors, not the proxy.
    // The server must then be reachable only through that proxy (README, deployment).
    allowedDomains: [{ hostname: new URL(site).hostname, protocol: 'https' }],
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
  env: {
    schema: {
      SMTP_URL: envField.string({ ...runtime, optional: true }),
      MAIL_TO: envField.string({ ...runtime, optional: true }),
      MAIL_FROM: envField.string({ ...runtime, optional: true }),
      MAIL_OUTBOX_DIR: envField.string({ ...runtime, optional: true }),
      SMTP_TIMEOUT_MS: envField.number({ ...runtime, default: 15_000, int: true, min: 1, max: 15_000 }),
      RATE_LIMIT_MAX: envField.number({ ...runtime, default: 5, int: true, min: 1 }),
      RATE_LIMIT_WINDOW_MS: envField.number({ ...runtime, default: 600_000, int: true, min: 1000 }),
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (isAstroHeadInjectDirective(warning)) return;
          warn(warning);
        },
      },
    },
  },
});
