/**
 * The browser's queue of records (sender.ts), with the browser's fetch, localStorage and console stood in for: a
 * record waits through anything a later try can change and is dropped, with a word in the console, only on a
 * refusal no retry can change; a record added while another is on its way is kept too, in storage or, when storage
 * throws, in memory. (tests/e2e/consent/records*.spec.ts show the same in a browser for a blip and a 503.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentRecord } from '../../../../src/consent/records/record';
import { FINAL_REFUSALS, QUEUE_KEY, newRecordId } from '../../../../src/consent/records/sender';

/** Each test has a fresh sender, as a fresh page has: what it holds in memory (a send under way, a queue storage refused) stays in its test. */
let sendRecords: typeof import('../../../../src/consent/records/sender').sendRecords;

const URL = '/consent-records';

function record(): ConsentRecord {
  return { recordId: newRecordId(), consentId: newRecordId(), accepted: ['necessary'], rejected: ['analytics'], revision: 1, locale: 'sv', path: '/', method: 'reject-all', textVersion: 'a'.repeat(64) };
}

let storage: Map<string, string>;
let warnings: string[];
/** The answers the server gives, in turn (0: no answer at all; a promise: when the test gives it); the record IDs it was sent. */
let answers: (number | Promise<number>)[];
let sent: string[];

beforeEach(async () => {
  vi.resetModules();
  ({ sendRecords } = await import('../../../../src/consent/records/sender'));
  storage = new Map();
  warnings = [];
  answers = [];
  sent = [];
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  });
  vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
    sent.push((JSON.parse(init.body) as ConsentRecord).recordId);
    const status = await (answers.shift() ?? 204);
    if (status === 0) throw new TypeError('Failed to fetch');
    return { status };
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

  describe('a record added while an earlier one is on its way', () => {
    /** An answer the test gives when it chooses: the send waits for it. Each test gives it, so none is left waiting. */
    const held = () => Promise.withResolvers<number>();
    /** Sends `first`, adds `added` before the server answers, then has the server answer `status`. */
    const addWhileSending = async (first: ConsentRecord, added: ConsentRecord, status: number) => {
      const answer = held();
      answers = [answer.promise];
      const sending = [sendRecords(URL, first), sendRecords(URL, added)];
      answer.resolve(status);
      await Promise.all(sending);
    };

    it('is kept and sent too, whatever the earlier answer', async () => {
      const [a, b] = [record(), record()];
      answers = [503];
      await sendRecords(URL, a);
      // The next page sends the waiting record; the visitor changes their choice before the server answers.
      const answer = held();
      answers = [answer.promise];
      const retry = sendRecords(URL);
      const added = sendRecords(URL, b);
      expect(waiting()).toEqual([a.recordId, b.recordId]);
      answer.resolve(204);
      await Promise.all([retry, added]);
      expect(sent).toEqual([a.recordId, a.recordId, b.recordId]);
      expect(waiting()).toEqual([]);
    });

    it('is kept for the next try when the earlier one must wait', async () => {
      const [a, b] = [record(), record()];
      await addWhileSending(a, b, 503);
      expect(waiting()).toEqual([a.recordId, b.recordId]);
      await sendRecords(URL);
      expect(sent).toEqual([a.recordId, a.recordId, b.recordId]);
      expect(waiting()).toEqual([]);
    });

    it.each([
      ['blocked (every call throws)', true],
      ['full (writing throws)', false],
    ])('is kept in memory, and sent, with storage %s', async (_name, blocked) => {
      const fail = () => {
        throw new DOMException('No storage here', 'SecurityError');
      };
      vi.stubGlobal('localStorage', {
        getItem: blocked ? fail : (key: string) => storage.get(key) ?? null,
        setItem: fail,
        removeItem: blocked ? fail : (key: string) => void storage.delete(key),
      });
      // Full storage may still hold a record an earlier page left; blocked storage shows none.
      const [earlier, a, b, c] = [record(), record(), record(), record()];
      storage.set(QUEUE_KEY, JSON.stringify([earlier]));
      const before = blocked ? [] : [earlier.recordId];
      await addWhileSending(a, b, 204);
      expect(sent).toEqual([...before, a.recordId, b.recordId]);
      // One that must wait stays in memory and goes with the next try, once.
      answers = [503];
      await sendRecords(URL, c);
      await sendRecords(URL);
      await sendRecords(URL);
      expect(sent).toEqual([...before, a.recordId, b.recordId, c.recordId, c.recordId]);
      // Once all is sent, the earlier page's record is no longer left in storage to be sent again.
      if (!blocked) expect(waiting()).toEqual([]);
    });
  });
});
