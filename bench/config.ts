/** What the bench measures and the budgets `npm run bench -- --check` enforces. */
import { chromiumFlags as sharedChromiumFlags, hostResolverFlag } from '../tests/support/browser.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { ROUTES, ROUTE_KEYS } from '../src/i18n/routes.ts';

/**
 * The site's pages in both languages, from the route table: every page but the confirmation (shown once, after a
 * request). A page that answers 404 is skipped with a note.
 */
export const benchPaths: readonly string[] = LOCALES.flatMap((locale) =>
  ROUTE_KEYS.filter((key) => key !== 'confirmation').map((key) => ROUTES[key][locale]),
);

export const budgets = {
  /** Every page, everything it loads before consent, gzip-compressed: at most 25 KB. */
  maxPageGzipBytes: 25 * 1024,
  /** Every page, everything it loads before consent, as the server sends it on the wire: at most 22 KB. */
  maxPageWireBytes: 22 * 1024,
  /** Lighthouse score every category must reach on every page. */
  minLighthouseScore: 100,
  /**
   * Largest Contentful Paint on Lighthouse's mobile preset (simulated slow 4G, 4x CPU slowdown), every page, median of
   * three runs: at most 1.10 times the bare page's (bench/bare-page.ts), measured in the same run.
   */
  maxLcpRatio: 1.1,
  /** Cumulative Layout Shift on every page: none. */
  maxCls: 0,
  /**
   * The banner's script (then dist/client/_astro/ConsentBanner.*.js, now start-*.js), gzip level 6, as built at commit 2ad2efa, the last
   * before consent records: the base the next budget is counted from.
   */
  bannerScriptGzipBytesBeforeRecords: 10_544,
  /** What recording consent may add to the banner's script, gzip. */
  maxBannerRecordsGzipBytes: 1024,
  /** The production server's peak resident memory (VmHWM) under the handler's load at concurrency 50: at most 200 MiB. */
  maxPeakMemoryKiB: 200 * 1024,
  /** The concurrency level that budget applies to. */
  peakMemoryConcurrency: 50,
  /** Consent records per second, at least this share of a bare server's on the same store (bench/bare-server.ts). */
  minConsentThroughputRatio: 0.8,
} as const;

/** Consent records posted per server and store, how many at once, and a warm-up of their own. */
export const consentLoad = { records: 2000, concurrency: 20, warmUp: 50 } as const;

/** The request handler's load: submissions measured per concurrency level, after a warm-up of its own. */
export const handlerLoad = { concurrency: [1, 10, 50], requests: 500, warmUp: 50, smtpAlone: 50 } as const;

/** zlib's default level, what a typical server sends; fixed so the figures are reproducible. */
export const gzipLevel = 6;

/**
 * Flags for every Chromium the bench starts, beyond the shared ones (tests/support/browser.ts): every host name
 * except loopback resolves to nothing, so nothing can wait on the internet.
 */
export const chromiumFlags = [...sharedChromiumFlags, hostResolverFlag('MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1')];
