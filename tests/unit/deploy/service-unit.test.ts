/**
 * The systemd unit as docs/deployment.md installs it: its commands read from deploy/jainkasso-web.service and run as
 * written, in the repository (the service's working directory), with the settings systemd gives them from the
 * settings file (EnvironmentFile). A launch check that fails keeps the server down, unless the host is marked staging;
 * every line either writes to the journal is JSON.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEnv, promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp, type TestSmtp } from '../../support/smtp';
import { gate, STAGING_VARIABLE } from '../../../src/launch/service-gate';
import type { Check } from '../../../src/launch/preflight';
import { createLogger } from '../../../src/log/logger';

const UNIT = readFileSync('deploy/jainkasso-web.service', 'utf8');

/** The values of one directive of the unit, in order. */
function directive(name: string): string[] {
  return UNIT.split('\n').filter((line) => line.startsWith(`${name}=`)).map((line) => line.slice(name.length + 1));
}

/** Runs a command line of the unit (no quoting in them) with `env` only, as systemd would; its exit code and output. */
function runAsSystemd(command: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const [program, ...args] = command.split(' ');
  // PATH for npm's own `node` lookup of the scripts; systemd's default PATH is much the same.
  const child = spawn(program!, args, { cwd: process.cwd(), env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

const PASSWORD = 'rätt/lösen#1';
let smtp: TestSmtp;
let dir: string;
let envFile: string;
/** The unit's `Environment=` values and the settings file, as systemd hands them to each command. */
let serviceEnv: Record<string, string>;
beforeAll(async () => {
  smtp = await startSmtp({ users: { webb: PASSWORD } });
  dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-unit-'));
  envFile = path.join(dir, 'jainkasso-web.env');
  // As an operator writes it from deploy/env.example, with a wrong password for the mail server.
  await writeFile(
    envFile,
    [
      'HOST=127.0.0.1',
      'TRUST_PROXY=127.0.0.1',
      `SMTP_URL=smtp://webb:${encodeURIComponent('fel-lösen')}@127.0.0.1:${smtp.port}`,
      'MAIL_TO=registerutdrag@jainkasso.se',
      `CONSENT_DB_PATH=${path.join(dir, 'consent.sqlite')}`,
      '',
    ].join('\n'),
  );
  const fromUnit = Object.fromEntries(directive('Environment').flatMap((line) => line.split(' ')).map((pair) => pair.split('=', 2) as [string, string]));
  serviceEnv = { ...fromUnit, npm_config_cache: path.join(dir, 'npm-cache'), ...(parseEnv(readFileSync(envFile, 'utf8')) as Record<string, string>) };
});
afterAll(async () => {
  await smtp.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('deploy/jainkasso-web.service', () => {
  it('runs the launch check before the server, both through npm that prints nothing of its own', () => {
    expect(directive('ExecStartPre')).toEqual(['/usr/bin/npm run --silent preflight -- --service']);
    expect(directive('ExecStart')).toEqual(['/usr/bin/npm run --silent serve']);
    expect(directive('EnvironmentFile')).toEqual(['/etc/jainkasso-web.env']);
  });

  // The two runs of the launch check wait on the same mail server, not on each other.
  it.concurrent('its launch check names a wrong mail password and the mail server, in JSON lines only, and keeps a server that is not ready down', async ({ expect }) => {
    const { code, stdout, stderr } = await runAsSystemd(directive('ExecStartPre')[0]!, serviceEnv);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { level: string; item?: string; msg: string });
    expect(lines.find((l) => l.item === 'Mail server')).toMatchObject({
      level: 'error',
      msg: `the mail server 127.0.0.1:${smtp.port} cannot be used: it refused the user name or password in SMTP_URL (check them, percent-encoded) (EAUTH).`,
    });
    expect(lines.at(-1)).toMatchObject({ level: 'error', msg: expect.stringContaining('The server is not started.') });
    expect(stdout).not.toContain('fel-l');
  });

  it(`starts a staging host anyway with ${STAGING_VARIABLE}=1, saying so loudly; without it, or on a ready host, as the check says`, () => {
    const lines: { level: string; msg: string; item?: string }[] = [];
    const logger = createLogger({ write: (line: string) => void lines.push(JSON.parse(line) as { level: string; msg: string }) });
    const failing: Check[] = [{ item: 'SITE_URL', status: 'fail', detail: 'not set.' }];
    expect(gate(failing, { [STAGING_VARIABLE]: '1' }, logger)).toBe(0);
    expect(lines.at(-1)!.level).toBe('warn');
    expect(lines.at(-1)!.msg).toMatch(new RegExp(`^NOT READY TO GO LIVE \\(1 item above\\), started anyway because ${STAGING_VARIABLE}=1: this host must not be reachable by the public`));
    expect(gate(failing, { [STAGING_VARIABLE]: '' }, logger)).toBe(1);
    expect(gate(failing, { [STAGING_VARIABLE]: 'yes' }, logger)).toBe(1);
    expect(gate([{ item: 'SITE_URL', status: 'ok', detail: 'https://www.jainkasso.se' }], {}, logger)).toBe(0);
    expect(lines.at(-1)).toMatchObject({ level: 'info', msg: 'Ready to go live.' });
    // Another machine's answer now (the mail server, the e-ID broker) is reported, but keeps no page down.
    const ready: Check = { item: 'SITE_URL', status: 'ok', detail: 'https://www.jainkasso.se' };
    expect(gate([ready, { item: 'Mail server', status: 'fail', detail: 'the mail server … cannot be used' }], {}, logger)).toBe(0);
    expect(lines.slice(-2)).toEqual([
      expect.objectContaining({ level: 'error', item: 'Mail server' }),
      expect.objectContaining({ level: 'warn', ready: false, msg: expect.stringMatching(/^Started: only the other machines above failed/) }),
    ]);
    expect(gate([ready, { item: 'E-legitimation (frivilligt)', status: 'fail', detail: 'on, but …' }], {}, logger)).toBe(0);
  });

  it.concurrent('npm run preflight -- --env-file reads the settings the service reads, and says so', async ({ expect }) => {
    const { code, stdout } = await runAsSystemd(`/usr/bin/npm run --silent preflight -- --env-file ${envFile}`, { npm_config_cache: serviceEnv.npm_config_cache! });
    expect(code).toBe(1);
    expect(stdout).toContain(`Settings: ${envFile}`);
    expect(stdout).toContain(`[ok]      SMTP_URL: Data requests go by SMTP to 127.0.0.1:${smtp.port}`);
    expect(stdout).toContain(`[MISSING] Mail server: the mail server 127.0.0.1:${smtp.port} cannot be used: it refused the user name or password`);
    expect(stdout).toContain(`[ok]      Consent records: SQLite file ${path.join(dir, 'consent.sqlite')}`);
  });

  it('the two-instance steps of docs/deployment.md, as written: a template unit with its own PORT, the single unit disabled first', async () => {
    const doc = readFileSync('docs/deployment.md', 'utf8');
    const steps = doc.slice(doc.indexOf('## Two instances'), doc.indexOf('## What the server sends'));
    const sed = steps.split('\n').map((line) => line.trim()).find((line) => line.startsWith("sed 's/^EnvironmentFile"))!;
    const template = path.join(dir, 'jainkasso-web@.service');
    expect(sed).toContain('> /etc/systemd/system/jainkasso-web@.service');
    await promisify(execFile)('/bin/sh', ['-c', sed.replace('/etc/systemd/system/jainkasso-web@.service', template)]);
    const unit = readFileSync(template, 'utf8');
    expect(unit).toContain('EnvironmentFile=/etc/jainkasso-web.env\nEnvironment=PORT=%i\n');
    expect(unit.replace('Environment=PORT=%i\n', '')).toBe(UNIT);
    // The single unit holds port 4321: it is stopped and disabled before the instances start.
    const disable = steps.indexOf('systemctl disable --now jainkasso-web\n');
    expect(disable).toBeGreaterThan(-1);
    expect(disable).toBeLessThan(steps.indexOf('systemctl daemon-reload && systemctl enable --now jainkasso-web@4321 jainkasso-web@4322'));
  });
});
