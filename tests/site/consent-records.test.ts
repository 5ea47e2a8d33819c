/**
 * The consent records' route as the built server answers it: hostile posts get a 4xx and write nothing, a burst from
 * one address gets 429. Each test posts from a loopback address of its own, so each is one visitor to the limit.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { CONSENT_RECORDS_PATH } from '../../src/consent/records/record';
import { openConsentStore, type ConsentStore } from '../../src/consent/records/store';
import { bannerRecord, hostilePosts } from '../support/consent-records';
import { builtManifest, countRecords } from '../support/consent-store';
import { siteUrl } from '../support/served';

const manifest = builtManifest();
const { file, rateLimit } = inject('siteConsent');

/** Posts `body` to the route from `from`, as a page of the site would (same origin), or with the headers given; the status. */
function post(from: string, body: string, headers: Record<string, string> = {}): Promise<number> {
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
        response.once('end', () => resolve(response.statusCode!));
      },
    );
    sent.once('error', reject);
    sent.end(body);
  });
}

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
    for (const { name, body, headers } of hostilePosts(record)) {
      const status = await post(visitor, body, headers);
      expect(status, name).toBeGreaterThanOrEqual(400);
      expect(status, name).toBeLessThan(500);
    }
    expect(await countRecords(store)).toBe(before);
    // The same record, well formed, is taken, and stored once however often it comes: the cases above failed for what they changed.
    for (let i = 0; i < 3; i++) expect(await post(visitor, JSON.stringify(record))).toBe(204);
    expect(await countRecords(store)).toBe(before + 1);
  });

  it('a burst from one address gets 429 once over the limit, and writes nothing more', async () => {
    const visitor = '127.0.0.22';
    const before = await countRecords(store);
    const statuses = [];
    for (let i = 0; i < rateLimit + 2; i++) statuses.push(await post(visitor, JSON.stringify(bannerRecord(manifest))));
    expect(statuses).toEqual([...Array<number>(rateLimit).fill(204), 429, 429]);
    expect(await countRecords(store)).toBe(before + rateLimit);
  });
});
