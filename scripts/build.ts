/**
 * `npm run build [-- --strict]`: `astro build`, swapped in for dist/ only when it succeeds (scripts/swap-build.ts).
 * Astro's output is passed through as it comes. With --strict (as `npm test` runs it), a warning in the log fails the
 * build too, so the log stays clean: README explains each warning that is expected, and none is.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { swapBuild, type BuildRun } from './swap-build.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = fileURLToPath(new URL('../node_modules/.bin/astro', import.meta.url));
const { values: options } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });

/** The child build, so a Ctrl-C or a kill stops it and the temporary folder is still removed. */
let child: ReturnType<typeof spawn> | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    process.exitCode = 1;
    child?.kill(signal);
  });
}

async function astroBuild(outDir: string): Promise<BuildRun> {
  child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Keep Astro's colours when a person is watching.
    env: process.stdout.isTTY ? { FORCE_COLOR: '1', ...process.env } : process.env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    process.stdout.write(chunk);
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const [code] = (await once(child, 'close')) as [number | null];
  return { ok: code === 0, stdout, stderr };
}

const result = await swapBuild({ dist: `${root}dist`, run: astroBuild, strict: options.strict });
if (result.swapped) {
  process.stdout.write('dist/ holds the new build.\n');
} else if (result.ok) {
  process.stderr.write(
    `\nThe build printed ${result.warnings.length} warning(s); with --strict it fails, and dist/ is left as it was:\n` +
      result.warnings.map((line) => `  ${line}`).join('\n') +
      '\n',
  );
  process.exitCode = 1;
} else {
  process.stderr.write('\nThe build failed; dist/ is left as it was.\n');
  process.exitCode = 1;
}
