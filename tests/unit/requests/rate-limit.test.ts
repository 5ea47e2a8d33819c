import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/requests/rate-limit';

function limiter(max: number, windowMs: number, maxClients?: number) {
  let now = 1_000_000;
  const instance = new RateLimiter({ max, windowMs, ...(maxClients === undefined ? {} : { maxClients }), now: () => now });
  return { instance, tick: (ms: number) => (now += ms) };
}

describe('rate limit', () => {
  it('allows `max` requests per client in the window, then says when the next is allowed', () => {
    const { instance, tick } = limiter(3, 600_000);
    expect(instance.attempt('a')).toEqual({ allowed: true });
    tick(1000);
    expect(instance.attempt('a')).toEqual({ allowed: true });
    tick(1000);
    expect(instance.attempt('a')).toEqual({ allowed: true });
    tick(1000);
    expect(instance.attempt('a')).toEqual({ allowed: false, retryAfterMs: 597_000 });
  });

  it('counts each client on its own', () => {
    const { instance } = limiter(1, 600_000);
    expect(instance.attempt('a').allowed).toBe(true);
    expect(instance.attempt('b').allowed).toBe(true);
    expect(instance.attempt('a').allowed).toBe(false);
  });

  it('slides: a request allowed again once the oldest leaves the window', () => {
    const { instance, tick } = limiter(2, 10_000);
    instance.attempt('a');
    tick(4000);
    instance.attempt('a');
    tick(5999);
    expect(instance.attempt('a').allowed).toBe(false);
    tick(1);
    expect(instance.attempt('a').allowed).toBe(true);
    expect(instance.attempt('a')).toEqual({ allowed: false, retryAfterMs: 4000 });
  });

  it('does not count refused requests, so waiting is enough', () => {
    const { instance, tick } = limiter(1, 10_000);
    instance.attempt('a');
    for (let i = 0; i < 50; i++) {
      tick(100);
      instance.attempt('a');
    }
    tick(5000);
    expect(instance.attempt('a').allowed).toBe(true);
  });

  it('forgets old clients, and never tracks more than maxClients', () => {
    const { instance, tick } = limiter(1, 1000, 100);
    for (let i = 0; i < 1000; i++) instance.attempt(`client-${i}`);
    expect(instance.size).toBeLessThanOrEqual(101);
    tick(2000);
    for (let i = 0; i < 150; i++) instance.attempt(`other-${i}`);
    expect(instance.size).toBeLessThanOrEqual(101);
  });

  it('refuses a nonsensical configuration', () => {
    expect(() => new RateLimiter({ max: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => new RateLimiter({ max: 1.5, windowMs: 1000 })).toThrow(RangeError);
    expect(() => new RateLimiter({ max: 1, windowMs: 0 })).toThrow(RangeError);
  });
});
