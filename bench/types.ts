/** Shapes shared by the bench's sections and its report. */
import type { RunningApp } from '../tests/support/app.ts';

/** What every section gets from bench/run.ts. */
export interface BenchContext {
  /** Origin of the production server the bench started, e.g. `http://127.0.0.1:4440`. */
  origin: string;
  /** Paths that server answers with 200 (pages that 404 are already dropped, with a note). */
  paths: readonly string[];
  /** Start another production server from dist/ on a free loopback port, e.g. with SMTP settings for the handler. */
  startApp(env: Record<string, string>): Promise<RunningApp>;
  /** Print a progress line (stderr, so the table on stdout stays clean). */
  log: (line: string) => void;
}

/**
 * One measurement of the bench: bench/pages.ts, bench/lighthouse.ts, and later bench/handler.ts.
 * bench/run.ts runs the sections in order, stores each result in results.json under `key`,
 * prints `table(result)` and, with --check, collects `budgets(result)`.
 */
export interface BenchSection<R> {
  /** Key of this section's result in bench/results.json. */
  key: string;
  /** Heading printed above its table. */
  title: string;
  run(context: BenchContext): Promise<R>;
  /** Rows of the table, the first one the header. */
  table(result: R): string[][];
  /** One line per broken budget; empty when all hold. */
  budgets(result: R): string[];
}

/** Bytes of one kind of resource: uncompressed, gzip-compressed by the bench, and the body as it came over the wire. */
export interface Bytes {
  raw: number;
  gzip: number;
  /** The body as `npm run serve` sent it to Chromium (its own Accept-Encoding, br first): what a visitor downloads. */
  wire: number;
}

/** Weight of one page before any consent. */
export interface PageWeight {
  path: string;
  requests: number;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Images, fonts, favicon and anything else. */
  other: Bytes;
  total: Bytes;
  /** Requests to other hosts (aborted, never sent); must stay empty before consent. */
  foreignRequests: string[];
}

/** Lighthouse's verdict on one page (mobile preset). */
export interface LighthouseScores {
  path: string;
  /** Category scores 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest Contentful Paint, ms (simulated slow 4G, mid-range phone). */
  lcpMs: number;
  /** LCP of every run of this page, in run order; the figures above are the median run's. */
  lcpRunsMs: number[];
  /** The element Lighthouse found to be the largest paint: its CSS selector's last step and its text. */
  lcpElement: string;
  /** Total Blocking Time, ms. */
  tbtMs: number;
  /** Cumulative Layout Shift, unitless. */
  cls: number;
  /** Titles of scored audits that did not pass, to say why a score is below 100. */
  failedAudits: string[];
  /** Requests Lighthouse saw going to a host other than the bench server. */
  foreignRequests: string[];
}

/** Lighthouse on the bare page (bench/bare-page.ts) and on every page of the site, in one run. */
export interface LighthouseResult {
  bare: LighthouseScores;
  pages: LighthouseScores[];
}

/** Latency percentiles (nearest rank), ms: for a submission, from sending the post to reading the answer. */
export interface Latency {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** The request handler's figures (bench/handler.ts). */
export interface HandlerResult {
  levels: HandlerLevel[];
  /** The same SMTP server without the app: one mail at a time, sent by nodemailer, for comparison. */
  smtpAlone: Latency & { mails: number };
}

/** Consent records posted to one server on one store (bench/consent-records.ts). */
export interface ConsentLoad extends Latency {
  records: number;
  /** Posts answered 204 (stored). */
  answered204: number;
  /** Records found in the store afterwards (the warm-up's not counted). */
  stored: number;
  /** Records per second. */
  throughput: number;
}

/** The site's server and a bare one (bench/bare-server.ts) on the same store, in the same run. */
export interface ConsentStoreComparison {
  store: 'sqlite' | 'postgres';
  project: ConsentLoad;
  bare: ConsentLoad;
  /** The site's records per second over the bare server's. */
  ratio: number;
}

export interface ConsentRecordsResult {
  stores: ConsentStoreComparison[];
  /** The banner's script, gzip, now. */
  bannerScriptGzipBytes: number;
  /** The same before records were added (bench/config.ts). */
  bannerScriptGzipBytesBefore: number;
}

/** The request handler at one concurrency level. */
export interface HandlerLevel extends Latency {
  /** Submissions in flight at once. */
  concurrency: number;
  /** Submissions measured (after the warm-up). */
  requests: number;
  /** Submissions, warm-up included, that were not answered with the redirect to the confirmation. */
  failed: number;
  /** Mails the SMTP server accepted for this level, warm-up included: the company's and the receipts. */
  mails: number;
  /** Wall time of the measured submissions. */
  seconds: number;
  /** Delivered submissions per second. */
  throughput: number;
  /** The server's resident memory (VmRSS) once listening, before any request, KiB. */
  idleRssKiB: number;
  /** The server's peak resident memory (VmHWM in /proc/<pid>/status), KiB; a fresh server per level. */
  peakMemoryKiB: number;
}
