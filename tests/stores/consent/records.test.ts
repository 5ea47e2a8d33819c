/**
 * The consent records' contract, the same for the SQLite file and for a real PostgreSQL: what the server's service
 * takes and refuses, what it writes, retention, and what `npm run consent` prints from the store the server wrote.
 * Records are what the banner would post (the browser's part is tests/e2e/consent/records.spec.ts).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log/logger';
import { storeLocation } from '../../../src/consent/records/location';
import { createConsentService, RECEIVE_STATUS, type ConsentServiceOptions } from '../../../src/consent/records/service';
import type { StoredRecord } from '../../../src/consent/records/store';
import { memoryLimiter } from '../../../src/requests/rate-limit';
import { bannerRecord, hostilePosts, laterBuild } from '../../support/consent-records';
import { builtManifest, consentCli, countRecords, createTestStore, recordsOf, type StoreKind, type TestStore } from '../../support/consent-store';
import { sharedPostgres } from '../../support/stores';
import { unseenIn } from '../../support/hostile-input';

const manifest = builtManifest();
/** Every visitor is this address here: the limit is the one test that counts it. */
const CLIENT = '203.0.113.7';
const unlimited = { consume: () => Promise.resolve({ allowed: true }) };

/** What the visitor reads in each language (the banner's title and buttons, the statistics category). */
const WORDS = {
  sv: { title: 'Får vi använda cookies för statistik?', acceptAll: 'Godkänn alla', rejectAll: 'Neka alla', analytics: 'Statistik' },
  en: { title: 'May we use cookies for statistics?', acceptAll: 'Accept all', rejectAll: 'Reject all', analytics: 'Statistics' },
} as const;

/** Posts that reach the service: those whose body is JSON, as the route hands it on (the rest are refused before it). */
function bodiesTheServiceSees(record: Record<string, unknown>) {
  return hostilePosts(record).flatMap(({ name, body, headers }) => {
    if (headers) return [];
    try {
      return [{ name, body: JSON.parse(body) as unknown }];
    } catch {
      return [];
    }
  });
}

