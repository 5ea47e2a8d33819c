/**
 * Consent records: 2,000 choices posted at concurrency 20 to a production server, once with the SQLite file and once
 * with a real PostgreSQL, side by side with a bare server on the same store (bench/bare-server.ts: node:http and one
 * INSERT, nothing else), in the same run. Every 204 must be stored, and the site must reach at least
 * budgets.minConsentThroughputRatio of the bare server's records per second. Then the banner's script, gzip, against
 * its size before records were added (the records may add at most 1 KB).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { budgets, consentLoad, gzipLevel } from './config.ts';
import { kb } from './format.ts';
import { latency, round } from './latency.ts';
import type { BenchContext, BenchSection, ConsentLoad, ConsentRecordsResult, ConsentStoreComparison } from './types.ts';
import { countRecords, createTestStore, type StoreKind } from '../tests/support/consent-store.ts';
import { inParallel } from '../tests/support/load.ts';
import { loadConsentManifest, MANIFEST_FILE } from '../src/consent/records/manifest.ts';
import { CONSENT_RECORDS_PATH } from '../src/consent/records/record.ts';

const dist = new URL('../dist/client/', import.meta.url);
const node = fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url));

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

/** A server under test: where to post, how many records its store holds, how to stop it. */
interface Target {
  url: string;
  count(): Promise<number>;
  stop(): Promise<void>;
}

