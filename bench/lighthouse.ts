/**
 * Lighthouse on the mobile preset against Debian's Chromium, one fresh browser per run, one run at a time, three runs
 * per page: the page's figures are those of its median run by LCP (its element named), with every run's LCP kept.
 * The bare page (bench/bare-page.ts) is measured in the same rounds; each page's LCP budget is a multiple of its LCP.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { budgets, chromiumFlags } from './config.ts';
import { chromiumExecutable } from '../tests/support/browser.ts';
import { startBarePage } from './bare-page.ts';
import type { BenchContext, BenchSection, LighthouseResult, LighthouseScores } from './types.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Runs per page; the median run (by LCP) is reported. Odd, so the median is one run. */
export const runsPerPage = 3;

/** Longest a single page's run may take, browser start included, before it is abandoned. */
const runTimeoutMs = 120_000;

/** Full reports land here (git-ignored) for reading why a score is what it is. */
const reportDir = new URL('./tmp/', import.meta.url);

const flags: Flags = {
  output: 'json',
  logLevel: 'error',
  onlyCategories: [...categories],
  // Bound every wait inside a run; a page here loads in well under a second.
  maxWaitForFcp: 15_000,
  maxWaitForLoad: 30_000,
};

function score(result: Result, id: (typeof categories)[number]): number {
  return Math.round((result.categories[id]?.score ?? 0) * 100);
}

function numeric(result: Result, id: string): number {
  return result.audits[id]?.numericValue ?? Number.NaN;
}

/** Scored audits that did not fully pass, named with their category, so a score below 100 explains itself. */
function failedAudits(result: Result): string[] {
  const failed: string[] = [];
  for (const id of categories) {
    for (const ref of result.categories[id]?.auditRefs ?? []) {
      const audit = result.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        failed.push(`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  return failed;
}

/** The LCP element as Lighthouse names it (its label and CSS selector), from the LCP breakdown insight. */
function lcpElement(result: Result): string {
  const details = result.audits['lcp-breakdown-insight']?.details;
  const items = details && 'items' in details ? (details.items as { type?: string; selector?: string; nodeLabel?: string }[]) : [];
  const node = items.find((item) => item.type === 'node');
  if (!node) return 'unknown';
  const selector = node.selector ?? '';
  const label = (node.nodeLabel ?? '').replace(/\s+/g, ' ').slice(0, 40);
  return `${selector.split(' > ').at(-1) ?? selector} (${label})`;
}

function foreignRequests(result: Result, own: string): string[] {
  const details = result.audits['network-requests']?.details;
  const items = details && 'items' in details ? (details.items as { url?: unknown }[]) : [];
  return items
    .map((item) => (typeof item.url === 'string' ? item.url : ''))
    .filter((url) => /^https?:/.test(url) && new URL(url).host !== own);
}

async function audit(origin: string, path: string, runNumber: number, reportName?: string): Promise<LighthouseScores> {
  let chrome: LaunchedChrome | undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Lighthouse on ${path} took over ${runTimeoutMs / 1000} s`)), runTimeoutMs);
  });
  try {
    const run = (async () => {
      chrome = await launch({
        chromePath: chromiumExecutable(),
        logLevel: 'silent',
        chromeFlags: [
          '--headless=new',
          '--disable-gpu',
          ...chromiumFlags,
          // navigator.webdriver false, as in a person's browser: vanilla-cookieconsent hides itself from bots.
          '--disable-blink-features=AutomationControlled',
        ],
      });
      return lighthouse(origin + path, { ...flags, port: chrome.port });
    })();
    const outcome = await Promise.race([run, timeout]);
    if (!outcome) throw new Error(`Lighthouse returned nothing for ${path}`);
    const result = outcome.lhr;
    if (result.runtimeError) throw new LighthouseRuntimeError(`Lighthouse on ${path}: ${result.runtimeError.message}`);

    await mkdir(reportDir, { recursive: true });
    const name = reportName ?? (path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'start');
    await writeFile(new URL(`lighthouse-${name}-${runNumber}.json`, reportDir), JSON.stringify(result, null, 1));

    return {
      path,
      performance: score(result, 'performance'),
      accessibility: score(result, 'accessibility'),
      bestPractices: score(result, 'best-practices'),
      seo: score(result, 'seo'),
      lcpMs: Math.round(numeric(result, 'largest-contentful-paint')),
      lcpRunsMs: [],
      lcpElement: lcpElement(result),
      tbtMs: Math.round(numeric(result, 'total-blocking-time')),
      cls: Number(numeric(result, 'cumulative-layout-shift').toFixed(3)),
      failedAudits: failedAudits(result),
      foreignRequests: foreignRequests(result, new URL(origin).host),
    };
  } finally {
    clearTimeout(timer);
    chrome?.kill();
  }
}

