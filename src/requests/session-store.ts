/**
 * Where Astro sessions (the form's confirmation, nothing else) are kept: Redis when REDIS_URL is set, so several
 * instances share them; otherwise this process's memory. One small server needs nothing more: the state lives
 * for minutes, holds nothing personal, is bounded in count, and a restart only costs a confirmation page (the
 * mails carry the reference). Unlike the node adapter's default (files under node_modules/.astro), nothing
 * piles up on disk.
 * This is the session driver's runtime entrypoint (astro.config.mjs `session.driver`); it reads REDIS_URL at start.
 */
import lruCacheDriver from 'unstorage/drivers/lru-cache';
import redisDriver from 'unstorage/drivers/redis';

interface StoreOptions {
  /** Seconds an entry lives (the confirmation cookie's max age). */
  ttlSeconds: number;
  /** Entries kept in memory at most; beyond that the oldest go first. */
  maxEntries: number;
}

export default function confirmationStore({ ttlSeconds, maxEntries }: StoreOptions) {
  const url = process.env.REDIS_URL;
  if (url) return redisDriver({ url, base: 'jainkasso:session', ttl: ttlSeconds });
  return lruCacheDriver({ max: maxEntries, ttl: ttlSeconds * 1000 });
}
