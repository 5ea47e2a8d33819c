/**
 * The production install as docs/deployment.md has it: the build, the sources and the lock file copied to a fresh
 * folder, `npm ci --omit=dev`, then the systemd unit's two commands as it writes them (deploy/jainkasso-web.service):
 * the launch check (`--service`), then `npm run --silent serve`, whose output is JSON lines only. The `node` package is a runtime dependency, so npm runs the
 * server with Node 24 even where the system's Node is older (Debian 12 ships 18, Debian 13 ships 20).
 */
import { spawn, execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { unusedPort } from '../../support/smtp';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

test('npm ci --omit=dev, the launch check, then npm run --silent serve: the site is served with Node >= 22.12, its log JSON only', async () => {
  test.setTimeout(600_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-prod-'));
  try {
    for (const entry of ['package.json', 'package-lock.json', 'src', 'dist', 'scripts', 'content', 'site-facts.example.json']) await cp(path.join(root, entry), path.join(dir, entry), { recursive: true });
    // The machine's own npm and node (not the devDependency's): as on a fresh server.
    await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    const { stdout: version } = await run('npm', ['exec', '--offline', '--', 'node', '-p', 'process.versions.node'], { cwd: dir });
    const [major = 0, minor = 0] = version.trim().split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 12), `node ${version.trim()}`).toBe(true);

    // The unit's launch check runs on what `npm ci --omit=dev` installed: here not ready (no SMTP_URL, no facts), as a
    // staging host may be, so it starts only with the staging setting.
    const unit = readFileSync(path.join(root, 'deploy/jainkasso-web.service'), 'utf8');
    const command = (name: string) => unit.split('\n').find((line) => line.startsWith(`${name}=`))!.slice(name.length + 1).split(' ');
    const [pre, ...preArgs] = command('ExecStartPre');
    const check = await run(pre!, preArgs, { cwd: dir, env: { ...process.env, SMTP_URL: '', PREFLIGHT_STAGING_NOT_PUBLIC: '1' } });
    const checkLines = check.stdout.trim().split('\n').map((line) => JSON.parse(line) as { level: string; msg: string });
    expect(checkLines.at(-1)).toMatchObject({ level: 'warn', msg: expect.stringMatching(/^NOT READY TO GO LIVE/) });

    const port = await unusedPort();
    const [serve, ...serveArgs] = command('ExecStart');
    // Its own process group, so the test can signal npm and the server together, as systemd does.
    const child = spawn(serve!, serveArgs, { cwd: dir, detached: true, env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SMTP_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => ((output += chunk.toString('utf8')), (stdout += chunk.toString('utf8'))));
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
    // The journal: every line the server and npm wrote is JSON, npm's own "> serve" lines included in none.
    for (const line of stdout.trim().split('\n')) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
