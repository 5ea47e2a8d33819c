/**
 * `npm run bench [-- --check] [-- --no-build] [-- --markdown] [-- --only <section>]`
 * Builds the site, serves it as in production on 127.0.0.1, measures every page, prints tables
 * and writes bench/results.json. With --check, exits 1 when a budget in bench/config.ts is broken.
 * With --markdown, prints the tables as Markdown and writes them into docs/performance.md between its bench markers.
 * With --only (repeatable: pages, lighthouse, handler, consentRecords), measures those sections alone: for working on
 * one budget; results.json is left as it was, and --markdown is refused (the tables would be partial).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { benchPaths, budgets, gzipLevel } from './config.ts';
import { handlerThroughput } from './handler.ts';
import { consentRecords } from './consent-records.ts';
import { lighthouseScores } from './lighthouse.ts';
import { pageWeight } from './pages.ts';
import { writePerformanceTables, type BenchTable } from './markdown.ts';
import { currentLoad, environment, printTable, resultsFile, writeResults, type Skipped } from './report.ts';
import type { BenchContext, BenchSection } from './types.ts';
import { startApp } from '../tests/support/app.ts';

/** The measurements, run in this order. A new one exports a BenchSection and joins this list; run.ts needs no other change. */
const sections: BenchSection<unknown>[] = [pageWeight, lighthouseScores, handlerThroughput, consentRecords];

const { values: options } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
  },
});

const known = sections.map((section) => section.key);
const unknown = (options.only ?? []).filter((key) => !known.includes(key));
if (unknown.length > 0 || (options.only && options.markdown)) {
  process.stderr.write(
    unknown.length > 0
      ? `bench: --only takes one of ${known.join(', ')}; not ${unknown.join(', ')}\n`
      : 'bench: --markdown writes every table, so it cannot be combined with --only\n',
  );
  process.exit(2);
}
const chosen = options.only ? sections.filter((section) => options.only!.includes(section.key)) : sections;

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** The pages the server answers; a 404 is skipped with a note (the page may not exist yet). */
async function servedPaths(origin: string): Promise<{ paths: string[]; skipped: Skipped[] }> {
  const paths: string[] = [];
  const skipped: Skipped[] = [];
  for (const path of benchPaths) {
    const response = await fetch(origin + path, { signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    if (response.status === 404) skipped.push({ path, note: 'answers 404: not built yet, skipped' });
    else if (response.ok) paths.push(path);
    else throw new Error(`${path} answered ${response.status}`);
  }
  return { paths, skipped };
}

/** `npm run build`, its output passed through to stderr; throws when it fails. */
async function build(): Promise<void> {
  const child = spawn('npm', ['run', 'build'], { stdio: ['ignore', process.stderr, process.stderr] });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
}

async function main(): Promise<number> {
  const loadAtStart = currentLoad();
  if (!options['no-build']) {
    log('building (npm run build)');
    await build();
  }
  const server = await startApp({});
  log(`serving dist/ on ${server.url}`);
  const results: Record<string, unknown> = {};
  const tables: BenchTable[] = [];
  const broken: string[] = [];
  let skipped: Skipped[];
  try {
    const served = await servedPaths(server.url);
    skipped = served.skipped;
    for (const { path, note } of skipped) log(`${path} ${note}`);
    const context: BenchContext = { origin: server.url, paths: served.paths, startApp, log };
    for (const section of chosen) {
      const result = await section.run(context);
      results[section.key] = result;
      const table = { title: section.title, rows: section.table(result) };
      tables.push(table);
      printTable(table.title, table.rows, options.markdown);
      broken.push(...section.budgets(result));
    }
  } finally {
    await server.stop();
  }
  for (const { path, note } of skipped) process.stdout.write(`\nNote: ${path} ${note}.\n`);

  const facts = {
    generatedAt: new Date().toISOString(),
    environment: environment(),
    load: { atStart: loadAtStart, atEnd: currentLoad() },
    skipped,
  };
  // A partial run leaves the committed results.json as the last whole run wrote it.
  if (options.only) log(`--only: ${resultsFile.pathname} left as it was`);
  else {
    await writeResults({ ...facts, budgets: { ...budgets, gzipLevel }, sections: results, brokenBudgets: broken });
    log(`wrote ${resultsFile.pathname}`);
  }
  if (options.markdown) {
    await writePerformanceTables(facts, tables);
    log('wrote the tables into docs/performance.md');
  }

  if (broken.length === 0) {
    process.stdout.write('\nAll budgets hold.\n');
    return 0;
  }
  process.stdout.write(`\nBroken budgets:\n${broken.map((line) => `  - ${line}`).join('\n')}\n`);
  return options.check ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  },
);
