/** The data requests' rate limit (start time): RATE_LIMIT_MAX delivered requests per visitor per RATE_LIMIT_WINDOW_MS. */
import { settingsGroup, wholeNumber } from '../lib/settings.ts';
import type { RateLimitOptions } from './rate-limit.ts';

export const requestLimitSettings = settingsGroup({
  variables: {
    RATE_LIMIT_MAX: wholeNumber('RATE_LIMIT_MAX', 1, Number.MAX_SAFE_INTEGER, 5, 'requests per window'),
    RATE_LIMIT_WINDOW_MS: wholeNumber('RATE_LIMIT_WINDOW_MS', 1000, Number.MAX_SAFE_INTEGER, 600_000, 'milliseconds'),
  },
  build: (values): RateLimitOptions => ({ max: values.RATE_LIMIT_MAX, windowMs: values.RATE_LIMIT_WINDOW_MS }),
});
