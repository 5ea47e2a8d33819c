/**
 * The one Chromium that the end-to-end tests (Playwright) and the bench (Playwright and Lighthouse) drive,
 * and the flags every one of them starts with.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium, for machines where Playwright cannot download its own. */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * CHROME_PATH when set; else Playwright's own Chromium where it is installed; else Debian's.
 * Throws a sentence naming what to install when there is none.
 */
export function chromiumExecutable(): string {
  const chosen = process.env.CHROME_PATH?.trim();
  if (chosen) return chosen;
  const own = chromium.executablePath();
  for (const candidate of [own, ...SYSTEM_CHROMIUMS]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('No Chromium found: install Debian\'s chromium (apt-get install chromium), run `npx playwright install chromium`, or set CHROME_PATH.');
}

/**
 * Flags for every Chromium started here: no sandbox (root in a container), and no traffic of its own
 * (updates, safe browsing), so nothing but the page under test reaches the network.
 */
export const chromiumFlags: readonly string[] = ['--no-sandbox', '--disable-background-networking', '--disable-component-update'];

/** Flags that make a host name resolve to loopback (or, with `MAP * ~NOTFOUND`, every other name to nothing). */
export function hostResolverFlag(rules: string): string {
  return `--host-resolver-rules=${rules}`;
}
