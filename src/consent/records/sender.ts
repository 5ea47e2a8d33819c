/**
 * In the browser: sends each record of a choice to the server, and keeps it in localStorage until the server has
 * it, so a network blip or a server that cannot store it now loses nothing: it goes with the next page. The choice
 * itself has already taken effect; nothing waits for this.
 */
import type { ConsentRecord } from './record';

/** The localStorage key of the records not yet sent; /cookies/ says they wait there (its supplement). */
export const QUEUE_KEY = 'consent-records';

/**
 * A random version-4 UUID for a record, so a record sent twice is stored once. Not `crypto.randomUUID()`: browsers
 * offer it only on HTTPS and localhost, and a record must also be made on a plain-HTTP host (a test server, an intranet).
 */
export function newRecordId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function load(): ConsentRecord[] {
  try {
    return JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]') as ConsentRecord[];
  } catch {
    return [];
  }
}

function save(queue: ConsentRecord[]): void {
  try {
    if (queue.length) localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
    else localStorage.removeItem(QUEUE_KEY);
  } catch {
    // No storage (blocked, full): the record is still sent once, from memory.
  }
}

let sending = false;

/** Sends `record` (if any) and every record still waiting, oldest first; stops at the first that must wait. */
export async function sendRecords(url: string, record?: ConsentRecord): Promise<void> {
  let queue = load();
  if (record) save((queue = [...queue, record]));
  if (sending) return;
  sending = true;
  for (const next of queue) {
    const status = await fetch(url, {
      method: 'POST',
      keepalive: true,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(next),
    }).then((response) => response.status, () => 0);
    // No answer, too many at once or the store down: try again later. Any other answer is final (stored, or never storable).
    if (status === 0 || status === 429 || status >= 500) break;
    save((queue = queue.filter((queued) => queued.recordId !== next.recordId)));
  }
  sending = false;
}
