/**
 * Which forwarded headers reach Astro. Astro believes X-Forwarded-Proto/-Host/-For for SITE_URL's host
 * (astro.config.mjs, `allowedDomains`); the server therefore passes them on only from a proxy named in TRUST_PROXY,
 * and reduces X-Forwarded-For to the one client address that the proxy-addr rule finds.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** Headers a client can write to pose as someone else or somewhere else. */
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip'];

/**
 * Rewrites `headers` in place. `client` is the address Fastify found with proxy-addr (the socket's address
 * when the peer is not a trusted proxy); `fromTrustedProxy` says whether the socket's peer is one.
 */
export function sanitizeForwarded(headers: IncomingHttpHeaders, client: string, fromTrustedProxy: boolean): void {
  const proto = fromTrustedProxy ? firstValue(headers['x-forwarded-proto']) : undefined;
  const host = fromTrustedProxy ? firstValue(headers['x-forwarded-host']) : undefined;
  for (const name of FORWARDING_HEADERS) delete headers[name];
  if (!fromTrustedProxy) return;
  headers['x-forwarded-for'] = client;
  if (proto) headers['x-forwarded-proto'] = proto;
  if (host) headers['x-forwarded-host'] = host;
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || undefined;
}

/** A Host header as browsers and proxies send it: a name or an address, and an optional port. Nothing else. */
export function isValidHost(host: string | undefined): boolean {
  if (!host || host.length > 255) return false;
  return /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(host);
}
