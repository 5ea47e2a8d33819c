/**
 * The production HTTP server: Fastify, assembled from plugins. Every request meets the guard first (plugins/guard.ts:
 * access log, security headers, limits, forwarded headers, odd requests), then Astro's node adapter, which answers
 * the on-demand routes (plugins/astro.ts); the built files are served precompressed (plugins/static-files.ts), then
 * the server's own routes (plugins/health.ts, the consent records' src/consent/records/route.ts), and what nothing
 * answered gets the 404 page or a plain error (plugins/error-pages.ts). The services are a decoration, `app.services`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { LogController, type FastifyInstance, type RawServerDefault } from 'fastify';
import type { Logger } from '../log/logger.ts';
import type { Services } from './services.ts';
import { logWhenClosed } from './access-log.ts';
import { InFlight } from './in-flight.ts';
import { LIMITS } from './limits.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import astroPages, { type AstroMiddleware } from './plugins/astro.ts';
import errorPages from './plugins/error-pages.ts';
import guard from './plugins/guard.ts';
import health, { HEALTH_PATH } from './plugins/health.ts';
import staticFiles from './plugins/static-files.ts';
import { consentRecordsRoute } from '../consent/records/route.ts';
import { CONSENT_RECORDS_PATH } from '../consent/records/record.ts';
import { eidReturnUrl } from '../eid/return-path.ts';

export type { AstroMiddleware, ServerLocals } from './plugins/astro.ts';

export interface ServerOptions {
  /** `handler` from dist/server/entry.mjs. */
  astro: AstroMiddleware;
  /** dist/client: the built files. */
  clientDir: string;
  /** Each prerendered page's CSP, by page path (security-headers.ts). */
  pageCsp: ReadonlyMap<string, string>;
  /** TRUST_PROXY: addresses and CIDR ranges whose forwarded headers are believed. */
  trustProxy: readonly string[];
  /** Handed to Astro with each on-demand request. */
  services: Services;
  /** EID_REDIRECT_PATH, when e-ID is on: routed to the e-ID return (src/pages/e-legitimation/retur.ts). */
  eidRedirectPath?: string | undefined;
  /** The server's one logger (src/log/logger.ts). */
  logger: Logger;
}

export interface Server {
  app: FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, Logger>;
  /** Stops taking connections, lets the responses in flight finish, then closes every connection that is left. */
  close(): Promise<void>;
}

/** Fastify with the server's own settings: the logger, the proxies, the limits, shutdown, the e-ID return path. */
function createApp({ logger, trustProxy, eidRedirectPath }: Pick<ServerOptions, 'logger' | 'trustProxy' | 'eidRedirectPath'>): Server['app'] {
  const app = Fastify({
    loggerInstance: logger,
    // The access log is written by logWhenClosed, with nothing personal in it; Fastify's own request lines would hold the IP.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: trustProxy.length ? [...trustProxy] : false,
    bodyLimit: LIMITS.maxBodyBytes,
    requestTimeout: LIMITS.requestTimeoutMs,
    // Keep-alive connections that are idle are closed at shutdown; busy ones finish first.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    // The broker returns to the path registered with it; the page that answers has a fixed one.
    rewriteUrl: (req) => eidReturnUrl(req.url ?? '/', eidRedirectPath),
    // Requests Fastify refuses before any hook (a malformed URL, a bad Content-Type): still the headers, still a 400.
    frameworkErrors: (_error, request, reply) => {
      logWhenClosed(logger, request.raw, reply.raw);
      // Answered on Node's own response: Fastify's reply here is typed for schemas this server does not use.
      reply.raw.writeHead(400, { ...SECURITY_HEADERS, 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad Request');
    },
  });
  app.server.headersTimeout = LIMITS.headersTimeoutMs;
  app.server.maxConnections = LIMITS.maxConnections;
  return app;
}

export async function buildServer({ astro, clientDir, pageCsp, trustProxy, services, logger, eidRedirectPath }: ServerOptions): Promise<Server> {
  const inFlight = new InFlight();
  const app = createApp({ logger, trustProxy, eidRedirectPath });
  app.decorate('services', services);
  await app.register(staticFiles, { clientDir, pageCsp });
  // Before the routes, so that theirs is the same plain 4xx or 500 (Fastify fixes a route's error handler when the
  // route is registered): a malformed consent record gets "Bad Request", never Fastify's JSON with its message.
  await app.register(errorPages);
  // The guard's hook, then Astro's, run before every route; the routes below are registered after both, so theirs too.
  await app.register(guard, { trustProxy, inFlight });
  await app.register(astroPages, { astro, serverPaths: [HEALTH_PATH, CONSENT_RECORDS_PATH] });
  await app.register(health);
  await app.register(consentRecordsRoute);

  return {
    app,
    async close() {
      const closed = app.close();
      await inFlight.whenIdle();
      // A connection whose request body was never read (a refused oversized post) would hold server.close() open.
      app.server.closeAllConnections();
      await closed;
    },
  };
}
