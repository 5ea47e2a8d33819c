/**
 * The production HTTP server: Fastify serves the built files (brotli/gzip copies chosen by Accept-Encoding) and hands
 * on-demand routes to Astro through the node adapter's middleware (`handler` of dist/server/entry.mjs).
 * Every response gets the security headers; odd requests get a 4xx before they reach Astro.
 */
import path from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type RawServerDefault } from 'fastify';
import fastifyMiddie from '@fastify/middie';
import fastifyStatic from '@fastify/static';
import compression from 'compression';
import type { Request, Response } from 'express';
import proxyAddr from 'proxy-addr';
import type { Logger } from '../log/logger.ts';
import type { Services } from './services.ts';
import { cacheControl } from './cache.ts';
import { InFlight } from './in-flight.ts';
import { isValidHost, sanitizeForwarded } from './forwarded.ts';
import { isSameOriginPost } from './same-origin.ts';
import { CONSENT_RECORDS_PATH, MAX_RECORD_BYTES } from '../consent/records/record.ts';
import { RECEIVE_STATUS } from '../consent/records/service.ts';
import { oddRequest } from './odd-requests.ts';
import { pagePath, SECURITY_HEADERS } from './security-headers.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { localeOfPath } from '../i18n/routes.ts';
import { DEFAULT_EID_REDIRECT_PATH } from '../eid/settings.ts';

/** What Astro's pages and actions get from the server for each request (part of `Astro.locals`, src/env.d.ts). */
export type ServerLocals = Pick<App.Locals, 'services' | 'clientAddress'>;

/** The node adapter's middleware: answers on-demand routes, calls `next` for everything else; `locals` become Astro.locals. */
export type AstroMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
  locals: ServerLocals,
) => void | Promise<void>;

type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

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

/** Limits against slow or greedy clients. */
export const LIMITS = {
  /** Time to send the request headers. */
  headersTimeoutMs: 10_000,
  /** Time to send the whole request, body included. */
  requestTimeoutMs: 30_000,
  /**
   * Largest Content-Length taken at all, refused before the body is read. A form post over 64 KB is refused by
   * Astro's action limit, also from its Content-Length, with the form's own friendly page; this is the backstop.
   */
  maxBodyBytes: 1024 * 1024,
  /** Open connections at most; Node closes any connection beyond that at once. */
  maxConnections: 512,
} as const;

export interface Server {
  app: FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, Logger>;
  /** Stops taking connections, lets the responses in flight finish, then closes every connection that is left. */
  close(): Promise<void>;
}

/**
 * One access-log line when a response ends or its connection drops: method, path, status and time taken. Never an IP
 * address, a query string, a header or a body, and the path only for requests the site answered (a 4xx path is
 * whatever the client typed).
 */
function logWhenClosed(logger: Logger, req: IncomingMessage, res: ServerResponse): void {
  const start = process.hrtime.bigint();
  res.once('close', () => {
    const status = res.statusCode;
    logger.info({
      event: 'http',
      method: req.method ?? '',
      path: status < 400 ? (req.url ?? '/').split('?', 1)[0] : null,
      status,
      ms: Number((process.hrtime.bigint() - start) / 1000n) / 1000,
      ...(res.writableFinished ? {} : { aborted: true }),
    });
  });
}

/** Express-style middleware (compression) on Node's own request and response, which Express's types extend. */
function onNode(middleware: (req: Request, res: Response, next: (error?: unknown) => void) => void): NodeMiddleware {
  return (req, res, next) => middleware(req as Request, res as Response, next);
}

/** A return from the broker at EID_REDIRECT_PATH, as the e-ID return page's own path; any other URL as it is. */
export function eidReturnUrl(url: string, redirectPath: string | undefined): string {
  if (!redirectPath || redirectPath === DEFAULT_EID_REDIRECT_PATH) return url;
  const [path, query] = url.split('?', 2) as [string, string | undefined];
  if (path !== redirectPath) return url;
  return `${DEFAULT_EID_REDIRECT_PATH}${query === undefined ? '' : `?${query}`}`;
}

