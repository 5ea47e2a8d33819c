/**
 * `npm run build [-- --strict] [--env-file /etc/jainkasso-web.env]`: `astro build`, swapped in for dist/ only when it succeeds (scripts/swap-build.ts).
 * Astro's output is passed through as it comes. With --strict (as `npm test` runs it), a warning in the log fails the
 * build too, so the log stays clean: README explains each warning that is expected, and none is. With --env-file, the
 * build's settings (SITE_URL, PUBLIC_GA_ID, CONSENT_RETENTION_MONTHS, SITE_FACTS_FILE) come from the service's file.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { swapBuild, type BuildRun } from './swap-build.ts';
import { ENV_FILE_OPTION, settingsSourceOrExit } from '../src/lib/env-file.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = fileURLToPath(new URL('../node_modules/.bin/astro', import.meta.url));
const { values: options } = parseArgs({ options: { ...ENV_FILE_OPTION, strict: { type: 'boolean', default: false } } });
if (options['env-file']) process.stdout.write(`${settingsSourceOrExit(options['env-file'])}\n`);

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
