/**
 * Consent records in the browser against servers of their own settings: a choice landing in a real PostgreSQL (the
 * smoke test of that store; its contract is tests/stores/), and a store that cannot be written, while the browser
 * keeps the record and sends it once the store is back.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { banner, consentReady, LABELS } from '../../support/e2e/consent';
import { test } from '../../support/e2e/fixtures';
import { builtManifest, createTestStore, expect, recordsOf, storedConsentId, waitingRecords } from '../../support/e2e/records';
import { bannerRecord } from '../../support/consent-records';
import { startApp, type RunningApp } from '../../support/app';
import { openConsentStore } from '../../../src/consent/records/store';

const OUTBOX = { SMTP_URL: '', MAIL_OUTBOX_DIR: path.join(tmpdir(), 'jainkasso-records-outbox') };

/** The log lines of one store event. */
function storeEvents(app: RunningApp): string[] {
  return app.output().match(/"event":"consent-store","status":"(down|up)"/g) ?? [];
}

async function chooseOn(page: Page, url: string, button: 'acceptAll' | 'rejectAll'): Promise<void> {
  await page.goto(`${url}/`);
  await consentReady(page);
  await banner(page).getByRole('button', { name: LABELS.sv[button] }).click();
  await expect(banner(page)).toBeHidden();
}

test('PostgreSQL: a choice in the browser lands in the database with its categories, method and text version', async ({ page, context }) => {
  const store = await createTestStore('postgres');
  const app = await startApp({ ...OUTBOX, ...store.env });
  try {
    await chooseOn(page, app.url, 'acceptAll');
    const id = await storedConsentId(context);
    await expect.poll(async () => (await recordsOf(store.store, id)).length).toBe(1);
    expect((await recordsOf(store.store, id))[0]).toMatchObject({
      consentId: id,
      method: 'accept-all',
      accepted: ['necessary', 'analytics'],
      rejected: [],
      revision: 1,
      locale: 'sv',
      path: '/',
      textVersion: builtManifest().texts.find((t) => t.locale === 'sv')!.version,
    });
  } finally {
    await app.stop();
    await store.remove();
  }
});

test('an SQLite file that cannot be created: the server starts and serves, the endpoint answers 503, the record waits in the browser and arrives once when it can; the log says down, then up', async ({ page, request }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-consent-blocked-'));
  // A file where the store's folder should be: nothing can be created under it, not even by root.
  await writeFile(path.join(dir, 'data'), 'not a folder');
  const file = path.join(dir, 'data', 'consent.sqlite');
  const app = await startApp({ ...OUTBOX, CONSENT_DB_PATH: file });
  try {
    expect((await request.get(`${app.url}/dina-uppgifter/`)).status()).toBe(200);
    await chooseOn(page, app.url, 'rejectAll');
    const id = await storedConsentId(page.context());
    await expect.poll(() => waitingRecords(page)).toContain(id);
    const post = await request.post(`${app.url}/consent-records`, { data: bannerRecord(builtManifest()), headers: { Origin: app.url }, failOnStatusCode: false });
    expect(post.status()).toBe(503);
    expect(storeEvents(app)).toEqual(['"event":"consent-store","status":"down"']);

    await rm(path.join(dir, 'data'));
    await page.goto(`${app.url}/cookies/`);
    await expect.poll(() => waitingRecords(page)).toBeNull();
    expect(storeEvents(app)).toEqual(['"event":"consent-store","status":"down"', '"event":"consent-store","status":"up"']);
    const store = await openConsentStore({ kind: 'sqlite', file });
    try {
      expect((await recordsOf(store, id)).map((r) => r.method)).toEqual(['reject-all']);
    } finally {
      await store.close();
    }
  } finally {
    await app.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