export async function buildServer({ astro, clientDir, pageCsp, trustProxy, services, logger, eidRedirectPath }: ServerOptions): Promise<Server> {
  const trusted = proxyAddr.compile([...trustProxy]);
  const inFlight = new InFlight();
  /** Each request's client address, as Fastify found it with the proxy rule, for Astro's locals. */
  const clients = new WeakMap<IncomingMessage, string>();
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

  /** The site's 404 page in the address's language, with its own CSP (sendFile picks the brotli or gzip copy). */
  const notFound = (reply: FastifyReply, url: string) => {
    const locale = localeOfPath(url.split('?', 1)[0]!);
    // Astro writes the root 404 as 404.html, any other as a page of its own: en/404/index.html.
    const [page, file] = locale === DEFAULT_LOCALE ? ['/404', '404.html'] : [`/${locale}/404`, `${locale}/404/index.html`];
    const csp = pageCsp.get(page);
    if (csp) reply.header('Content-Security-Policy', csp);
    return reply.code(404).sendFile(file);
  };

  app.addHook('onRequest', async (request, reply) => {
    logWhenClosed(logger, request.raw, reply.raw);
    inFlight.track(reply.raw);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.raw.setHeader(name, value);

    if (!isValidHost(request.headers.host)) return reply.code(400).type('text/plain; charset=utf-8').send('Bad Request: Host');
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > LIMITS.maxBodyBytes) {
      // Refused before the body is read; the connection closes rather than swallow the body.
      reply.header('Connection', 'close');
      return reply.code(413).type('text/plain; charset=utf-8').send('Payload Too Large');
    }
    const socketAddress = request.raw.socket.remoteAddress ?? '';
    sanitizeForwarded(request.raw.headers, request.ip, trustProxy.length > 0 && trusted(socketAddress, 0));
    clients.set(request.raw, request.ip);

    const odd = oddRequest(request.method, request.url);
    if (odd?.status === 405) {
      reply.header('Allow', odd.allow);
      return reply.code(405).type('text/plain; charset=utf-8').send('Method Not Allowed');
    }
    if (odd?.status === 404) return notFound(reply, request.url);
    return undefined;
  });

  app.get('/healthz', async (_request, reply) => {
    // For a load balancer or systemd: the process answers. SMTP is not touched.
    reply.header('Cache-Control', 'no-store');
    return { status: 'ok' };
  });

  // A record of a visitor's cookie choice (src/consent/records): JSON from a page of this site, at most 2 KB.
  app.post(CONSENT_RECORDS_PATH, { bodyLimit: MAX_RECORD_BYTES }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (!isSameOriginPost(request.headers)) return reply.code(403).send();
    const outcome = await services.consent.receive(request.body, request.ip);
    return reply.code(RECEIVE_STATUS[outcome]).send();
  });

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

  // Astro's on-demand pages and actions, compressed as they stream (the built files come precompressed).
  await app.register(fastifyMiddie, { hook: 'onRequest' });
  // Brotli quality 6: a middle setting between size and time (the bench measures both).
  app.use(onNode(compression({ threshold: 1024, brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6 } } })));
  app.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    void astro(req, res, next, { services, clientAddress: clients.get(req) ?? req.socket.remoteAddress ?? '' });
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      reply.header('Allow', 'GET, HEAD');
      return reply.code(405).type('text/plain; charset=utf-8').send('Method Not Allowed');
    }
    return notFound(reply, request.url);
  });

  app.setErrorHandler(async (error: { statusCode?: number }, _request, reply) => {
    // Never a stack trace to the visitor or the log: the access log line carries the status.
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    reply.header('Cache-Control', 'no-store');
    return reply.code(status).type('text/plain; charset=utf-8').send(status === 500 ? 'Internal Server Error' : 'Bad Request');
  });

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
