/**
 * Builds into a fresh folder and swaps it in for dist/ only when the build succeeded, so a failed or interrupted build
 * leaves the previous dist/ as it was and no half output. The built server finds its files relative to its own entry
 * (the node adapter and our entry resolve them from import.meta.url), so a build moved after the fact runs as one made
 * in place, as it does when copied to the production machine.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** What one build printed, and whether it succeeded. */
export interface BuildRun {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** The lines of a build's log that are warnings: Astro's `[WARN]` lines, and anything on stderr (errors, Node's warnings). */
export function warningsIn({ stdout, stderr }: Pick<BuildRun, 'stdout' | 'stderr'>): string[] {
  const lines = (text: string) =>
    stripVTControlCharacters(text)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  return [...lines(stdout).filter((line) => /\[WARN\]/.test(line)), ...lines(stderr)];
}

/** The prefix of the temporary folders a build writes into, next to dist/ (one filesystem, so the swap is a rename). */
export const buildFolderPrefix = '.dist-build-';

export interface SwapBuildOptions {
  /** The folder the site is served from, dist/. */
  dist: string;
  /** Runs the build into the given empty folder. */
  run: (outDir: string) => Promise<BuildRun>;
  /** Fail the build, and keep the previous dist/, when its log has a warning. */
  strict?: boolean;
}

export interface SwapBuildResult extends BuildRun {
  warnings: string[];
  /** Whether dist/ now holds this build. */
  swapped: boolean;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Runs the build into a new folder beside `dist`; on success that folder becomes `dist`, else it is removed. */
export async function swapBuild({ dist, run, strict = false }: SwapBuildOptions): Promise<SwapBuildResult> {
  const parent = path.dirname(path.resolve(dist));
  // Not mkdtemp: its folder is private to the owner, and dist/ must stay readable as before (umask applies).
  const next = path.join(parent, buildFolderPrefix + randomBytes(4).toString('hex'));
  await mkdir(next);
  try {
    const result = await run(next);
    const warnings = warningsIn(result);
    if (!result.ok || (strict && warnings.length > 0)) return { ...result, warnings, swapped: false };
    const previous = `${next}-previous`;
    const hadDist = await exists(dist);
    if (hadDist) await rename(dist, previous);
    try {
      await rename(next, dist);
    } catch (error) {
      if (hadDist) await rename(previous, dist);
      throw error;
    }
    await rm(previous, { recursive: true, force: true });
    return { ...result, warnings, swapped: true };
  } finally {
    await rm(next, { recursive: true, force: true });
  }
}
