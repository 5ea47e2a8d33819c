/**
 * What every request meets first, before any route: its access-log line, the security headers, the limits (a valid
 * Host, the largest Content-Length), the forwarded headers reduced to what a trusted proxy said, and a 4xx for odd
 * requests, before they reach Astro. Not encapsulated (fastify-plugin): its hook is the whole server's, and it tells
 * Astro's locals the visitor's address (`app.clientAddress`).
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyPluginCallback } from 'fastify';
import fp from 'fastify-plugin';
import proxyAddr from 'proxy-addr';
import { logWhenClosed } from '../access-log.ts';
import { isValidHost, sanitizeForwarded } from '../forwarded.ts';
import type { InFlight } from '../in-flight.ts';
import { LIMITS } from '../limits.ts';
import { oddRequest } from '../odd-requests.ts';
import { SECURITY_HEADERS } from '../security-headers.ts';

export interface GuardOptions {
  /** TRUST_PROXY: addresses and CIDR ranges whose forwarded headers are believed. */
  trustProxy: readonly string[];
  /** Counts each response until it is done, for shutdown. */
  inFlight: InFlight;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** A request's client address, as Fastify found it with the proxy rule before the forwarded headers were reduced. */
    clientAddress(req: IncomingMessage): string;
  }
}

const guard: FastifyPluginCallback<GuardOptions> = (app, { trustProxy, inFlight }, done) => {
  const trusted = proxyAddr.compile([...trustProxy]);
  const clients = new WeakMap<IncomingMessage, string>();
  app.decorate('clientAddress', (req: IncomingMessage) => clients.get(req) ?? req.socket.remoteAddress ?? '');

  app.addHook('onRequest', async (request, reply) => {
    logWhenClosed(app.log, request.raw, reply.raw);
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
    if (odd?.status === 404) return reply.notFoundPage(request.url);
    return undefined;
  });
  done();
};

export default fp(guard, { name: 'guard', fastify: '5.x', decorators: { reply: ['notFoundPage'] }, dependencies: ['static-files'] });
