/**
 * The e-ID of a running server, built once at start when EID_ISSUER is set (src/server/services.ts) and handed to
 * the pages through Astro's `locals`: the broker's client and the e-ID's log events.
 */
import type { Logger } from '../log/logger.ts';
import { createEidClient, type EidClient } from './client.ts';
import type { EidSettings } from './settings.ts';

/** One e-ID event for the log: what happened and a machine code; never a claim, a code or a state. */
export interface EidLogEvent {
  outcome: 'started' | 'verified' | 'cancelled' | 'refused' | 'unavailable' | 'expired';
  code?: string;
}

export interface EidService {
  readonly settings: EidSettings;
  readonly client: EidClient;
  log(event: EidLogEvent): void;
}

export function createEidService(settings: EidSettings, logger: Logger, client: EidClient = createEidClient(settings)): EidService {
  return { settings, client, log: (event) => logger.info({ event: 'e-id', ...event }) };
}
