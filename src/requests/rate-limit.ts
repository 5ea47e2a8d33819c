/** A per-client limit on data requests: at most `max` in any `windowMs`, counted in memory. */

export interface RateLimitOptions {
  /** Requests allowed per window (RATE_LIMIT_MAX). */
  max: number;
  /** Length of the sliding window in milliseconds (RATE_LIMIT_WINDOW_MS). */
  windowMs: number;
  /** Clients tracked at most; beyond that the oldest are forgotten, so a flood of addresses cannot exhaust memory. */
  maxClients?: number;
  /** The clock, for tests. */
  now?: () => number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export class RateLimiter {
  readonly max: number;
  readonly windowMs: number;
  readonly #maxClients: number;
  readonly #now: () => number;
  /** Times of the allowed requests per client, oldest first; a Map keeps clients in order of first sight. */
  readonly #hits = new Map<string, number[]>();

  constructor({ max, windowMs, maxClients = 10_000, now = Date.now }: RateLimitOptions) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError('max must be a whole number of at least 1');
    if (!(windowMs > 0)) throw new RangeError('windowMs must be positive');
    this.max = max;
    this.windowMs = windowMs;
    this.#maxClients = maxClients;
    this.#now = now;
  }

  /** Counts one request by `client` if the limit allows it. A refused request is not counted. */
  attempt(client: string): RateLimitDecision {
    const now = this.#now();
    const recent = (this.#hits.get(client) ?? []).filter((time) => time > now - this.windowMs);
    if (recent.length >= this.max) {
      this.#hits.set(client, recent);
      return { allowed: false, retryAfterMs: recent[0]! + this.windowMs - now };
    }
    recent.push(now);
    this.#hits.delete(client);
    this.#hits.set(client, recent);
    if (this.#hits.size > this.#maxClients) this.#sweep(now);
    return { allowed: true };
  }

  /** Clients currently tracked (for tests and memory checks). */
  get size(): number {
    return this.#hits.size;
  }

  #sweep(now: number): void {
    for (const [client, times] of this.#hits) {
      if (times[times.length - 1]! <= now - this.windowMs) this.#hits.delete(client);
    }
    for (const client of this.#hits.keys()) {
      if (this.#hits.size <= this.#maxClients) break;
      this.#hits.delete(client);
    }
  }
}
