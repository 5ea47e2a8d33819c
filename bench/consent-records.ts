/**
 * Consent records: 1,000 choices posted at concurrency 20 to a production server, once with the SQLite file and once
 * with a real PostgreSQL; every one must be stored, and the latency is measured. Then the banner's script, gzip,
 * against its size before records were added (the records may add at most 1 KB).
 */
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { budgets, consentLoad, gzipLevel } from './config.ts';
import { kb } from './format.ts';
import { latency, round } from './latency.ts';
import type { BenchContext, BenchSection, ConsentRecordsResult, ConsentStoreLevel } from './types.ts';
import { createTestStore, type StoreKind } from '../tests/support/consent-store.ts';
import { inParallel } from '../tests/support/load.ts';
import { loadConsentManifest, MANIFEST_FILE } from '../src/consent/records/manifest.ts';
import { CONSENT_RECORDS_PATH } from '../src/consent/records/record.ts';

const dist = new URL('../dist/client/', import.meta.url);

/** A record as the banner sends it after "Godkänn alla" on the start page. */
function record(textVersion: string) {
  return JSON.stringify({
    recordId: randomUUID(),
    consentId: randomUUID(),
    accepted: ['necessary', 'analytics'],
    rejected: [],
    revision: 1,
    locale: 'sv',
    path: '/',
    method: 'accept-all',
    textVersion,
  });
}

async function measureStore(context: BenchContext, kind: StoreKind, textVersion: string): Promise<ConsentStoreLevel> {
  const store = await createTestStore(kind);
  // Every post comes from 127.0.0.1: the burst limit is raised, as for the handler's rate limit.
  const server = await context.startApp({ ...store.env, CONSENT_RATE_LIMIT_MAX: String(10 * consentLoad.records) });
  try {
    const post = async () => {
      const started = performance.now();
      const response = await fetch(server.url + CONSENT_RECORDS_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: server.url },
        body: record(textVersion),
        signal: AbortSignal.timeout(30_000),
      }).catch(() => undefined);
      return response?.status === 204 ? performance.now() - started : undefined;
    };
    await inParallel(consentLoad.warmUp, consentLoad.concurrency, post);
    const started = performance.now();
    const answers = await inParallel(consentLoad.records, consentLoad.concurrency, post);
    const seconds = (performance.now() - started) / 1000;
    const latencies = answers.filter((ms): ms is number => ms !== undefined);
    const stored = (await store.store.between(new Date(0), new Date('9999-12-31T00:00:00Z'))).length - consentLoad.warmUp;
    return { store: kind, records: consentLoad.records, answered204: latencies.length, stored, throughput: round(latencies.length / seconds, 1), ...latency(latencies) };
  } finally {
    await server.stop();
    await store.remove();
  }
}

/** The banner's script as built: the one bundle src/consent/start.ts compiles to, gzip at the bench's level. */
async function bannerScriptGzip(): Promise<number> {
  const files = (await readdir(new URL('_astro/', dist))).filter((name) => name.startsWith('start-') && name.endsWith('.js'));
  if (files.length !== 1) throw new Error(`expected one consent script (start-*.js) in dist/client/_astro, found ${files.length}`);
  return gzipSync(await readFile(new URL(`_astro/${files[0]}`, dist)), { level: gzipLevel }).length;
}

export const consentRecords: BenchSection<ConsentRecordsResult> = {
  key: 'consentRecords',
  title: `Consent records: ${consentLoad.records} choices at concurrency ${consentLoad.concurrency} per store (after ${consentLoad.warmUp} to warm up), and the banner's script`,

  async run(context) {
    const sv = loadConsentManifest(new URL(MANIFEST_FILE, dist)).texts.find((t) => t.locale === 'sv')!;
    const stores: ConsentStoreLevel[] = [];
    for (const kind of ['sqlite', 'postgres'] as const) {
      context.log(`consent records: ${consentLoad.records} to ${kind}`);
      stores.push(await measureStore(context, kind, sv.version));
    }
    return { stores, bannerScriptGzipBytes: await bannerScriptGzip(), bannerScriptGzipBytesBefore: budgets.bannerScriptGzipBytesBeforeRecords };
  },

  table({ stores, bannerScriptGzipBytes, bannerScriptGzipBytesBefore }) {
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    return [
      ['store', 'records', 'answered 204', 'stored', 'throughput', 'p50', 'p95', 'p99'],
      ...stores.map((s) => [s.store, String(s.records), String(s.answered204), String(s.stored), `${s.throughput.toFixed(1)} rec/s`, ms(s.p50Ms), ms(s.p95Ms), ms(s.p99Ms)]),
      [
        "banner's script (gzip)",
        `${kb(bannerScriptGzipBytes)}: ${bannerScriptGzipBytes - bannerScriptGzipBytesBefore} bytes more than before records (${kb(bannerScriptGzipBytesBefore)})`,
        '',
        '',
        '',
        '',
        '',
        '',
      ],
    ];
  },

  budgets({ stores, bannerScriptGzipBytes }) {
    const broken = stores
      .filter((s) => s.answered204 !== s.records || s.stored !== s.records)
      .map((s) => `consent records in ${s.store}: ${s.answered204} answered 204 and ${s.stored} stored of ${s.records}`);
    const added = bannerScriptGzipBytes - budgets.bannerScriptGzipBytesBeforeRecords;
    if (added > budgets.maxBannerRecordsGzipBytes) broken.push(`the banner's script grew by ${added} bytes gzip with the records, budget ${budgets.maxBannerRecordsGzipBytes}`);
    return broken;
  },
};
