/**
 * Page weight before any consent: every response a fresh phone-sized Chromium receives, by kind: raw, gzip-compressed
 * by the bench, and on the wire as the production server sent it (brotli where Chromium accepts it, as it does).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from '@playwright/test';
import { budgets, chromiumFlags, gzipLevel } from './config.ts';
import { kb } from './format.ts';
import { chromiumExecutable } from '../tests/support/browser.ts';
import type { BenchContext, BenchSection, Bytes, PageWeight } from './types.ts';
import { CONSENT_ROOT_ID, READY_ATTRIBUTE } from '../src/consent/first-paint.ts';

type Kind = 'html' | 'css' | 'js' | 'other';

function kindOf(response: Response): Kind {
  switch (response.request().resourceType()) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    default:
      return 'other';
  }
}

const zero = (): Bytes => ({ raw: 0, gzip: 0, wire: 0 });
function add(to: Bytes, body: Buffer, wire: number): void {
  to.raw += body.length;
  to.gzip += body.length === 0 ? 0 : gzipSync(body, { level: gzipLevel }).length;
  to.wire += wire;
}

/** Loads `origin + path` in a fresh context (no cookies, no cache) and weighs what arrived. */
async function weigh(browser: import('@playwright/test').Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'sv-SE',
    serviceWorkers: 'block',
  });
  // A person's browser, not a bot's: vanilla-cookieconsent hides itself when navigator.webdriver is true.
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });
  });
  const own = new URL(origin).host;
  const foreignRequests: string[] = [];
  await context.route(
    (url) => url.host !== own,
    (route) => {
      foreignRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );

  const weight: PageWeight = {
    path,
    requests: 0,
    html: zero(),
    css: zero(),
    js: zero(),
    other: zero(),
    total: zero(),
    foreignRequests,
  };
  const bodies: Promise<void>[] = [];
  const page = await context.newPage();
  page.on('response', (response) => {
    if (new URL(response.url()).host !== own) return;
    weight.requests++;
    bodies.push(
      Promise.all([response.body(), response.request().sizes()]).then(
        ([body, sizes]) => {
          // responseBodySize: the encoded body as transferred (compressed, when the server compressed it).
          add(weight[kindOf(response)], body, sizes.responseBodySize);
          add(weight.total, body, sizes.responseBodySize);
        },
        () => undefined, // redirects carry no body
      ),
    );
  });
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
  // The consent script is requested after the first paint: weigh the page once it has run, and whatever it fetched.
  await page.locator(`#${CONSENT_ROOT_ID}[${READY_ATTRIBUTE}]`).waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  await Promise.all(bodies);
  await context.close();
  return weight;
}

export const pageWeight: BenchSection<PageWeight[]> = {
  key: 'pages',
  title: `Page weight before consent (raw / gzip level ${gzipLevel} / on the wire from npm run serve; budgets ≤ ${kb(budgets.maxPageGzipBytes)} gzip, ≤ ${kb(budgets.maxPageWireBytes)} on the wire per page)`,

  async run({ origin, paths, log }: BenchContext) {
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumFlags });
    try {
      const results: PageWeight[] = [];
      for (const path of paths) {
        log(`weighing ${path}`);
        results.push(await weigh(browser, origin, path));
      }
      return results;
    } finally {
      await browser.close();
    }
  },

  table(results) {
    const pair = ({ raw, gzip, wire }: Bytes) => `${kb(raw)} / ${kb(gzip)} / ${kb(wire)}`;
    return [
      ['page', 'requests', 'HTML raw/gz/wire', 'CSS raw/gz/wire', 'JS raw/gz/wire', 'other raw/gz/wire', 'total raw/gz/wire'],
      ...results.map((r) => [r.path, String(r.requests), pair(r.html), pair(r.css), pair(r.js), pair(r.other), pair(r.total)]),
    ];
  },

  budgets(results) {
    const broken: string[] = [];
    for (const r of results) {
      if (r.total.gzip > budgets.maxPageGzipBytes) {
        broken.push(`${r.path}: ${kb(r.total.gzip)} gzip before consent, budget ${kb(budgets.maxPageGzipBytes)}`);
      }
      if (r.total.wire > budgets.maxPageWireBytes) {
        broken.push(`${r.path}: ${kb(r.total.wire)} on the wire before consent, budget ${kb(budgets.maxPageWireBytes)}`);
      }
      if (r.foreignRequests.length > 0) {
        broken.push(`${r.path}: requests to other hosts before consent: ${r.foreignRequests.join(', ')}`);
      }
    }
    return broken;
  },
};
