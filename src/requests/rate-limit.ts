/**
 * The per-visitor limit on data requests (rate-limiter-flexible): at most `max` delivered requests per `windowMs`.
 * In memory by default; through Redis when REDIS_URL is set, so several server instances share one limit.
 * The consent records' burst limit (src/consent/records/service.ts) is built the same way, under its own key prefix.
 * When Redis is unreachable an in-memory insurance limiter takes over: a debtor's legal right outranks the limit.
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../log/logger.ts';
import { reportStoreStatus } from '../log/store-status.ts';

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** What the handler needs from a limiter (injected, so tests and the bench can pass their own). */
export interface RequestLimiter {
  /** Takes one request from `client`'s allowance; refused, and not taken, when none is left. */
  consume(client: string): Promise<RateLimitDecision>;
  /** Gives one back: the request was not delivered, so it does not count. */
  refund(client: string): Promise<void>;
}

export interface RateLimitOptions {
  /** Requests allowed per window (RATE_LIMIT_MAX). */
  max: number;
  /** Length of the window in milliseconds (RATE_LIMIT_WINDOW_MS). */
  windowMs: number;
}

/** rate-limiter-flexible counts in whole seconds. */
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function wrap(limiter: RateLimiterAbstract): RequestLimiter {
  return {
    async consume(client) {
      try {
        await limiter.consume(client);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          // Refused attempts are not counted against the visitor: give the point back.
          await limiter.reward(client, 1).catch(() => undefined);
          return { allowed: false, retryAfterMs: rejection.msBeforeNext };
        }
        // Neither store answered: let the request through rather than refuse a legal right.
        return { allowed: true };
      }
    },
    async refund(client) {
      await limiter.reward(client, 1).catch(() => undefined);
    },
  };
}

/** A limit kept in this process's memory. */
export function memoryLimiter({ max, windowMs }: RateLimitOptions): RequestLimiter {
  return wrap(new RateLimiterMemory({ points: max, duration: seconds(windowMs) }));
}

/** One connection to Redis for every shared limit of the server; `logger` hears when Redis goes down and comes back. */
export function connectRedis(redisUrl: string, logger: Logger): { client: Redis; close(): Promise<void> } {
  // While Redis is unreachable a command fails within a second, and the insurance limiter answers instead.
  const client = new Redis(redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 1000, connectTimeout: 1000 });
  reportStoreStatus(client, 'rate-limit', logger);
  return {
    client,
    async close() {
      client.removeAllListeners('close');
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/**
 * A limit shared through Redis under `keyPrefix` (one per kind of request), with an in-memory insurance limiter
 * while Redis is unreachable.
 */
export function redisLimiter({ max, windowMs }: RateLimitOptions, client: Redis, keyPrefix: string): RequestLimiter {
  return wrap(
    new RateLimiterRedis({
      storeClient: client,
      keyPrefix,
      points: max,
      duration: seconds(windowMs),
      insuranceLimiter: new RateLimiterMemory({ points: max, duration: seconds(windowMs) }),
    }),
  );
}
