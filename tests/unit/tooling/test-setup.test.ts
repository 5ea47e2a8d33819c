import { describe, expect, it } from 'vitest';
import { locate, planSetup, SYSTEM_PROGRAMS } from '../../support/system-packages';

describe("npm test's set-up of system packages", () => {
  it('does nothing when every program is there', () => {
    expect(planSetup({ missing: [], root: false, apt: false })).toEqual({ action: 'none' });
  });

  it('installs the missing packages with apt-get as root', () => {
    const plan = planSetup({ missing: ['chromium', 'caddy'], root: true, apt: true });
    expect(plan).toMatchObject({ action: 'install', packages: ['chromium', 'caddy'] });
    expect(plan.action === 'install' && plan.command.slice(0, 3)).toEqual(['apt-get', 'install', '-y']);
  });

  it('stops with one sentence naming the packages and the command when it may not install', () => {
    const plan = planSetup({ missing: ['caddy', 'redis-server'], root: false, apt: true });
    expect(plan.action).toBe('stop');
    const message = plan.action === 'stop' ? plan.message : '';
    expect(message).toContain('caddy redis-server');
    expect(message).toContain('sudo apt-get install -y caddy redis-server');
    expect(message.split('\n')).toHaveLength(1);
  });

  it('names the packages without apt-get too', () => {
    const plan = planSetup({ missing: ['nginx-light'], root: true, apt: false });
    expect(plan.action === 'stop' && plan.message).toContain('nginx-light');
  });

  it('finds a command on PATH, an absolute path as it is, and nothing else', () => {
    const files = new Set(['/opt/bin/caddy', '/usr/sbin/nginx']);
    const exists = (file: string) => files.has(file);
    expect(locate(['caddy'], '/usr/bin:/opt/bin', exists)).toBe('/opt/bin/caddy');
    expect(locate([undefined, '/usr/sbin/nginx', 'nginx'], '', exists)).toBe('/usr/sbin/nginx');
    expect(locate(['redis-server'], '/usr/bin:/opt/bin', exists)).toBeUndefined();
  });

  it('names a Debian package for every program the harness starts', () => {
    expect(SYSTEM_PROGRAMS.map((program) => program.debianPackage)).toEqual(['chromium', 'caddy', 'nginx-light', 'redis-server', 'postgresql']);
  });
});
