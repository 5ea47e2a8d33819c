/**
 * The built files (dist/client), brotli or gzip copies chosen by Accept-Encoding, each with its cache header and, for
 * a page, its CSP; and `reply.notFoundPage(url)`, the site's 404 page in the address's language. Not encapsulated
 * (fastify-plugin): the guard and the error pages answer with that page too.
 */
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { localeOfPath } from '../../i18n/routes.ts';
import { cacheControl } from '../cache.ts';
import { pagePath } from '../security-headers.ts';

export interface StaticFilesOptions {
  /** dist/client: the built files. */
  clientDir: string;
  /** Each prerendered page's CSP, by page path (security-headers.ts). */
  pageCsp: ReadonlyMap<string, string>;
}

declare module 'fastify' {
  interface FastifyReply {
    /** Answers 404 with the site's 404 page in the language of `url`, with its own CSP. */
    notFoundPage(url: string): FastifyReply;
  }
}

const staticFiles: FastifyPluginAsync<StaticFilesOptions> = async (app, { clientDir, pageCsp }) => {
  await app.register(fastifyStatic, {
    root: clientDir,
    preCompressed: true,
    // A page's own URL ends in a slash; /cookies redirects to /cookies/.
    redirect: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, filePath: string) => {
      const relative = `/${path.relative(clientDir, filePath).replace(/\.(br|gz)$/, '').split(path.sep).join('/')}`;
      reply.header('Cache-Control', cacheControl(relative));
      if (relative.endsWith('.html')) {
        const csp = pageCsp.get(pagePath(relative).replace(/\.html$/, ''));
        if (csp) reply.header('Content-Security-Policy', csp);
      }
    },
  });

  // sendFile picks the brotli or gzip copy.
  app.decorateReply('notFoundPage', function notFoundPage(this: FastifyReply, url: string) {
    const locale = localeOfPath(url.split('?', 1)[0]!);
    // Astro writes the root 404 as 404.html, any other as a page of its own: en/404/index.html.
    const [page, file] = locale === DEFAULT_LOCALE ? ['/404', '404.html'] : [`/${locale}/404`, `${locale}/404/index.html`];
    const csp = pageCsp.get(page);
    if (csp) this.header('Content-Security-Policy', csp);
    return this.code(404).sendFile(file);
  });
};

export default fp(staticFiles, { name: 'static-files', fastify: '5.x' });
