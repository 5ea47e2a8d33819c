/**
 * The production install as docs/deployment.md has it: the build, the sources and the lock file copied to a fresh
 * folder, `npm ci --omit=dev`, then `npm run serve`. The `node` package is a runtime dependency, so npm runs the
 * server with Node 24 even where the system's Node is older (Debian 12 ships 18, Debian 13 ships 20).
 */
import { spawn, execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { unusedPort } from '../../support/smtp';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

test('npm ci --omit=dev, then npm run serve: the site is served with Node >= 22.12', async () => {
  test.setTimeout(600_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-prod-'));
  try {
    for (const entry of ['package.json', 'package-lock.json', 'src', 'dist']) await cp(path.join(root, entry), path.join(dir, entry), { recursive: true });
    // The machine's own npm and node (not the devDependency's): as on a fresh server.
    await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    const { stdout: version } = await run('npm', ['exec', '--offline', '--', 'node', '-p', 'process.versions.node'], { cwd: dir });
    const [major = 0, minor = 0] = version.trim().split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 12), `node ${version.trim()}`).toBe(true);

    const port = await unusedPort();
    // Its own process group, so the test can signal npm and the server together, as systemd does.
    const child = spawn('npm', ['run', 'serve'], { cwd: dir, detached: true, env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SMTP_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => output, { timeout: 60_000 }).toContain('Server listening on');
      const page = await fetch(`http://127.0.0.1:${port}/dina-uppgifter/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Begär registerutdrag eller rättelse');
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
    await expect.poll(() => output).toMatch(/"event":"shutdown"/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