/** The bare server on the SQLite file or PostgreSQL database `target`. */
async function startBare(kind: StoreKind, target: string): Promise<Target> {
  const child = spawn(node, [fileURLToPath(new URL('./bare-server.ts', import.meta.url)), kind, target], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  const port = /^listening (\d+)/.exec(line.toString('utf8'))?.[1];
  if (!port) throw new Error(`the bare server did not start: ${line.toString('utf8')}`);
  return {
    url: `http://127.0.0.1:${port}`,
    async count() {
      if (kind === 'sqlite') {
        const db = new DatabaseSync(target, { readOnly: true });
        try {
          return Number((db.prepare('SELECT count(*) AS n FROM bare_records').get() as { n: number }).n);
        } finally {
          db.close();
        }
      }
      const client = new pg.Client({ connectionString: target });
      await client.connect();
      try {
        return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM bare_records')).rows[0]!.n);
      } finally {
        await client.end();
      }
    },
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** `count` posts at concurrency 20: the latencies of those answered 204, and the wall time. */
async function load(url: string, count: number, textVersion: string): Promise<{ latencies: number[]; seconds: number }> {
  const post = async () => {
    const started = performance.now();
    const response = await fetch(url + CONSENT_RECORDS_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: url },
      body: record(textVersion),
      signal: AbortSignal.timeout(30_000),
    }).catch(() => undefined);
    await response?.arrayBuffer();
    return response?.status === 204 ? performance.now() - started : undefined;
  };
  const started = performance.now();
  const answers = await inParallel(count, consentLoad.concurrency, post);
  return { latencies: answers.filter((ms): ms is number => ms !== undefined), seconds: (performance.now() - started) / 1000 };
}

async function compare(context: BenchContext, kind: StoreKind, textVersion: string): Promise<ConsentStoreComparison> {
  const store = await createTestStore(kind);
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-bench-bare-'));
  let bareTarget = path.join(dir, 'bare.sqlite');
  if (store.postgres) {
    // A database of its own on the same PostgreSQL server.
    const database = `bare_${randomUUID().replace(/-/g, '')}`;
    await store.postgres.createDatabase(database);
    bareTarget = store.postgres.url(database);
  }
  const targets: Record<'project' | 'bare', Target | undefined> = { project: undefined, bare: undefined };
  try {
    // Every post comes from 127.0.0.1: the burst limit is raised, as for the handler's rate limit.
    const app = await context.startApp({ ...store.env, CONSENT_RATE_LIMIT_MAX: String(10 * consentLoad.records) });
    targets.project = { url: app.url, count: () => countRecords(store.store), stop: () => app.stop() };
    targets.bare = await startBare(kind, bareTarget);
    const runs = { project: { latencies: [] as number[], seconds: 0 }, bare: { latencies: [] as number[], seconds: 0 } };
    for (const who of ['bare', 'project'] as const) await load(targets[who]!.url, consentLoad.warmUp, textVersion);
    // Half each, in the order bare, site, site, bare: a change in the machine's load during the run falls on both alike.
    for (const who of ['bare', 'project', 'project', 'bare'] as const) {
      const { latencies, seconds } = await load(targets[who]!.url, consentLoad.records / 2, textVersion);
      runs[who].latencies.push(...latencies);
      runs[who].seconds += seconds;
    }
    const figures = async (who: 'project' | 'bare'): Promise<ConsentLoad> => ({
      records: consentLoad.records,
      answered204: runs[who].latencies.length,
      stored: (await targets[who]!.count()) - consentLoad.warmUp,
      throughput: round(runs[who].latencies.length / runs[who].seconds, 1),
      ...latency(runs[who].latencies),
    });
    const [project, bare] = [await figures('project'), await figures('bare')];
    return { store: kind, project, bare, ratio: round(project.throughput / bare.throughput, 2) };
  } finally {
    for (const target of Object.values(targets)) await target?.stop();
    await store.remove();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The banner's script as built: the one bundle src/consent/start.ts compiles to, gzip at the bench's level. */
async function bannerScriptGzip(): Promise<number> {
  const files = (await readdir(new URL('_astro/', dist))).filter((name) => name.startsWith('start-') && name.endsWith('.js'));
  if (files.length !== 1) throw new Error(`expected one consent script (start-*.js) in dist/client/_astro, found ${files.length}`);
  return gzipSync(await readFile(new URL(`_astro/${files[0]}`, dist)), { level: gzipLevel }).length;
}

const SERVERS = { project: 'the site (npm run serve)', bare: 'bare node:http' } as const;

export const consentRecords: BenchSection<ConsentRecordsResult> = {
  key: 'consentRecords',
  title:
    `Consent records: ${consentLoad.records} choices at concurrency ${consentLoad.concurrency} per server and store (after ${consentLoad.warmUp} to warm up), ` +
    `the site beside a bare server on the same store (budget: at least ${budgets.minConsentThroughputRatio} of its records/s), and the banner's script`,

  async run(context) {
    const sv = loadConsentManifest(new URL(MANIFEST_FILE, dist)).texts.find((t) => t.locale === 'sv')!;
    const stores: ConsentStoreComparison[] = [];
    for (const kind of ['sqlite', 'postgres'] as const) {
      context.log(`consent records: ${consentLoad.records} to ${kind}, the site and a bare server`);
      stores.push(await compare(context, kind, sv.version));
    }
    return { stores, bannerScriptGzipBytes: await bannerScriptGzip(), bannerScriptGzipBytesBefore: budgets.bannerScriptGzipBytesBeforeRecords };
  },

  table({ stores, bannerScriptGzipBytes, bannerScriptGzipBytesBefore }) {
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const row = (store: string, who: keyof typeof SERVERS, s: ConsentLoad, ratio: string) => [
      store,
      SERVERS[who],
      String(s.records),
      String(s.answered204),
      String(s.stored),
      `${s.throughput.toFixed(1)} rec/s`,
      ratio,
      ms(s.p50Ms),
      ms(s.p95Ms),
      ms(s.p99Ms),
    ];
    return [
      ['store', 'server', 'records', 'answered 204', 'stored', 'throughput', 'of bare', 'p50', 'p95', 'p99'],
      ...stores.flatMap((s) => [row(s.store, 'bare', s.bare, ''), row(s.store, 'project', s.project, `${s.ratio.toFixed(2)}×`)]),
      [
        "banner's script (gzip)",
        `${kb(bannerScriptGzipBytes)}: ${bannerScriptGzipBytes - bannerScriptGzipBytesBefore} bytes more than before records (${kb(bannerScriptGzipBytesBefore)})`,
        ...Array<string>(8).fill(''),
      ],
    ];
  },

  budgets({ stores, bannerScriptGzipBytes }) {
    const broken: string[] = [];
    for (const s of stores) {
      for (const [who, figures] of [['project', s.project], ['bare', s.bare]] as const) {
        if (figures.answered204 !== figures.records || figures.stored !== figures.records) {
          broken.push(`consent records in ${s.store}, ${SERVERS[who]}: ${figures.answered204} answered 204 and ${figures.stored} stored of ${figures.records}`);
        }
      }
      if (s.ratio < budgets.minConsentThroughputRatio) {
        broken.push(`consent records in ${s.store}: the site took ${s.project.throughput} records/s, ${s.ratio} of the bare server's ${s.bare.throughput} (budget ${budgets.minConsentThroughputRatio})`);
      }
    }
    const added = bannerScriptGzipBytes - budgets.bannerScriptGzipBytesBeforeRecords;
    if (added > budgets.maxBannerRecordsGzipBytes) broken.push(`the banner's script grew by ${added} bytes gzip with the records, budget ${budgets.maxBannerRecordsGzipBytes}`);
    return broken;
  },
};
