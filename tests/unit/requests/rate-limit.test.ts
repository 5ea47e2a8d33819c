import { describe, expect, it } from 'vitest';
import { memoryLimiter } from '../../../src/requests/rate-limit';

describe('rate limit (in memory)', () => {
  it('allows `max` requests per client in the window, then says when the next is allowed', async () => {
    const limiter = memoryLimiter({ max: 3, windowMs: 600_000 });
    for (let i = 0; i < 3; i++) expect(await limiter.consume('a')).toEqual({ allowed: true });
    const refused = await limiter.consume('a');
    expect(refused.allowed).toBe(false);
    if (refused.allowed) return;
    expect(refused.retryAfterMs).toBeGreaterThan(590_000);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(600_000);
  });

  it('counts each client on its own', async () => {
    const limiter = memoryLimiter({ max: 1, windowMs: 600_000 });
    expect((await limiter.consume('a')).allowed).toBe(true);
    expect((await limiter.consume('b')).allowed).toBe(true);
    expect((await limiter.consume('a')).allowed).toBe(false);
  });

  it('gives back a refunded request, and refused attempts do not pile up', async () => {
    const limiter = memoryLimiter({ max: 1, windowMs: 600_000 });
    expect((await limiter.consume('a')).allowed).toBe(true);
    await limiter.refund('a');
    expect((await limiter.consume('a')).allowed).toBe(true);
    for (let i = 0; i < 20; i++) expect((await limiter.consume('a')).allowed).toBe(false);
    // One refund after twenty refusals frees exactly one request: the refusals were not counted.
    await limiter.refund('a');
    expect((await limiter.consume('a')).allowed).toBe(true);
    expect((await limiter.consume('a')).allowed).toBe(false);
  });
});
