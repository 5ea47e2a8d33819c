/** What the bench measures and the budgets `npm run bench -- --check` enforces. */

/** The site's pages; a page that answers 404 is skipped with a note (it may arrive later). */
export const benchPaths = ['/', '/integritetspolicy/', '/cookies/', '/kontakt/', '/dina-uppgifter/'] as const;

export const budgets = {
  /** Every page, everything it loads before consent, gzip-compressed: at most 25 KB. */
  maxPageGzipBytes: 25 * 1024,
  /** Every page, everything it loads before consent, as the server sends it on the wire: at most 22 KB. */
  maxPageWireBytes: 22 * 1024,
  /** Lighthouse score every category must reach on every page. */
  minLighthouseScore: 100,
} as const;

/**
 * Ports the bench may serve on (never 4321, so a running `npm start` is left alone).
 * BENCH_PORTS=4460-4479 moves them, e.g. when another bench or test run uses the default range.
 */
export const benchPorts = (() => {
  const [first, last] = (process.env.BENCH_PORTS ?? '4440-4459').split('-').map(Number);
  if (!Number.isInteger(first) || !Number.isInteger(last) || first! > last!) throw new Error('BENCH_PORTS must look like 4440-4459');
  return { first: first!, last: last! };
})();

/** The request handler's load: submissions measured per concurrency level, after a warm-up of its own. */
export const handlerLoad = { concurrency: [1, 10, 50], requests: 500, warmUp: 50, smtpAlone: 50 } as const;

/** zlib's default level, what a typical server sends; fixed so the figures are reproducible. */
export const gzipLevel = 6;

/** Debian's Chromium, which both Playwright and Lighthouse drive here. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Flags for every Chromium the bench starts: no sandbox (root in a container), no background
 * traffic, and every host name except loopback resolving to nothing, so nothing can wait on the internet.
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
