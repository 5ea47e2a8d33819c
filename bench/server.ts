/** Builds the site and serves dist/ as in production on a free loopback port. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { benchPorts } from './config.ts';
import type { RunningServer } from './types.ts';

const host = '127.0.0.1';
/** Ports handed out in this run, so two servers started back to back never race for one. */
const taken = new Set<number>();

/** `npm run build`, its output passed through to stderr; throws when it fails. */
export async function build(): Promise<void> {
  const child = spawn('npm', ['run', 'build'], { stdio: ['ignore', process.stderr, process.stderr] });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
}

async function portIsFree(port: number): Promise<boolean> {
  const probe = createServer();
  probe.unref();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let port = benchPorts.first; port <= benchPorts.last; port++) {
    if (!taken.has(port) && (await portIsFree(port))) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${benchPorts.first}–${benchPorts.last} on ${host}`);
}

/** `npm run serve` (src/server/serve.ts) on 127.0.0.1, resolved once it answers `/`; gives up after `timeoutMs`. */
export async function startServer(env: Record<string, string> = {}, timeoutMs = 20_000): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://${host}:${port}`;
  const child = spawn(process.execPath, ['src/server/serve.ts'], {
    env: { ...process.env, ...env, HOST: host, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = once(child, 'exit');

  const stop = async () => {
    taken.delete(port);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return { origin, port, pid: child.pid!, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the server on ${origin} did not answer within ${timeoutMs} ms:\n${output}`);
}
