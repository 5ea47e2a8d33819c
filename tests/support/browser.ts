/**
 * The one Chromium that the end-to-end tests (Playwright) and the bench (Playwright and Lighthouse) drive,
 * and the flags every one of them starts with.
 */
import { programPath } from './system-packages.ts';

/** CHROME_PATH when set; else Playwright's own Chromium where it is installed; else Debian's (system-packages.ts). */
export function chromiumExecutable(): string {
  return programPath('chromium');
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