describe.each(['sqlite', 'postgres'] as const satisfies readonly StoreKind[])('consent records in %s', (kind) => {
  let test: TestStore & { remove(): Promise<void> };
  const services: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    // A new, empty database (or file): the service creates its schema.
    test = await createTestStore(kind, kind === 'postgres' ? sharedPostgres() : undefined);
  });
  afterAll(async () => {
    await Promise.all(services.map((s) => s.close()));
    await test.remove();
  });

  /** The server's service on this store, started as the server starts it. */
  async function startedService(options: Partial<ConsentServiceOptions> = {}) {
    const service = createConsentService({
      location: storeLocation(test.env, process.cwd()),
      manifest,
      limiter: unlimited,
      logger: createLogger({ write: () => undefined }),
      ...options,
    });
    services.push(service);
    expect(await service.start()).toBeUndefined();
    return service;
  }

  it('a record is stored once, however often it is sent, with the server\'s time and the text shown', async () => {
    const service = await startedService();
    const record = bannerRecord(manifest);
    const before = Date.now();
    for (let i = 0; i < 3; i++) expect(RECEIVE_STATUS[await service.receive(record, CLIENT)]).toBe(204);
    const { records, texts } = await test.store.recordsOf(record.consentId);
    expect(records).toHaveLength(1);
    const { recordedAt, ...stored } = records[0]!;
    expect(stored).toEqual(record);
    expect(Date.parse(recordedAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(recordedAt)).toBeLessThanOrEqual(Date.now());
    expect(texts).toEqual([{ textVersion: record.textVersion, locale: 'sv', text: manifest.texts.find((t) => t.locale === 'sv')!.text }]);
  });

  it('hostile posts are refused with a 4xx, never a 5xx, and write nothing', async () => {
    const service = await startedService();
    const record = bannerRecord(manifest);
    const cases = bodiesTheServiceSees(record);
    expect(cases.length).toBeGreaterThanOrEqual(12);
    const before = await countRecords(test.store);
    for (const { name, body } of cases) {
      const outcome = await service.receive(body, CLIENT);
      expect(outcome, name).toBe('invalid');
      expect(RECEIVE_STATUS[outcome], name).toBeGreaterThanOrEqual(400);
      expect(RECEIVE_STATUS[outcome], name).toBeLessThan(500);
    }
    expect(await countRecords(test.store)).toBe(before);
    // The same record, well formed, is taken: the cases above failed for what they changed.
    expect(await service.receive(record, CLIENT)).toBe('stored');
    expect(await countRecords(test.store)).toBe(before + 1);
  });

  it('after a deploy with other banner text, a record made on a page of the build before is stored, with that text', async () => {
    // Build A's server ran on this store; build B's replaces it. A visitor still on A's page accepts.
    await startedService();
    const b = await startedService({ manifest: laterBuild(manifest) });
    const onPageOfA = bannerRecord(manifest, 'en');
    expect(await b.receive(onPageOfA, CLIENT)).toBe('stored');
    expect(await b.receive(bannerRecord(laterBuild(manifest), 'en'), CLIENT)).toBe('stored');
    const { records, texts } = await test.store.recordsOf(onPageOfA.consentId);
    expect(records.map((r) => r.textVersion)).toEqual([onPageOfA.textVersion]);
    expect(texts.map((t) => t.text)).toEqual([manifest.texts.find((t) => t.locale === 'en')!.text]);
  });

  it('IDs sent in capitals are stored once, in lower case', async () => {
    const service = await startedService();
    const record = bannerRecord(manifest);
    const shouted = { ...record, recordId: record.recordId.toUpperCase(), consentId: record.consentId.toUpperCase() };
    expect(await service.receive(record, CLIENT)).toBe('stored');
    expect(await service.receive(shouted, CLIENT)).toBe('stored');
    expect((await recordsOf(test.store, record.consentId)).map((r) => [r.recordId, r.consentId])).toEqual([[record.recordId, record.consentId]]);
  });

  it('a burst from one address gets 429 over the limit and writes nothing more', async () => {
    const service = await startedService({ limiter: memoryLimiter({ max: 3, windowMs: 60_000 }) });
    const before = await countRecords(test.store);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(RECEIVE_STATUS[await service.receive(bannerRecord(manifest), CLIENT)]);
    expect(statuses).toEqual([204, 204, 204, 429, 429]);
    expect(await countRecords(test.store)).toBe(before + 3);
    // Another visitor is still taken.
    expect(await service.receive(bannerRecord(manifest), '203.0.113.8')).toBe('stored');
  });

  describe('retention', () => {
    const text = manifest.texts[0]!;
    /** Two records of one consent ID, made just before and just after the retention period's start. */
    async function oldAndKept() {
      const consentId = randomUUID();
      const monthsAgo = (months: number, days: number) => {
        const date = new Date();
        date.setUTCMonth(date.getUTCMonth() - months);
        date.setUTCDate(date.getUTCDate() + days);
        return date.toISOString();
      };
      const at = { old: monthsAgo(manifest.retentionMonths, -2), kept: monthsAgo(manifest.retentionMonths, 2) };
      for (const recordedAt of Object.values(at)) {
        const record: StoredRecord = {
          recordId: randomUUID(),
          consentId,
          recordedAt,
          method: 'reject-all',
          accepted: ['necessary'],
          rejected: ['analytics'],
          revision: manifest.revision,
          locale: text.locale,
          path: '/',
          textVersion: text.version,
        };
        await test.store.append(record, { textVersion: text.version, locale: text.locale, text: text.text });
      }
      return { consentId, at };
    }

    it('the server deletes at start what is past it, and only that', async () => {
      const { consentId, at } = await oldAndKept();
      await startedService();
      expect((await recordsOf(test.store, consentId)).map((r) => r.recordedAt)).toEqual([at.kept]);
    });

    it('`npm run consent -- prune` deletes records past it, and only those', async () => {
      const { consentId, at } = await oldAndKept();
      const pruned = await consentCli(test.env, 'prune');
      expect(pruned.code, pruned.stderr).toBe(0);
      expect(pruned.stdout).toMatch(new RegExp(`^Deleted \\d+ records? older than ${manifest.retentionMonths} months`));
      expect((await recordsOf(test.store, consentId)).map((r) => r.recordedAt)).toEqual([at.kept]);
    });
  });

  /**
   * The records are stored first, as the server stores them; then each test waits for a `npm run consent` of its own
   * and only reads, so they run together (writes from one thread on several SQLite connections would wait on each other).
   * Four processes at once on a busy machine: a minute's headroom for waiting, never a speed goal.
   */
  describe.concurrent('what `npm run consent` prints', { timeout: 60_000 }, () => {
    const records = { export: bannerRecord(manifest), sv: bannerRecord(manifest, 'sv'), en: bannerRecord(manifest, 'en') };
    /** Written into the store by other hands than the server's (which refuses it): a path that would print a refusal. */
    const forged: StoredRecord = {
      ...bannerRecord(manifest),
      path: '/\r\u001b[2K2026-12-06T20:00:00.000Z  reject-all  accepted: necessary  rejected: analytics\u001b]8;;https://evil.example/\u0007x\u001b]8;;\u0007\u202e\u200b',
      recordedAt: new Date().toISOString(),
    };
    const FORGED_PATH_ESCAPED = '/\\u{d}\\u{1b}[2K2026-12-06T20:00:00.000Z  reject-all  accepted: necessary  rejected: analytics\\u{1b}]8;;https://evil.example/\\u{7}x\\u{1b}]8;;\\u{7}\\u{202e}\\u{200b}';
    beforeAll(async () => {
      const service = await startedService();
      for (const record of Object.values(records)) expect(await service.receive(record, CLIENT)).toBe('stored');
      const text = manifest.texts.find((t) => t.locale === 'sv')!;
      await test.store.append(forged, { textVersion: text.version, locale: text.locale, text: text.text });
    });

    it('`npm run consent -- show` finds a consent ID typed in capitals, and prints a record with control characters inserted into the store escaped, as stored', async ({ expect }) => {
      const { code, stdout, stderr } = await consentCli(test.env, 'show', forged.consentId.toUpperCase());
      expect(code, stderr).toBe(0);
      expect(unseenIn(stdout)).toEqual([]);
      expect(stdout).toContain(': 1 record\n');
      const line = stdout.split('\n').find((l) => l.includes('accept-all'))!;
      expect(line).toMatch(/^\S+ {2}accept-all {2}accepted: necessary, analytics {2}rejected: – {2}revision 1 {2}sv {2}/);
      expect(line).toContain(FORGED_PATH_ESCAPED);
    });

    it('`npm run consent -- export` writes the records of a period as CSV', async ({ expect }) => {
      const today = new Date().toISOString().slice(0, 10);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const { code, stdout, stderr } = await consentCli(test.env, 'export', '--from', today, '--to', tomorrow);
      expect(code, stderr).toBe(0);
      const [header, ...rows] = stdout.trim().split('\r\n');
      expect(header).toBe('recorded_at,consent_id,method,accepted,rejected,revision,locale,path,text_version,record_id');
      expect(rows.find((row) => row.includes(records.export.consentId))).toMatch(/,accept-all,necessary analytics,,1,sv,\/,[0-9a-f]{64},/);
      // The record inserted with control characters: escaped, on its one row.
      expect(unseenIn(stdout)).toEqual([]);
      expect(rows.find((row) => row.includes(forged.consentId))).toContain(`,accept-all,necessary analytics,,1,sv,${FORGED_PATH_ESCAPED},`);
    });

    it.for(['sv', 'en'] as const)('`npm run consent -- show` prints the record and the words the visitor saw (%s)', async (locale, { expect }) => {
      const { consentId } = records[locale];
      const words = WORDS[locale];
      const { code, stdout, stderr } = await consentCli(test.env, 'show', consentId);
      expect(code, stderr).toBe(0);
      expect(stdout).toContain(`Consent ID ${consentId}: 1 record`);
      expect(stdout).toMatch(/accept-all {2}accepted: necessary, analytics {2}rejected: –/);
      expect(stdout).toContain(words.title);
      expect(stdout).toContain(`[${words.acceptAll}] [${words.rejectAll}]`);
      expect(stdout).toContain(words.analytics);
    });
  });
});
