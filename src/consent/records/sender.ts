/**
 * In the browser: sends each record of a choice to the server, and keeps it in localStorage until the server has
 * it, so a network blip, a burst limit or a server that cannot store it now loses nothing: it goes with the next
 * page. Only a refusal no retry can change drops it, and the console says so. The choice itself has already taken
 * effect; nothing waits for this.
 */
import type { ConsentRecord } from './record';

/** The localStorage key of the records not yet sent; /cookies/ says they wait there (its supplement). */
export const QUEUE_KEY = 'consent-records';

/**
 * A random version-4 UUID for a record, so a record sent twice is stored once. Not `crypto.randomUUID()`: browsers
 * offer it only on HTTPS and localhost, and a record must also be made on a plain-HTTP host (a test server, an intranet).
 */
export function newRecordId(): string {
  // In the pattern, each 0 and 1 becomes a random hex digit and the 8 one of 8 to b (the variant); the 4 (the version) stays.
  const random = crypto.getRandomValues(new Uint8Array(31));
  let i = 0;
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) => (+digit ^ (random[i++]! & (15 >> (+digit / 4)))).toString(16));
}

/** The queue while storage will not take it (blocked, full): kept in memory, for as long as the page is open. */
let memory: ConsentRecord[] | undefined;

function load(): ConsentRecord[] {
  try {
    return memory ?? (JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]') as ConsentRecord[]);
  } catch {
    return [];
  }
}

function save(queue: ConsentRecord[]): void {
  try {
    if (queue.length) localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
    else localStorage.removeItem(QUEUE_KEY);
    memory = undefined;
  } catch {
    memory = queue;
  }
}

/**
 * The answers that are final refusals: the record itself is wrong (400, 422), too large (413), not JSON (415), or not
 * from this site (403). Any other answer but a 2xx (no answer, 404 while a deploy settles, 429, 5xx) is tried again.
 */
export const FINAL_REFUSALS: readonly number[] = [400, 403, 413, 415, 422];

let sending = false;

/**
 * Sends `record` (if any) and every record still waiting, oldest first, those added meanwhile too; stops at the first
 * that must wait. The queue is read again after each answer, never written back from before it: a record added while
 * one is on its way is kept.
 */
export async function sendRecords(url: string, record?: ConsentRecord): Promise<void> {
  if (record) save([...load(), record]);
  if (sending) return;
  sending = true;
  for (let next; (next = load()[0]); ) {
    const { recordId } = next;
    const status = await fetch(url, {
      method: 'POST',
      keepalive: true,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(next),
    }).then((response) => response.status, () => 0);
    if (FINAL_REFUSALS.includes(status)) console.warn(`Consent record refused (HTTP ${status}), not kept; the choice stands.`);
    // Not stored yet, and it may be later: try again with the next page.
    else if (status < 200 || status > 299) break;
    save(load().filter((queued) => queued.recordId !== recordId));
  }
  sending = false;
}
