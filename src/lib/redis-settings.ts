/**
 * REDIS_URL (start time): the Redis that every instance shares for the rate limits (data requests, consent records)
 * and the Astro sessions; unset, each is kept in this process's memory. Its own group, as three features read it.
 */
import { loadGroup, optionalUrl, settingsGroup, type Env } from './settings.ts';

export const redisSettings = settingsGroup({
  variables: {
    REDIS_URL: optionalUrl(['redis:', 'rediss:'], 'REDIS_URL must be a URL starting with redis:// or rediss://, e.g. redis://127.0.0.1:6379.'),
  },
  build: (values): string | undefined => values.REDIS_URL,
});

/** REDIS_URL alone, for a reader outside the server's loader (the session driver, which Astro starts by itself). */
export function redisUrl(env: Env): string | undefined {
  return loadGroup(redisSettings, env);
}
