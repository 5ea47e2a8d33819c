// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { AstroError } from 'astro/errors';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES } from './src/i18n/locales.ts';
import { alternatesOf, ROUTES } from './src/i18n/routes.ts';
import { precompressedFiles, sqliteWorkerFile } from './src/server/integration.ts';
import { listenSettings } from './src/server/listen-settings.ts';
import { processContext } from './src/lib/settings.ts';
import { sessionConfig } from './src/lib/session.ts';
import { site as siteFacts } from './src/site.config.ts';

/**
 * A setting of the build that is wrong: one sentence naming it and the fix, without Astro's stack trace.
 * @param {string} sentence
 */
function settingError(sentence) {
  const error = new AstroError(sentence);
  error.stack = ''; // a wrong setting gets a sentence; Astro prints a stack trace when there is one
  return error;
}

/**
 * Canonical origin of the site (SITE_URL; README documents it): an absolute https:// or http:// URL, or one sentence.
 * @param {string | undefined} value
 */
export function siteUrl(value) {
  const url = value?.trim() || 'https://www.jainkasso.se';
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw settingError('SITE_URL must be the site\'s address with its scheme, e.g. https://www.jainkasso.se (not www.jainkasso.se).');
  }
  return url;
}

const site = siteUrl(process.env.SITE_URL);

/** The largest form post accepted: the data-request form with 2,000 characters of Rättelse, percent-encoded, fits several times over. */
const MAX_FORM_BYTES = 64 * 1024;

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
 * The sitemap: every page but the confirmations (shown once, kept out of search engines) and the 404s, each with its
 * language alternates from the route table. The integration's own i18n option pairs pages only when their paths match
 * after the locale prefix (/x/ and /en/x/); this site translates its slugs, so the route table pairs them instead.
 * @type {import('@astrojs/sitemap').SitemapOptions}
 */
const sitemapOptions = {
  filter: (page) => {
    const { pathname } = new URL(page);
    return !LOCALES.some((locale) => pathname === ROUTES.confirmation[locale]) && !/\/404\/?$/.test(pathname);
  },
  serialize: (item) => {
    const alternates = alternatesOf(new URL(item.url).pathname);
    if (!alternates) return item;
    const links = LOCALES.map((locale) => ({ lang: LOCALE_INFO[locale].lang, url: new URL(alternates[locale], site).href }));
    return { ...item, links: [...links, { lang: 'x-default', url: new URL(alternates[DEFAULT_LOCALE], site).href }] };
  },
};

/**
 * Where `astro dev` listens: HOST and PORT, read by the production server's own settings group (defaults localhost:4321).
 * @param {NodeJS.ProcessEnv} env
 */
export function devServer(env) {
  const parsed = listenSettings.parse(env, processContext());
  if (!parsed.ok) {
    throw settingError(parsed.problems.map((p) => p.sentence).join('\n'));
  }
  return { port: parsed.value.port, host: parsed.value.host };
}

export default defineConfig({
  site,
  output: 'static',
  // Swedish at the current URLs, English under /en/ (src/i18n/routes.ts pairs the pages). Astro.currentLocale follows it.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Only for `astro dev` (the build sees command 'preview'): the node adapter copies server.host/port into the build as
  // its defaults, and the built server must take HOST/PORT from where it starts, not from the machine that built it.
  server: ({ command }) => (command === 'dev' ? devServer(process.env) : {}),
  // The site's own CSS (a few KB) goes inline: no render-blocking round trip before the first paint.
  // Astro's CSP hashes each inlined <style>. The banner's CSS is loaded by its script instead (ConsentBanner.astro).
  build: { inlineStylesheets: 'always' },
  // Middleware mode: the production server (src/server/serve.ts, Fastify) calls Astro for on-demand routes and serves
  // the files itself. staticHeaders: the build writes each prerendered page's CSP to dist/_headers.json for it.
  adapter: node({
    mode: 'middleware',
    staticHeaders: true,
    // Backstop for every route; the actions' own limit (below) answers an oversized form first, with 413.
    bodySizeLimit: 2 * MAX_FORM_BYTES,
  }),
  // The site shows no code. Shiki's highlighting would also need inline styles, which the CSP below forbids;
  // MDX inherits this (extendMarkdownConfig).
  markdown: { syntaxHighlight: false },
  // Sessions carry the form's confirmation to the confirmation page, and the e-ID's login and identity (src/lib/session.ts).
  session: sessionConfig(fileURLToPath(new URL('./src/lib/session-store.ts', import.meta.url))),
  integrations: [mdx(), sitemap(sitemapOptions), precompressedFiles(), sqliteWorkerFile()],
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
  vite: {
    // The company's facts as read from SITE_FACTS_FILE now (src/site.config.ts): the build and its server keep these,
    // and never read the file again.
    define: { __SITE_FACTS__: JSON.stringify(JSON.stringify(siteFacts)) },
    // The consent script is bundled on its own (ConsentBanner.astro, `?worker&url`) and runs as a module in the page.
    // Its output is final, bundled by nothing after: the minifier's hints (`/* @__PURE__ */`) would be bytes for nobody.
    worker: { format: 'es', rolldownOptions: { output: { comments: { annotation: false } } } },
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
