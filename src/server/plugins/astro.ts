/**
 * Astro's on-demand pages and actions, through the node adapter's middleware (`handler` of dist/server/entry.mjs),
 * compressed as they stream (the built files come precompressed). Each request hands Astro the services and the
 * visitor's address as `locals`. Not encapsulated (fastify-plugin): the middleware runs for every request, after the
 * guard and before any route, and answers what is Astro's.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants as zlibConstants } from 'node:zlib';
import fastifyMiddie from '@fastify/middie';
import compression from 'compression';
import type { Request, Response } from 'express';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { EID_START_ROUTES } from '../../i18n/routes.ts';
import { DEFAULT_EID_REDIRECT_PATH } from '../../eid/settings.ts';

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

/** Express-style middleware (compression) on Node's own request and response, which Express's types extend. */
function onNode(middleware: (req: Request, res: Response, next: (error?: unknown) => void) => void): NodeMiddleware {
  return (req, res, next) => middleware(req as Request, res as Response, next);
}

export interface AstroPagesOptions {
  /** `handler` from dist/server/entry.mjs. */
  astro: AstroMiddleware;
  /**
   * Paths the server's own routes answer (/healthz, the consent records): never Astro's, and answered without a body
   * worth compressing, so both middlewares pass them on at once (the bench measures the consent records' cost).
   */
  serverPaths: readonly string[];
}

/** The e-ID's routes (src/pages/…/e-legitimation*), with and without their last slash. */
const EID_PATHS = new Set([...Object.values(EID_START_ROUTES), DEFAULT_EID_REDIRECT_PATH].flatMap((p) => [p, p.endsWith('/') ? p.slice(0, -1) : `${p}/`]));

/**
 * Whether Astro should not see this request: an e-ID route while e-ID is off. Astro answers an endpoint's 404 as it
 * is, empty; passed on, it gets the site's own 404 page like any other unknown address (plugins/error-pages.ts).
 */
function isOffRoute(url: string | undefined, eidOn: boolean): boolean {
  return !eidOn && EID_PATHS.has((url ?? '/').split('?', 1)[0]!);
}

const astroPages: FastifyPluginAsync<AstroPagesOptions> = async (app, { astro, serverPaths }) => {
  await app.register(fastifyMiddie, { hook: 'onRequest' });
  const unlessServerPath =
    (middleware: NodeMiddleware): NodeMiddleware =>
    (req, res, next) =>
      serverPaths.includes((req.url ?? '').split('?', 1)[0]!) ? next() : middleware(req, res, next);
  // Brotli quality 6: a middle setting between size and time (the bench measures both).
  app.use(unlessServerPath(onNode(compression({ threshold: 1024, brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6 } } }))));
  app.use(
    unlessServerPath((req, res, next) => {
      if (isOffRoute(req.url, Boolean(app.services.eid))) return next();
      void astro(req, res, next, { services: app.services, clientAddress: app.clientAddress(req) });
    }),
  );
};

export default fp(astroPages, { name: 'astro-pages', fastify: '5.x', decorators: { fastify: ['services', 'clientAddress'] }, dependencies: ['guard'] });
