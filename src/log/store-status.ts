/**
 * One log line when a store (Redis, the consent store) becomes unreachable and one when it is back, however often its client
 * reports a failed reconnection. Never the error's text (it can quote a value or a URL with its password): the status,
 * and where the caller gives them, the error's code and the store's host or file.
 */
import type { Logger } from './logger.ts';

/** What the tracker needs of a client: ioredis's connection events. */
export interface ConnectionEvents {
  on(event: 'error' | 'close' | 'ready', listener: () => void): unknown;
}

/** The stores whose reachability the log reports. */
export type StoreName = 'rate-limit' | 'session' | 'consent';

/** What a store's user says when a call fails or succeeds; only changes reach the log. */
export interface StoreStatus {
  /** `why`: what made it unreachable (e.g. `{ code: 'ECONNREFUSED', host: 'db:5432' }`), logged with the line. */
  down: (why?: Readonly<Record<string, string>>) => void;
  up: () => void;
}

/** Logs `{ event: '<store>-store', status: 'down' | 'up' }` once per change, however often it is told. */
export function storeStatus(store: StoreName, logger: Logger): StoreStatus {
  let down = false;
  return {
    down(why) {
      if (down) return;
      down = true;
      logger.warn({ event: `${store}-store`, status: 'down', ...why });
    },
    up() {
      if (!down) return;
      down = false;
      logger.info({ event: `${store}-store`, status: 'up' });
    },
  };
}

/** Reports each change of `client`'s reachability (ioredis's connection events). */
export function reportStoreStatus(client: ConnectionEvents, store: StoreName, logger: Logger): void {
  const status = storeStatus(store, logger);
  client.on('error', () => status.down());
  client.on('close', () => status.down());
  client.on('ready', status.up);
}
