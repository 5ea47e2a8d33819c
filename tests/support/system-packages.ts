/**
 * The programs the test suite starts that npm cannot install: one list, read by `npm test`'s set-up
 * (scripts/test-setup.ts) and by the harness that starts them (browser.ts, proxies.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

export interface SystemProgram {
  /** What the tests use it for. */
  purpose: string;
  /** Debian's package that provides it. */
  debianPackage: string;
  /** Where it may be, first choice first: absolute paths, or commands looked up on PATH. */
  candidates: () => (string | undefined)[];
}

export const SYSTEM_PROGRAMS: readonly SystemProgram[] = [
  {
    purpose: 'the browser of the end-to-end tests and the bench',
    debianPackage: 'chromium',
    // CHROME_PATH when set; else Playwright's own Chromium where it could be downloaded; else Debian's.
    candidates: () => [process.env.CHROME_PATH?.trim() || undefined, chromium.executablePath(), '/usr/bin/chromium', '/usr/bin/chromium-browser'],
  },
  { purpose: 'the TLS proxy of the server tests', debianPackage: 'caddy', candidates: () => ['caddy'] },
  { purpose: 'the proxy of the server tests', debianPackage: 'nginx-light', candidates: () => ['/usr/sbin/nginx', 'nginx'] },
  { purpose: 'the shared store of the server tests', debianPackage: 'redis-server', candidates: () => ['redis-server'] },
  {
    purpose: 'the shared consent store of the consent-record tests',
    debianPackage: 'postgresql',
    // Debian keeps each major version's server under /usr/lib/postgresql/<version>/bin, off PATH: the newest first.
    candidates: () => postgresVersions().map((version) => `/usr/lib/postgresql/${version}/bin/postgres`),
  },
];

/** The PostgreSQL major versions installed the Debian way, newest first. */
function postgresVersions(): string[] {
  try {
    return readdirSync('/usr/lib/postgresql').filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  } catch {
    return [];
  }
}

/** The first candidate that exists: an absolute path as it is, a command on PATH (`pathVariable`). */
export function locate(
  candidates: readonly (string | undefined)[],
  pathVariable = process.env.PATH ?? '',
  exists: (file: string) => boolean = existsSync,
): string | undefined {
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (path.isAbsolute(candidate)) {
      if (exists(candidate)) return candidate;
      continue;
    }
    for (const dir of pathVariable.split(path.delimiter).filter(Boolean)) {
      const file = path.join(dir, candidate);
      if (exists(file)) return file;
    }
  }
  return undefined;
}

/** The program's file, or a sentence naming the package to install. */
export function programPath(debianPackage: string): string {
  const program = SYSTEM_PROGRAMS.find((candidate) => candidate.debianPackage === debianPackage);
  if (!program) throw new Error(`${debianPackage} is not one of the suite's system packages.`);
  const found = locate(program.candidates());
  if (!found) throw new Error(`${debianPackage} is not installed: run npm test, which installs it, or apt-get install ${debianPackage}.`);
  return found;
}

/** The Debian packages whose programs this machine lacks. */
export function missingPackages(): string[] {
  return SYSTEM_PROGRAMS.filter((program) => !locate(program.candidates())).map((program) => program.debianPackage);
}

export type SetupPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[]; command: string[] }
  | { action: 'stop'; message: string };

export interface Machine {
  /** Debian packages whose programs are missing. */
  missing: string[];
  /** The user may install packages (root). */
  root: boolean;
  /** apt-get is there (Debian or a derivative). */
  apt: boolean;
}

/** What `npm test` does about missing programs: nothing, install them with apt, or stop with one sentence. */
export function planSetup({ missing, root, apt }: Machine): SetupPlan {
  if (missing.length === 0) return { action: 'none' };
  const list = missing.join(' ');
  if (apt && root) return { action: 'install', packages: missing, command: ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing] };
  const how = apt
    ? `run \`sudo apt-get install -y ${list}\` (as root, npm test installs them itself)`
    : `install the packages ${list} (their Debian names) with this system's package manager`;
  return { action: 'stop', message: `The tests need programs this machine lacks (${list}): ${how}, then run npm test again.` };
}
