/**
 * The production HTTP server: Fastify serves the built files (brotli/gzip copies chosen by Accept-Encoding) and hands
 * on-demand routes to Astro through the node adapter's middleware (`handler` of dist/server/entry.mjs).
 * Every response gets the security headers; odd requests get a 4xx before they reach Astro.
 */
import path from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import fastifyMiddie from '@fastify/middie';
import fastifyStatic from '@fastify/static';
import compression from 'compression';
import proxyAddr from 'proxy-addr';
import { accessLogger, type LogLine } from './access-log.ts';
import { cacheControl } from './cache.ts';
import { InFlight } from './in-flight.ts';
import { isValidHost, sanitizeForwarded } from './forwarded.ts';
import { oddRequest } from './odd-requests.ts';
import { pagePath, SECURITY_HEADERS } from './security-headers.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { localeOfPath } from '../i18n/routes.ts';

/** The node adapter's middleware: answers on-demand routes, calls `next` for everything else. */
export type AstroMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void | Promise<void>;

export interface ServerOptions {
  /** `handler` from dist/server/entry.mjs. */
  astro: AstroMiddleware;
  /** dist/client: the built files. */
  clientDir: string;
  /** Each prerendered page's CSP, by page path (security-headers.ts). */
  pageCsp: ReadonlyMap<string, string>;
  /** TRUST_PROXY: addresses and CIDR ranges whose forwarded headers are believed. */
  trustProxy: readonly string[];
  /** Where the JSON log lines go. */
  log: (line: LogLine) => void;
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
  app: FastifyInstance;
  /** Stops taking connections, lets the responses in flight finish, then closes every connection that is left. */
  close(): Promise<void>;
}

export async function buildServer({ astro, clientDir, pageCsp, trustProxy, log }: ServerOptions): Promise<Server> {
  const trusted = proxyAddr.compile([...trustProxy]);
  const logRequest = accessLogger(log);
  const inFlight = new InFlight();
  const app = Fastify({
    logger: false,
    trustProxy: trustProxy.length ? [...trustProxy] : false,
    bodyLimit: LIMITS.maxBodyBytes,
    requestTimeout: LIMITS.requestTimeoutMs,
    // Keep-alive connections that are idle are closed at shutdown; busy ones finish first.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    // Requests Fastify refuses before any hook (a malformed URL, a bad Content-Type): still the headers, still a 400.
    frameworkErrors: (_error, request, frameworkReply) => {
      logRequest(request.raw, frameworkReply.raw);
      // The same reply as everywhere else; its type here is generic over schemas this server does not use.
      const reply = frameworkReply as unknown as FastifyReply;
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
      void reply.code(400).header('Cache-Control', 'no-store').type('text/plain; charset=utf-8').send('Bad Request');
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
    logRequest(request.raw, reply.raw);
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
  // Brotli quality 6: smaller than gzip for the form's HTML, at about a millisecond per page. The middleware works on
  // Node's own request and response (its types name Express's, which extend them).
  const compress = compression({ threshold: 1024, brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6 } } }) as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    next: (error?: unknown) => void,
  ) => void;
  app.use(compress);
  app.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    void astro(req, res, next);
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
