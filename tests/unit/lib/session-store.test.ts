import { afterEach, describe, expect, it } from 'vitest';
import sessionStore from '../../../src/lib/session-store';
import { unusedPort } from '../../support/smtp';

const options = { ttlSeconds: 600, maxEntries: 3 };
const saved = process.env.REDIS_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.REDIS_URL;
  else process.env.REDIS_URL = saved;
});

describe('the session store', () => {
  it('is this process memory without REDIS_URL, bounded in count: the oldest go first', async () => {
    delete process.env.REDIS_URL;
    const store = sessionStore(options);
    expect(store.name).toBe('lru-cache');
    for (const id of ['a', 'b', 'c', 'd']) await store.setItem!(id, id, {});
    expect(await store.getItem('a', {})).toBeNull();
    expect(await store.getItem('d', {})).toBe('d');
  });

  it('is Redis with REDIS_URL, and this process memory while Redis cannot be reached', async () => {
    process.env.REDIS_URL = `redis://127.0.0.1:${await unusedPort()}`;
    const store = sessionStore(options);
    expect(store.name).toBe('redis-or-memory');
    try {
      await store.setItem!('id', 'confirmation', {});
      expect(await store.getItem('id', {})).toBe('confirmation');
      await store.removeItem!('id', {});
      expect(await store.getItem('id', {})).toBeNull();
    } finally {
      await store.dispose?.();
    }
  });
});
