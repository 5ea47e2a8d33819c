import { afterEach, describe, expect, it } from 'vitest';
import confirmationStore from '../../../src/requests/session-store';

const options = { ttlSeconds: 600, maxEntries: 3 };
const saved = process.env.REDIS_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.REDIS_URL;
  else process.env.REDIS_URL = saved;
});

describe('the session store of the confirmation', () => {
  it('is this process memory without REDIS_URL, bounded in count: the oldest go first', async () => {
    delete process.env.REDIS_URL;
    const store = confirmationStore(options);
    expect(store.name).toBe('lru-cache');
    for (const id of ['a', 'b', 'c', 'd']) await store.setItem!(id, id, {});
    expect(await store.getItem('a', {})).toBeNull();
    expect(await store.getItem('d', {})).toBe('d');
  });

  it('is Redis with REDIS_URL, entries expiring with the cookie', () => {
    process.env.REDIS_URL = 'redis://127.0.0.1:6399';
    const store = confirmationStore(options);
    expect(store.name).toBe('redis');
    expect(store.options).toMatchObject({ url: 'redis://127.0.0.1:6399', ttl: 600 });
  });
});
