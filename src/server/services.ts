/**
 * The services of a running server, built once from the start-time settings and handed to Astro with every
 * on-demand request (`locals.services`): today the data requests; later stores join here.
 */
import type { Logger } from '../log/logger.ts';
import type { MailConfig } from '../requests/mail-config.ts';
import { createRequestService, type RequestService } from '../requests/service.ts';
import type { ServerSettings } from './config.ts';

export interface Services {
  requests: RequestService;
}

/** Builds the services; `close()` lets their work in flight finish and disconnects them. */
export function buildServices(settings: ServerSettings, mail: MailConfig, logger: Logger): Services & { close(): Promise<void> } {
  const requests = createRequestService({
    mail,
    limits: { max: settings.RATE_LIMIT_MAX, windowMs: settings.RATE_LIMIT_WINDOW_MS },
    redisUrl: settings.REDIS_URL,
    logger,
  });
  return {
    requests,
    close: () => requests.close(),
  };
}
