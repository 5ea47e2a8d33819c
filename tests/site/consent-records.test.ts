/**
 * The consent records' route as the built server answers it: hostile posts get a 4xx and write nothing, a burst from
 * one address gets 429. Each test posts from loopback addresses of its own, so each is its own visitors to the limit.
 */
import { request, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { CONSENT_RECORDS_PATH } from '../../src/consent/records/record';
import { openConsentStore, type ConsentStore } from '../../src/consent/records/store';
import { bannerRecord, hostilePosts } from '../support/consent-records';
import { builtManifest, countRecords } from '../support/consent-store';
import { siteUrl } from '../support/served';

const manifest = builtManifest();
const { file, rateLimit } = inject('siteConsent');

/** Posts `body` to the route from `from`, as a page of the site would (same origin), or with the headers given; the status and headers. */
function answer(from: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  const url = new URL(CONSENT_RECORDS_PATH, siteUrl());
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      {
        method: 'POST',
        localAddress: from,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Origin: url.origin, ...headers },
      },
      (response) => {
        response.resume();
        response.once('end', () => resolve({ status: response.statusCode!, headers: response.headers }));
      },
    );
    sent.once('error', reject);
    sent.end(body);
  });
}

/** The status alone. */
const post = (from: string, body: string, headers: Record<string, string> = {}) => answer(from, body, headers).then((a) => a.status);

let store: ConsentStore;
beforeAll(async () => {
  // The server's own file, read as `npm run consent` reads it.
  store = await openConsentStore({ kind: 'sqlite', file });
});
afterAll(() => store.close());

describe('posts to the consent records', () => {
  it('hostile ones get a 4xx, never a 5xx, and write nothing', async () => {
    const visitor = '127.0.0.21';
    const before = await countRecords(store);
    const record = bannerRecord(manifest);
    // Ten posts per address (127.0.0.100 and on), so the burst limit never answers for them.
    for (const [i, { name, body, headers }] of hostilePosts(record).entries()) {
      const status = await post(`127.0.0.${100 + Math.floor(i / 10)}`, body, headers);
      expect(status, name).toBeGreaterThanOrEqual(400);
      expect(status, name).toBeLessThan(500);
      expect(status, name).not.toBe(429);
    }
    expect(await countRecords(store)).toBe(before);
    // The same record, well formed, is taken, and stored once however often it comes: the cases above failed for what they changed.
    for (let i = 0; i < 3; i++) expect(await post(visitor, JSON.stringify(record))).toBe(204);
    expect(await countRecords(store)).toBe(before + 1);
  });

  it('a burst from one address gets 429 once over the limit, with when to try again, and writes nothing more', async () => {
    const visitor = '127.0.0.22';
    const before = await countRecords(store);
    const answers = [];
    for (let i = 0; i < rateLimit + 2; i++) answers.push(await answer(visitor, JSON.stringify(bannerRecord(manifest))));
    expect(answers.map((a) => a.status)).toEqual([...Array<number>(rateLimit).fill(204), 429, 429]);
    expect(await countRecords(store)).toBe(before + rateLimit);
    // The window is a minute here: the wait is whole seconds, at least one, at most the window.
    for (const { status, headers } of answers) {
      if (status !== 429) expect(headers['retry-after']).toBeUndefined();
      else expect(Number(headers['retry-after'])).toSatisfy((seconds: number) => Number.isInteger(seconds) && seconds >= 1 && seconds <= 60);
    }
  });
});
