/**
 * The production server as `npm run serve` starts it (its `node` command from package.json, flags included, serving dist/), started by a test
 * with its own environment on a free port, its output kept so tests can read the log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unusedPort } from './smtp.ts';
import { SETTINGS_VARIABLES } from '../../src/server/settings.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Node 24 from the devDependency, as `npm start` would use. */
const node = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));
/** The arguments `npm run serve` gives node (its V8 memory flags and src/server/serve.ts), read from package.json. */
export function serveArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { serve: string } };
  const [command, ...args] = scripts.serve.trim().split(/\s+/);
  if (command !== 'node' || !args.at(-1)?.endsWith('serve.ts')) throw new Error(`package.json's serve script is not "node [flags] src/server/serve.ts": ${scripts.serve}`);
  return args;
}

/** Variables the app reads at start (the server's loader lists them); a test sets them explicitly, so the developer's own shell cannot leak in. */
const APP_VARIABLES = new Set(SETTINGS_VARIABLES);

export interface RunningApp {
  /** e.g. http://127.0.0.1:43817 */
  readonly url: string;
  /** The server's process id, for reading its memory and open files in /proc. */
  readonly pid: number;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code once the process has ended (by itself or by a signal a test sent). */
  exitCode(): Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Where an app a test starts keeps its consent records and its outbox unless the test says: a folder of its own under
 * the system's temporary one, never the repository's data/ and outbox/ (the defaults of `npm run serve`).
 */
function scratch(port: number): Record<string, string> {
  const dir = path.join(tmpdir(), `jainkasso-app-${port}`);
  return { CONSENT_DB_PATH: path.join(dir, 'consent.sqlite'), MAIL_OUTBOX_DIR: path.join(dir, 'outbox') };
}

function environment(env: Record<string, string>, port: number): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !APP_VARIABLES.has(key)));
  return { ...base, HOST: '127.0.0.1', PORT: String(port), ...scratch(port), ...env };
}

function collect(child: ChildProcess): () => string {
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return () => output;
}

/** Starts the built server and resolves once it listens; rejects with its output if it exits first. */
export async function startApp(env: Record<string, string>): Promise<RunningApp> {
  const port = await unusedPort();
  const child = spawn(node, serveArguments(), { cwd: root, env: environment(env, port), stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collect(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (output().includes('Server listening on')) {
        child.stdout.off('data', onData);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    void exited.then((code) => reject(new Error(`the app exited (${code}) before listening:\n${output()}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output,
    exitCode: () => exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/**
 * Runs the built server with a configuration that should stop it, and returns how it ended. `cwd`: a copy of the
 * project to run instead (its `src/server/serve.ts`, serving its own `dist/`).
 */
export async function runAppToExit(env: Record<string, string>, { cwd = root }: { cwd?: string } = {}): Promise<{ code: number | null; output: string; listened: boolean }> {
  const port = await unusedPort();
  const child = spawn(node, serveArguments(), { cwd, env: environment(env, port), stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collect(child);
  let listened = false;
  child.stdout.on('data', () => {
    // A server that starts listening despite the wrong setting has failed the test; stop it.
    if (!listened && output().includes('Server listening on')) {
      listened = true;
      child.kill('SIGTERM');
    }
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  return { code, output: output(), listened };
}
