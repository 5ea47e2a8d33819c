/**
 * The consent-record service of a running server (src/server/services.ts): takes a record the browser posted,
 * checks it against what the build showed (or an earlier build's text the store keeps: a page loaded before a
 * deploy), stamps the server's time and stores it; keeps this build's texts in the store at start, for the builds
 * after it; deletes what is past retention at start and daily. While the store is unavailable it answers
 * `unavailable` and the browser keeps the record.
 */
import type { Logger } from '../../log/logger.ts';
import { storeStatus } from '../../log/store-status.ts';
import { knownChoices, type ConsentManifest } from './manifest.ts';
import { consentRecordSchema } from './schema.ts';
import { storeWhere, wrongSettingProblem } from './location.ts';
import { classifyStoreError, STORE_CLOSED, type StoreFailure } from './store-errors.ts';
import { openConsentStore, type ConsentStore, type StoredText, type StoreLocation } from './store.ts';

/** What became of one post. */
export type ReceiveOutcome = 'stored' | 'invalid' | 'limited' | 'unavailable';

/** The HTTP status of each outcome: 204 for a record stored now or before, never a 5xx for bad input. */
export const RECEIVE_STATUS: Record<ReceiveOutcome, number> = { stored: 204, invalid: 400, limited: 429, unavailable: 503 };

/** The burst limit per visitor address (rate-limiter-flexible, shared through Redis when set). */
export interface RecordLimiter {
  consume(client: string): Promise<{ allowed: boolean; retryAfterMs?: number }>;
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
  /** The SQLite thread's code, when not its source: the server's is the build's JavaScript (sqlite-store.ts). */
  sqliteWorker?: URL | undefined;
}

export interface ConsentRecordService {
  /**
   * Opens the store (creating its schema), deletes what is past retention and from then on does so daily.
   * Resolves with a sentence when the settings are wrong (the server must not start); a store that is only
   * unreachable is logged as down and tried again with the next record.
   */
  start(): Promise<string | undefined>;
  /**
   * Takes one posted record (parsed JSON) from the visitor at `client` (never logged or stored). When `limited`,
   * `onLimited` hears how long the visitor should wait (Retry-After).
   */
  receive(body: unknown, client: string, onLimited?: (retryAfterMs: number) => void): Promise<ReceiveOutcome>;
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

export function createConsentService({ location, manifest, limiter, logger, now = () => new Date(), sqliteWorker }: ConsentServiceOptions): ConsentRecordService {
  const texts = new Map<string, StoredText>(manifest.texts.map((t) => [t.version, { textVersion: t.version, locale: t.locale, text: t.text }]));
  /** Earlier builds' texts the store keeps, learnt as records name them. */
  const earlier = new Map<string, StoredText>();
  const schema = consentRecordSchema({ ...knownChoices(manifest), earlierVersions: earlier });
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
    opening ??= openConsentStore(location, failed, sqliteWorker)
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

  /**
   * Learns from the store the earlier build's text a post names, if it is not this build's: false when the store
   * could not say (the post must wait, never be refused for it).
   */
  const learn = async (body: unknown): Promise<boolean> => {
    const version = (body as { textVersion?: unknown } | null)?.textVersion;
    if (typeof version !== 'string' || !/^[0-9a-f]{64}$/.test(version) || texts.has(version) || earlier.has(version)) return true;
    const found = await use((s) => s.textOf(version));
    if (found.ok && found.value) earlier.set(version, found.value);
    return found.ok;
  };

  /** Whether this build's texts are in the store: kept at start, or with the first record when the store was down then. */
  let textsKept = false;
  const keepTexts = async () => {
    textsKept ||= (await use((s) => s.keepTexts([...texts.values()], now()))).ok;
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
      await keepTexts();
      await prune();
      daily = setInterval(() => void prune(), DAY_MS);
      daily.unref();
      return undefined;
    },
    async receive(body, client, onLimited) {
      const allowance = await limiter.consume(client);
      if (!allowance.allowed) {
        if (allowance.retryAfterMs !== undefined) onLimited?.(allowance.retryAfterMs);
        return 'limited';
      }
      if (!(await learn(body))) return 'unavailable';
      const parsed = schema.safeParse(body);
      if (!parsed.success) return 'invalid';
      if (!textsKept) await keepTexts();
      const record = { ...parsed.data, recordedAt: now().toISOString() };
      const text = texts.get(record.textVersion) ?? earlier.get(record.textVersion)!;
      const done = await use((s) => s.append(record, text));
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
