/**
 * The consent-record service of a running server (src/server/services.ts): takes a record the browser posted,
 * checks it against what the build showed, stamps the server's time and stores it; deletes what is past retention
 * at start and daily. While the store is unavailable it answers `unavailable` and the browser keeps the record.
 */
import type { Logger } from '../../log/logger.ts';
import { storeStatus } from '../../log/store-status.ts';
import { knownChoices, type ConsentManifest } from './manifest.ts';
import { consentRecordSchema } from './schema.ts';
import { storeWhere, wrongSettingProblem } from './location.ts';
import { classifyStoreError, STORE_CLOSED, type StoreFailure } from './store-errors.ts';
import { openConsentStore, type ConsentStore, type StoreLocation } from './store.ts';

/** What became of one post. */
export type ReceiveOutcome = 'stored' | 'invalid' | 'limited' | 'unavailable';

/** The HTTP status of each outcome: 204 for a record stored now or before, never a 5xx for bad input. */
export const RECEIVE_STATUS: Record<ReceiveOutcome, number> = { stored: 204, invalid: 400, limited: 429, unavailable: 503 };

/** The burst limit per visitor address (rate-limiter-flexible, shared through Redis when set). */
export interface RecordLimiter {
  consume(client: string): Promise<{ allowed: boolean }>;
}

export interface ConsentServiceOptions {
  /** The SQLite file or the PostgreSQL server. */
  location: StoreLocation;
  /** The build's revision, categories, texts and retention. */
  manifest: ConsentManifest;
  limiter: RecordLimiter;
  logger: Logger;
  /** The clock (tests set it). */
  now?: () => Date;
}

export interface ConsentRecordService {
  /**
   * Opens the store (creating its schema), deletes what is past retention and from then on does so daily.
   * Resolves with a sentence when the settings are wrong (the server must not start); a store that is only
   * unreachable is logged as down and tried again with the next record.
   */
  start(): Promise<string | undefined>;
  /** Takes one posted record (parsed JSON) from the visitor at `client` (never logged or stored). */
  receive(body: unknown, client: string): Promise<ReceiveOutcome>;
  /** Deletes records past retention; the number deleted, or undefined when the store is unavailable. */
  prune(): Promise<number | undefined>;
  close(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which records are past retention. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

export function createConsentService({ location, manifest, limiter, logger, now = () => new Date() }: ConsentServiceOptions): ConsentRecordService {
  const schema = consentRecordSchema(knownChoices(manifest));
  const texts = new Map(manifest.texts.map((t) => [t.version, t]));
  const status = storeStatus('consent', logger);
  let store: ConsentStore | undefined;
  let opening: Promise<ConsentStore | StoreFailure | undefined> | undefined;
  let closed = false;
  let problem: string | undefined;
  let daily: NodeJS.Timeout | undefined;

  const where = storeWhere(location);

  /** What a failure means (store-errors.ts); the log says why the store is down, or that a call failed otherwise. */
  const failed = (error: unknown): StoreFailure => {
    const failure = classifyStoreError(error);
    if (failure.kind === 'down') status.down({ code: failure.code, ...where });
    else if (failure.kind === 'failed') logger.error({ event: 'consent-store-error', code: failure.code });
    // A refusal is the database answering: it is up.
    else status.up();
    return failure;
  };

  /** The open store, opening it (and creating its schema) on first use and after a failed start. */
  const open = (): Promise<ConsentStore | StoreFailure | undefined> => {
    if (store || closed) return Promise.resolve(store);
    opening ??= openConsentStore(location, failed)
      .then((opened) => {
        store = opened;
        status.up();
        return opened;
      })
      .catch((error: unknown) => {
        problem = wrongSettingProblem(error);
        return failed(error);
      })
      .finally(() => {
        opening = undefined;
      });
    return opening;
  };

  /** Runs `work` on the store: its result, or what the failure means. */
  const use = async <T>(work: (s: ConsentStore) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; failure: StoreFailure | undefined }> => {
    const current = await open();
    if (!current || 'kind' in current) return { ok: false, failure: current };
    try {
      const value = await work(current);
      status.up();
      return { ok: true, value };
    } catch (error) {
      const failure = failed(error);
      // The SQLite store's worker ended (it crashed): the next call starts another.
      if (failure.code === STORE_CLOSED && store === current) store = undefined;
      return { ok: false, failure };
    }
  };

  const prune = async () => {
    const pruned = await use(async (s) => {
      const deleted = await s.prune(retentionCutoff(now(), manifest.retentionMonths));
      logger.info({ event: 'consent-prune', deleted });
      return deleted;
    });
    return pruned.ok ? pruned.value : undefined;
  };

  return {
    async start() {
      await open();
      if (problem) return problem;
      await prune();
      daily = setInterval(() => void prune(), DAY_MS);
      daily.unref();
      return undefined;
    },
    async receive(body, client) {
      if (!(await limiter.consume(client)).allowed) return 'limited';
      const parsed = schema.safeParse(body);
      if (!parsed.success) return 'invalid';
      const record = { ...parsed.data, recordedAt: now().toISOString() };
      const text = texts.get(record.textVersion)!;
      const done = await use((s) => s.append(record, { textVersion: text.version, locale: text.locale, text: text.text }));
      if (done.ok) return 'stored';
      // A value the database refuses is bad input: a 4xx, and the browser does not send it again.
      return done.failure?.kind === 'refused' ? 'invalid' : 'unavailable';
    },
    prune,
    async close() {
      closed = true;
      clearInterval(daily);
      await opening;
      await store?.close();
    },
  };
}
