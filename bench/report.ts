/** Prints the bench's tables and writes bench/results.json. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { budgets } from './config.ts';
import { markdownTable, textTable } from './format.ts';
import { chromiumExecutable } from '../tests/support/browser.ts';

/** Where the latest figures are kept (committed: docs/performance.md's figures come from it). */
export const resultsFile = new URL('./results.json', import.meta.url);

/** A page the bench did not measure, and why. */
export interface Skipped {
  path: string;
  note: string;
}

/** The machine's 1-minute load average (os.loadavg) around the run: other work on it makes the figures noisier. */
export interface MachineLoad {
  atStart: number;
  atEnd: number;
}

/** The 1-minute load average now. */
export function currentLoad(): number {
  return loadavg()[0]!;
}

export interface Results {
  generatedAt: string;
  environment: Record<string, string | number>;
  load: MachineLoad;
  budgets: typeof budgets & { gzipLevel: number };
  skipped: Skipped[];
  /** Each section's result under its key (pages, lighthouse, later handler). */
  sections: Record<string, unknown>;
  /** Budgets broken by these figures; empty when all hold. */
  brokenBudgets: string[];
}

function packageVersion(name: string): string {
  const url = new URL(`../node_modules/${name}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

function chromiumVersion(): string {
  try {
    return execFileSync(chromiumExecutable(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** The machine and tool versions the figures were measured with. */
export function environment(): Record<string, string | number> {
  return {
    node: process.version,
    chromium: chromiumVersion(),
    lighthouse: packageVersion('lighthouse'),
    playwright: packageVersion('@playwright/test'),
    astro: packageVersion('astro'),
    cpus: cpus().length,
  };
}

/** One section's table, as aligned text for a terminal or as Markdown for docs/performance.md. */
export function printTable(title: string, rows: string[][], markdown: boolean): void {
  const body = markdown ? markdownTable(rows) : textTable(rows);
  process.stdout.write(`\n${markdown ? `#### ${title}` : title}\n\n${body}\n`);
}

export async function writeResults(results: Results): Promise<void> {
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
}


