/**
 * One log line when a store (Redis, the consent store) becomes unreachable and one when it is back, however often its client
 * reports a failed reconnection. The error's text can name the host and is not needed: the status is what an
 * operator acts on.
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
  down: () => void;
  up: () => void;
}

/** Logs `{ event: '<store>-store', status: 'down' | 'up' }` once per change, however often it is told. */
export function storeStatus(store: StoreName, logger: Logger): StoreStatus {
  let down = false;
  return {
    down() {
      if (down) return;
      down = true;
      logger.warn({ event: `${store}-store`, status: 'down' });
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
  client.on('error', status.down);
  client.on('close', status.down);
  client.on('ready', status.up);
}
