/**
 * Where the sessions (what they hold: session.ts) are kept: Redis when REDIS_URL is set, so several instances share
 * them; otherwise this process's memory. One small server needs nothing more: each session lives for minutes, their
 * count is bounded, and a restart only costs a confirmation page (the mails carry the reference) or an e-ID login.
 * Unlike the node adapter's default (files under node_modules/.astro), nothing piles up on disk, a personnummer least
 * of all.
 * This is the session driver's runtime entrypoint (session.ts's `sessionConfig`, in astro.config.mjs); it reads
 * REDIS_URL at start. While Redis is unreachable, sessions are kept in this process's memory instead: the visitor whose
 * request reached the company still sees the confirmation (a debtor's legal right outranks sharing state between
 * instances).
 */
import type { Redis } from 'ioredis';
import type { Driver } from 'unstorage';
import lruCacheDriver from 'unstorage/drivers/lru-cache';
import redisDriver from 'unstorage/drivers/redis';
import { createLogger } from '../log/logger.ts';
import { reportStoreStatus } from '../log/store-status.ts';
import { redisUrl } from '../lib/redis-settings.ts';

export interface StoreOptions {
  /** Seconds an entry lives (the session's lifetime, session.ts). */
  ttlSeconds: number;
  /** Entries kept in memory at most; beyond that the oldest go first. */
  maxEntries: number;
}

/** `primary`, or `fallback` for any call that `primary` fails; a miss in `primary` is looked up in `fallback` too. */
export function withFallback(primary: Driver, fallback: Driver): Driver {
  const either = async <T>(first: () => T | Promise<T>, second: () => T | Promise<T>): Promise<T> => {
    try {
      return await first();
    } catch {
      return second();
    }
  };
  return {
    name: 'redis-or-memory',
    hasItem: (key, opts) => either(async () => (await primary.hasItem(key, opts)) || fallback.hasItem(key, opts), () => fallback.hasItem(key, opts)),
    getItem: (key, opts) =>
      either(async () => (await primary.getItem(key, opts)) ?? fallback.getItem(key, opts), () => fallback.getItem(key, opts)),
    setItem: (key, value, opts) => either(() => primary.setItem?.(key, value, opts), () => fallback.setItem?.(key, value, opts)),
    removeItem: async (key, opts) => {
      await either(() => primary.removeItem?.(key, opts), () => undefined);
      await fallback.removeItem?.(key, opts);
    },
    getKeys: (base, opts) => either(() => primary.getKeys(base, opts), () => fallback.getKeys(base, opts)),
    dispose: async () => {
      await primary.dispose?.();
      await fallback.dispose?.();
    },
  };
}

export default function sessionStore({ ttlSeconds, maxEntries }: StoreOptions): Driver {
  const memory = lruCacheDriver({ max: maxEntries, ttl: ttlSeconds * 1000 });
  const url = redisUrl(process.env);
  if (!url) return memory;
  // One reconnection try and a time limit per call: while Redis is down a call fails soon and memory takes over.
  const redis = redisDriver({ url, base: 'jainkasso:session', ttl: ttlSeconds, preConnect: true, maxRetriesPerRequest: 1, commandTimeout: 2000 });
  const client = redis.getInstance?.() as Redis | undefined;
  if (client) reportStoreStatus(client, 'session', createLogger());
  return withFallback(redis, memory);
}
