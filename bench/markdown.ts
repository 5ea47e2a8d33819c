/**
 * Writes the bench's tables into docs/performance.md, between `<!-- bench:start -->` and `<!-- bench:end -->`, so the
 * Performance figures there are always the output of a run, never edited by hand (`npm run bench -- --markdown`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { markdownTable } from './format.ts';
import type { MachineLoad, Skipped } from './report.ts';

export const performanceFile = new URL('../docs/performance.md', import.meta.url);
export const startMarker = '<!-- bench:start -->';
export const endMarker = '<!-- bench:end -->';

/** One printed table: its heading and rows (the first row the header). */
export interface BenchTable {
  title: string;
  rows: string[][];
}

/** What the block says about the run besides its tables. */
export interface RunFacts {
  generatedAt: string;
  environment: Record<string, string | number>;
  load: MachineLoad;
  skipped: Skipped[];
}

/** "Chromium 156.0.8078.108 built on Debian …" → "Chromium 156.0.8078.108". */
function shortChromium(version: string | number | undefined): string {
  return String(version ?? 'Chromium').replace(/ built on .*$/, '');
}

/** The generated block: when and on what the figures were measured, then each table under its heading. */
export function markdownBlock(facts: RunFacts, tables: BenchTable[]): string {
  const { environment: env, load } = facts;
  const lines = [
    `<!-- Written by \`npm run bench -- --markdown\` (bench/markdown.ts); edits here are overwritten. -->`,
    '',
    `Latest figures (${facts.generatedAt.slice(0, 10)}; Node ${String(env.node).replace(/^v/, '')}, ` +
      `${shortChromium(env.chromium)}, Lighthouse ${env.lighthouse}, ${env.cpus} cores; 1-minute load average ` +
      `${load.atStart.toFixed(1)} when the run began and ${load.atEnd.toFixed(1)} when it ended; 1 KB = 1024 bytes):`,
  ];
  for (const { title, rows } of tables) lines.push('', `#### ${title}`, '', markdownTable(rows));
  for (const { path, note } of facts.skipped) lines.push('', `Not measured: ${path} ${note}.`);
  return lines.join('\n');
}

/** `page` with the text between the markers replaced by `block`; throws when the markers are missing or out of order. */
export function replaceBetweenMarkers(page: string, block: string): string {
  const start = page.indexOf(startMarker);
  const end = page.indexOf(endMarker);
  if (start === -1 || end === -1 || end < start || page.indexOf(startMarker, start + 1) !== -1) {
    throw new Error(`docs/performance.md needs exactly one ${startMarker} … ${endMarker} pair, in that order, for the bench's tables`);
  }
  return `${page.slice(0, start + startMarker.length)}\n${block}\n${page.slice(end)}`;
}

/** Writes the block into docs/performance.md between the markers. */
export async function writePerformanceTables(facts: RunFacts, tables: BenchTable[]): Promise<void> {
  const page = await readFile(performanceFile, 'utf8');
  await writeFile(performanceFile, replaceBetweenMarkers(page, markdownBlock(facts, tables)));
}