/** Lighthouse could not measure (e.g. NO_NAVSTART, its trace lost on a busy machine): no figure, so the run is made again. */
class LighthouseRuntimeError extends Error {}

/** One run; a run Lighthouse itself could not measure is made once more, with a note, before the bench fails. */
async function auditOnce(log: (line: string) => void, ...args: Parameters<typeof audit>): Promise<LighthouseScores> {
  try {
    return await audit(...args);
  } catch (error) {
    if (!(error instanceof LighthouseRuntimeError)) throw error;
    log(`${error.message}; running it again`);
    return audit(...args);
  }
}

/** The run with the median LCP, carrying every run's LCP. */
export function medianRun(runs: readonly LighthouseScores[]): LighthouseScores {
  const sorted = [...runs].sort((a, b) => a.lcpMs - b.lcpMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...median, lcpRunsMs: runs.map((r) => r.lcpMs) };
}

/** A page's LCP as a multiple of the bare page's. */
export function lcpRatio(page: LighthouseScores, bare: LighthouseScores): number {
  return page.lcpMs / bare.lcpMs;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export const lighthouseScores: BenchSection<LighthouseResult> = {
  key: 'lighthouse',
  title:
    `Lighthouse, mobile preset, median of ${runsPerPage} runs by LCP, the bare page (one heading, one paragraph, node:http) measured in the same rounds ` +
    `(budgets: ${budgets.minLighthouseScore} in every category, LCP at most ${budgets.maxLcpRatio.toFixed(2)} × the bare page's, CLS ${budgets.maxCls})`,

  async run({ origin, paths, log }: BenchContext) {
    const bare = await startBarePage();
    try {
      const bareRuns: LighthouseScores[] = [];
      const runs = new Map<string, LighthouseScores[]>(paths.map((path) => [path, []]));
      // Serially: parallel runs on a small machine would skew each other's timings. In rounds, the bare page first in
      // each, so a change in the machine's load during the run moves the floor and the pages alike.
      for (let round = 1; round <= runsPerPage; round++) {
        log(`Lighthouse bare page (round ${round} of ${runsPerPage})`);
        bareRuns.push({ ...(await auditOnce(log, new URL(bare.url).origin, '/', round, 'bare')), path: 'bare page' });
        for (const path of paths) {
          log(`Lighthouse ${path} (round ${round} of ${runsPerPage})`);
          runs.get(path)!.push(await auditOnce(log, origin, path, round));
        }
      }
      return { bare: medianRun(bareRuns), pages: paths.map((path) => medianRun(runs.get(path)!)) };
    } finally {
      await bare.stop();
    }
  },

  table({ bare, pages }) {
    const row = (r: LighthouseScores) => [
      r.path,
      String(r.performance),
      String(r.accessibility),
      String(r.bestPractices),
      String(r.seo),
      seconds(r.lcpMs),
      `${lcpRatio(r, bare).toFixed(2)} ×`,
      r.lcpRunsMs.map((ms) => (ms / 1000).toFixed(2)).join(', '),
      `\`${r.lcpElement}\``,
      `${r.tbtMs} ms`,
      r.cls.toFixed(3),
    ];
    return [
      ['page', 'perf', 'a11y', 'best-pr', 'seo', 'LCP (median)', 'LCP / bare', `LCP of the ${runsPerPage} runs`, 'LCP element', 'TBT', 'CLS'],
      row(bare),
      ...pages.map(row),
    ];
  },

  budgets({ bare, pages }) {
    const broken: string[] = [];
    if (bare.foreignRequests.length > 0) broken.push(`bare page: Lighthouse saw requests to other hosts: ${bare.foreignRequests.join(', ')}`);
    for (const r of pages) {
      const low = (
        [
          ['performance', r.performance],
          ['accessibility', r.accessibility],
          ['best-practices', r.bestPractices],
          ['seo', r.seo],
        ] as const
      ).filter(([, value]) => value < budgets.minLighthouseScore);
      if (low.length > 0) {
        const scores = low.map(([name, value]) => `${name} ${value}`).join(', ');
        broken.push(`${r.path}: Lighthouse ${scores}, budget ${budgets.minLighthouseScore} (${r.failedAudits.join('; ')})`);
      }
      const ratio = lcpRatio(r, bare);
      if (!(ratio <= budgets.maxLcpRatio)) {
        broken.push(`${r.path}: LCP ${seconds(r.lcpMs)}, ${ratio.toFixed(2)} × the bare page's ${seconds(bare.lcpMs)}, budget ${budgets.maxLcpRatio.toFixed(2)} ×`);
      }
      if (!(r.cls <= budgets.maxCls)) broken.push(`${r.path}: CLS ${r.cls.toFixed(3)}, budget ${budgets.maxCls}`);
      if (r.foreignRequests.length > 0) {
        broken.push(`${r.path}: Lighthouse saw requests to other hosts: ${r.foreignRequests.join(', ')}`);
      }
    }
    return broken;
  },
};
