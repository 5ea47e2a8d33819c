/**
 * The services of a running server, built once from the start-time settings and handed to Astro with every
 * on-demand request (`locals.services`), or used by the server's own routes (`app.services`, a Fastify decoration):
 * the data requests and the consent records, with one connection to Redis for their shared limits when REDIS_URL is
 * set; and the e-ID when configured.
 */
import type { Logger } from '../log/logger.ts';
import type { ConsentManifest } from '../consent/records/manifest.ts';
import { createConsentService, type ConsentRecordService } from '../consent/records/service.ts';
import { connectRedis, memoryLimiter, redisLimiter, type RateLimitOptions } from '../requests/rate-limit.ts';
import { createRequestService, type RequestService } from '../requests/service.ts';
import type { Settings } from './settings.ts';
import { createEidService, type EidService } from '../eid/service.ts';

export interface Services {
  requests: RequestService;
  consent: ConsentRecordService;
  /** The e-ID login, when EID_ISSUER is set; undefined: no e-ID, and the form is as without it. */
  eid?: EidService | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The running services, decorated on the server once (app.ts): its routes and Astro's locals read them here. */
    services: Services;
  }
}

/**
 * Builds the services; `close()` lets their work in flight finish and disconnects them. `production` (NODE_ENV, which
 * the systemd unit sets) makes each mail written to the outbox folder a warning. `sqliteWorker`: the consent store's
 * SQLite thread as the build wrote it (the server's), instead of its TypeScript source.
 */
export function buildServices(
  settings: Settings,
  manifest: ConsentManifest,
  logger: Logger,
  { production = false, sqliteWorker }: { production?: boolean; sqliteWorker?: URL } = {},
): Services & { close(): Promise<void> } {
  const redis = settings.redisUrl ? connectRedis(settings.redisUrl, logger) : undefined;
  const limiter = (options: RateLimitOptions, keyPrefix: string) => (redis ? redisLimiter(options, redis.client, keyPrefix) : memoryLimiter(options));
  const requests = createRequestService({
    mail: settings.mail,
    limiter: limiter(settings.requestLimit, 'jainkasso:data-requests'),
    logger,
    production,
  });
  const consent = createConsentService({
    location: settings.consent.location,
    manifest,
    limiter: limiter(settings.consent.limit, 'jainkasso:consent-records'),
    logger,
    sqliteWorker,
  });
  return {
    requests,
    consent,
    eid: settings.eid && createEidService(settings.eid, logger),
    async close() {
      await Promise.all([requests.close(), consent.close()]);
      await redis?.close();
    },
  };
}
