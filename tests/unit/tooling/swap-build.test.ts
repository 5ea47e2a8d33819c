import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { swapBuild, warningsIn, type BuildRun } from '../../../scripts/swap-build.ts';

let root: string;
let dist: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'swap-build-'));
  dist = path.join(root, 'dist');
  await mkdir(path.join(dist, 'server'), { recursive: true });
  await writeFile(path.join(dist, 'server', 'entry.mjs'), 'previous build');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A build that writes its entry, then ends as told. */
function fakeBuild(outcome: Partial<BuildRun>) {
  return async (outDir: string): Promise<BuildRun> => {
    await mkdir(path.join(outDir, 'server'), { recursive: true });
    await writeFile(path.join(outDir, 'server', 'entry.mjs'), 'new build');
    return { ok: true, stdout: '', stderr: '', ...outcome };
  };
}

const entry = () => readFile(path.join(dist, 'server', 'entry.mjs'), 'utf8');

describe('a build swapped in for dist/', () => {
  it('replaces dist/ when it succeeds, and leaves no temporary folder', async () => {
    const result = await swapBuild({ dist, run: fakeBuild({ ok: true }) });
    expect(result.swapped).toBe(true);
    expect(await entry()).toBe('new build');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('leaves the previous dist/ as it was and no half output when it fails', async () => {
    const result = await swapBuild({ dist, run: fakeBuild({ ok: false, stderr: '[ERROR] prerendering failed' }) });
    expect(result.swapped).toBe(false);
    expect(await entry()).toBe('previous build');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('leaves dist/ alone when the build throws', async () => {
    const run = async (outDir: string): Promise<BuildRun> => {
      await writeFile(path.join(outDir, 'half'), '');
      throw new Error('spawn failed');
    };
    await expect(swapBuild({ dist, run })).rejects.toThrow('spawn failed');
    expect(await entry()).toBe('previous build');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('creates dist/ when there was none', async () => {
    await rm(dist, { recursive: true });
    await swapBuild({ dist, run: fakeBuild({ ok: true }) });
    expect(await entry()).toBe('new build');
  });

  it('with strict, a warning fails the build and keeps the previous dist/', async () => {
    const stdout = '04:33:56 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] may not be preserved\n04:33:57 [build] Complete!\n';
    const lenient = await swapBuild({ dist, run: fakeBuild({ stdout }) });
    expect(lenient).toMatchObject({ swapped: true, warnings: [expect.stringContaining('MODULE_LEVEL_DIRECTIVE')] });

    await writeFile(path.join(dist, 'server', 'entry.mjs'), 'previous build');
    const strict = await swapBuild({ dist, run: fakeBuild({ stdout }), strict: true });
    expect(strict.swapped).toBe(false);
    expect(await entry()).toBe('previous build');
  });
});

describe('warnings in a build log', () => {
  it("finds Astro's [WARN] lines, coloured or not, and anything on stderr", () => {
    const stdout = [
      '04:34:05 [WARN] [config] Shiki syntax highlighting uses inline styles',
      '\u001b[33m04:34:08 [WARN] [vite]\u001b[0m [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive',
      '04:34:06 [build] output: "static"',
    ].join('\n');
    const stderr = '(node:123) ExperimentalWarning: something\n';
    expect(warningsIn({ stdout, stderr })).toEqual([
      '04:34:05 [WARN] [config] Shiki syntax highlighting uses inline styles',
      '04:34:08 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive',
      '(node:123) ExperimentalWarning: something',
    ]);
  });

  it('finds none in a clean log', () => {
    expect(warningsIn({ stdout: '04:37:58 [build] Complete!\n', stderr: '' })).toEqual([]);
  });
});
