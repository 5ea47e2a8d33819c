/**
 * The browser's queue of records (sender.ts), with the browser's fetch, localStorage and console stood in for: a
 * record waits through anything a later try can change and is dropped, with a word in the console, only on a
 * refusal no retry can change. (tests/e2e/consent/records*.spec.ts show the same in a browser for a blip and a 503.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentRecord } from '../../../../src/consent/records/record';
import { FINAL_REFUSALS, QUEUE_KEY, newRecordId, sendRecords } from '../../../../src/consent/records/sender';

const URL = '/consent-records';

function record(): ConsentRecord {
  return { recordId: newRecordId(), consentId: newRecordId(), accepted: ['necessary'], rejected: ['analytics'], revision: 1, locale: 'sv', path: '/', method: 'reject-all', textVersion: 'a'.repeat(64) };
}

let storage: Map<string, string>;
let warnings: string[];
/** The answers the server gives, in turn (0: no answer at all); the record IDs it was sent. */
let answers: number[];
let sent: string[];

beforeEach(() => {
  storage = new Map();
  warnings = [];
  answers = [];
  sent = [];
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  });
  vi.stubGlobal('fetch', (_url: string, init: { body: string }) => {
    sent.push((JSON.parse(init.body) as ConsentRecord).recordId);
    const status = answers.shift() ?? 204;
    return status === 0 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve({ status });
  });
  vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The record IDs waiting in the browser. */
const waiting = () => (JSON.parse(storage.get(QUEUE_KEY) ?? '[]') as ConsentRecord[]).map((r) => r.recordId);

describe("the browser's queue of records", () => {
  it.each([
    ['no answer (offline)', 0],
    ['too many at once', 429],
    ['the store down', 503],
    ['a server error', 500],
    ['a gateway between deploys', 502],
    ['no route yet (a deploy under way)', 404],
  ])('keeps the record through %s, silently, and sends it with the next page', async (_name, status) => {
    const first = record();
    answers = [status];
    await sendRecords(URL, first);
    expect(waiting()).toEqual([first.recordId]);
    expect(warnings).toEqual([]);
    // The next page: sent again, stored, gone from the queue.
    await sendRecords(URL);
    expect(sent).toEqual([first.recordId, first.recordId]);
    expect(waiting()).toEqual([]);
  });

  it('keeps the records behind one that must wait, in their order', async () => {
    const [a, b] = [record(), record()];
    answers = [204, 503];
    await sendRecords(URL, a);
    await sendRecords(URL, b);
    expect(waiting()).toEqual([b.recordId]);
    answers = [0];
    const c = record();
    await sendRecords(URL, c);
    expect(waiting()).toEqual([b.recordId, c.recordId]);
    await sendRecords(URL);
    expect(waiting()).toEqual([]);
    expect(sent).toEqual([a.recordId, b.recordId, b.recordId, b.recordId, c.recordId]);
  });

  it.each(FINAL_REFUSALS)('drops a record refused with %i, says so in the console, and sends the next', async (status) => {
    const [refused, next] = [record(), record()];
    answers = [503];
    await sendRecords(URL, refused);
    answers = [status, 204];
    await sendRecords(URL, next);
    expect(waiting()).toEqual([]);
    expect(sent).toEqual([refused.recordId, refused.recordId, next.recordId]);
    expect(warnings).toEqual([`Consent record refused (HTTP ${status}), not kept; the choice stands.`]);
  });
});
