import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, chromiumFlags } from './tests/support/browser';
import { serveArguments } from './tests/support/app';

/** Port of the production server the end-to-end tests start (not 4321, so a running `npm start` is left alone). */
const port = Number(process.env.E2E_PORT ?? 4399);
export const baseURL = `http://127.0.0.1:${port}`;
/** Where that server's log goes (a new file each run): a failing test shows its part of it (tests/support/e2e/fixtures.ts). */
export const serverLogPath = path.join(tmpdir(), `jainkasso-e2e-server-${port}.log`);
/** That server's consent records (an SQLite file outside the repository): the record tests read them (tests/support/e2e/records.ts). */
export const consentDbPath = path.join(tmpdir(), `jainkasso-e2e-consent-${port}.sqlite`);
/**
 * The two longest tests, both mostly waiting (on npm, on silent mail connections): the production install
 * (npm ci --omit=dev) and the hanging mail server.
 */
const LONG_WAITS = /(server\/production-install|requests\/hang)\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  // Two for the browser tests, one per core (a third measured no faster with a core kept busy: 745 s against 714 s),
  // and a third slot for the long waits below, which need little CPU while they wait.
  workers: 3,
  retries: 0,
  // Headroom for a shared two-core machine with another process keeping a core busy: these bound how long a
  // test waits for an event before it fails, never how fast the site must be (speed goals live in `npm run bench`).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    // A trace is kept for a failed test only: its actions, console and network, without the screenshots and DOM
    // snapshots that cost the most to record (a failing test's own error context still has the page's accessibility tree).
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false, sources: true },
  },
  projects: [
    // The slowest tests (about a minute each, mostly waiting) one after the other in their own slot, beside the browser
    // tests from the start, instead of holding both of their slots (or running alone at the end).
    { name: 'long-waits', testMatch: LONG_WAITS, workers: 1 },
    {
      name: 'chromium',
      testIgnore: LONG_WAITS,
      workers: 2,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [...chromiumFlags],
        },
      },
    },
  ],
  webServer: {
    // The built server, as in production (`npm run serve`): `npm test` builds before this runs.
    // Its JSON lines go to a file, not into the test run's output; a failing test prints its part.
    command: `${['node_modules/.bin/node', ...serveArguments()].join(' ')} > '${serverLogPath}' 2>&1`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // No SMTP: requests go to an outbox folder outside the repository (the request tests start their own servers with SMTP).
    // Consent records to a file outside the repository, which the record tests read (those of other stores start their own).
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      SMTP_URL: '',
      MAIL_OUTBOX_DIR: path.join(tmpdir(), `jainkasso-e2e-outbox-${port}`),
      DATABASE_URL: '',
      // Every test's browser is 127.0.0.1: one visitor to the burst limit, which has tests of its own.
      CONSENT_RATE_LIMIT_MAX: '100000',
      CONSENT_DB_PATH: consentDbPath,
      // No e-ID: the suite's own server is the form as without it (the e-ID tests start their own).
      EID_ISSUER: '',
      EID_CLIENT_ID: '',
      EID_CLIENT_SECRET: '',
      EID_BROKER: '',
    },
  },
});
