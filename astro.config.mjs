// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { serverEntry } from './src/server/integration.ts';
import { analyticsCsp } from './src/consent/csp.ts';
import { CONFIRMATION_COOKIE, CONFIRMATION_COOKIE_MAX_AGE_SECONDS, CONFIRMATION_COOKIE_PATH } from './src/requests/confirmation.ts';

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

export default defineConfig({
  site,
  output: 'static',
  adapter: node({
    mode: 'standalone',
    // Backstop for every route; the actions' own limit (below) answers an oversized form first, with 413.
    bodySizeLimit: 2 * MAX_FORM_BYTES,
  }),
  // Sessions carry the form's confirmation from the post to the confirmation page (src/requests/confirmation.ts).
  session: {
    driver: {
      entrypoint: fileURLToPath(new URL('./src/requests/session-store.ts', import.meta.url)),
      config: { ttlSeconds: CONFIRMATION_COOKIE_MAX_AGE_SECONDS, maxEntries: 10_000 },
    },
    cookie: { name: CONFIRMATION_COOKIE, maxAge: CONFIRMATION_COOKIE_MAX_AGE_SECONDS, path: CONFIRMATION_COOKIE_PATH, sameSite: 'lax' },
    ttl: CONFIRMATION_COOKIE_MAX_AGE_SECONDS,
  },
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
      SMTP_TIMEOUT_MS: envField.number({ ...runtime, default: 15_000, int: true, min: 1, max: 30_000 }),
      RATE_LIMIT_MAX: envField.number({ ...runtime, default: 5, int: true, min: 1 }),
      RATE_LIMIT_WINDOW_MS: envField.number({ ...runtime, default: 600_000, int: true, min: 1000 }),
    },
  },
});
