/**
 * Fixtures for the consent-record tests: per worker, one app whose records go to a store of the chosen kind
 * (an SQLite file in a temporary folder, or a database on the tests' own PostgreSQL), the page's baseURL pointed
 * at it, and ways to read the store as the company would (the store itself, and `npm run consent`).
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { startApp, type RunningApp } from '../app';
import { createTestStore, type StoreKind, type TestStore } from '../consent-store';
import type { ConsentStore, StoredRecord } from '../../../src/consent/records/store';
import type { ConsentManifest } from '../../../src/consent/records/manifest';

export { expect, createTestStore, type StoreKind };

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The build's manifest: the text version of each language, as the records must name it. */
export async function builtManifest(): Promise<ConsentManifest> {
  return JSON.parse(await readFile(path.join(root, 'dist/client/consent-texts.json'), 'utf8')) as ConsentManifest;
}

type WorkerFixtures = { consentStore: TestStore; app: RunningApp };

/**
 * A `test` whose pages run against an app recording to a store of `kind`. The burst limit is set high: every test
 * of a worker comes from 127.0.0.1, and the limit has a test of its own.
 */
export function recordsTest(kind: StoreKind) {
  return base.extend<object, WorkerFixtures>({
    consentStore: [
      async ({}, use) => {
        const store = await createTestStore(kind);
        await use(store);
        await store.remove();
      },
      { scope: 'worker' },
    ],
    app: [
      async ({ consentStore }, use) => {
        const app = await startApp({ SMTP_URL: '', MAIL_OUTBOX_DIR: path.join(tmpdir(), 'jainkasso-records-outbox'), CONSENT_RATE_LIMIT_MAX: '100000', ...consentStore.env });
        await use(app);
        await app.stop();
      },
      { scope: 'worker' },
    ],
    baseURL: async ({ app }, use) => {
      await use(app.url);
    },
  });
}

/** The consent ID in the browser's consent cookie (vanilla-cookieconsent's `consentId`), or '' while there is none. */
async function consentIdOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'cc_cookie');
  return cookie ? (JSON.parse(decodeURIComponent(cookie.value)) as { consentId: string }).consentId : '';
}

/** The consent ID the banner gave this browser, once its cookie holds the choice (written a moment after a click). */
export async function storedConsentId(context: BrowserContext): Promise<string> {
  await expect.poll(() => consentIdOf(context), { message: 'the choice is stored in the browser' }).not.toBe('');
  return consentIdOf(context);
}

/** Every record of a consent ID, oldest first. */
export async function recordsOf(store: ConsentStore, consentId: string): Promise<StoredRecord[]> {
  return (await store.recordsOf(consentId)).records;
}

/** How many records the store holds in all. */
export async function countRecords(store: ConsentStore): Promise<number> {
  return (await store.between(new Date(0), new Date('9999-12-31T00:00:00Z'))).length;
}

/** Runs `npm run consent -- …args` against the store, as the company would; resolves with what it printed. */
export async function consentCli(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const node = path.join(root, 'node_modules/.bin/node');
  const child = spawn(node, [path.join(root, 'scripts/consent.ts'), ...args], { cwd: root, env: { ...process.env, DATABASE_URL: '', CONSENT_DB_PATH: '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stdout, stderr };
}
