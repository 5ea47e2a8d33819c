/**
 * Where the production server (and `astro dev`) listens, and which reverse proxies it believes (start time):
 * HOST, PORT, TRUST_PROXY.
 */
import { isIP } from 'node:net';
import proxyAddr from 'proxy-addr';
import { z } from 'astro/zod';
import { settingsGroup, unsetIfEmpty, wholeNumber } from '../lib/settings.ts';

/** Names proxy-addr understands besides addresses and CIDR ranges. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyEntry(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length || !address || !isIP(address)) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (isIP(address) === 4 ? 32 : 128);
}

/** proxy-addr is what Fastify applies the list with: it must accept it too. */
function compiles(entries: string[]): boolean {
  try {
    proxyAddr.compile(entries);
    return true;
  } catch {
    return false;
  }
}

const trustProxyError =
  'TRUST_PROXY must be a comma-separated list of the reverse proxies\' addresses or CIDR ranges, e.g. 127.0.0.1 or 10.0.0.0/24 (or "loopback").';

export interface ListenSettings {
  /** Address the server listens on; `0.0.0.0` or `::` for every interface. */
  host: string;
  port: number;
  /** Reverse proxies whose X-Forwarded-* headers are believed; empty: none, the client is the socket's address. */
  trustProxy: string[];
}

export const listenSettings = settingsGroup({
  variables: {
    HOST: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .regex(/^[a-z0-9.:-]+$/i, { error: 'HOST must be a host name or an IP address, e.g. 127.0.0.1 or localhost.' })
        .default('localhost'),
    ),
    PORT: wholeNumber('PORT', 1, 65_535, 4321, ''),
    TRUST_PROXY: z.preprocess(
      unsetIfEmpty,
      z
        .string({ error: trustProxyError })
        .default('')
        .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
        .refine((entries) => entries.every(isProxyEntry) && compiles(entries), { error: trustProxyError }),
    ),
  },
  build: (values): ListenSettings => ({ host: values.HOST, port: values.PORT, trustProxy: values.TRUST_PROXY }),
});
