/**
 * One log line when a shared store (Redis) becomes unreachable and one when it is back, however often its client
 * reports a failed reconnection. The error's text can name the host and is not needed: the status is what an
 * operator acts on.
 */
import type { Logger } from './logger.ts';

/** What the tracker needs of a client: ioredis's connection events. */
export interface ConnectionEvents {
  on(event: 'error' | 'close' | 'ready', listener: () => void): unknown;
}

/** Logs `{ event: '<store>-store', status: 'down' | 'up' }` on each change of `client`'s reachability. */
export function reportStoreStatus(client: ConnectionEvents, store: 'rate-limit' | 'session', logger: Logger): void {
  let down = false;
  const markDown = () => {
    if (down) return;
    down = true;
    logger.warn({ event: `${store}-store`, status: 'down' });
  };
  client.on('error', markDown);
  client.on('close', markDown);
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ event: `${store}-store`, status: 'up' });
  });
}
