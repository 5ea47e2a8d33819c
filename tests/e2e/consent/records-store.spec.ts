/**
 * The consent store under strain: hostile posts, a burst, two instances on one PostgreSQL, PostgreSQL stopped and
 * started mid-run, an SQLite file that cannot be written, retention, export, and wrong settings at start.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { banner, consentReady, footerSettings, LABELS } from '../../support/e2e/consent';
import { test as base } from '../../support/e2e/fixtures';
import {
  builtManifest,
  consentCli,
  countRecords,
  createTestStore,
  expect,
  recordsOf,
  recordsTest,
  storedConsentId,
  type StoreKind,
} from '../../support/e2e/records';
import { runAppToExit, startApp, type RunningApp } from '../../support/app';
import type { StoredRecord } from '../../../src/consent/records/store';

const OUTBOX = { SMTP_URL: '', MAIL_OUTBOX_DIR: path.join(tmpdir(), 'jainkasso-records-outbox') };

/** A record as the banner would send it on the Swedish start page. */
async function validRecord(): Promise<Record<string, unknown>> {
  const { texts } = await builtManifest();
  return {
    recordId: randomUUID(),
    consentId: randomUUID(),
    accepted: ['necessary', 'analytics'],
    rejected: [],
    revision: 1,
    locale: 'sv',
    path: '/',
    method: 'accept-all',
    textVersion: texts.find((t) => t.locale === 'sv')!.version,
  };
}

/** Posts `body` as a page of the site would (same origin), or with the headers given. */
function post(request: APIRequestContext, url: string, body: string, headers: Record<string, string> = {}) {
  return request.post(`${url}/consent-records`, {
    data: body,
    headers: { 'Content-Type': 'application/json', Origin: url, ...headers },
    failOnStatusCode: false,
  });
}

/** The log lines of one store event. */
function storeEvents(app: RunningApp): string[] {
  return app.output().match(/"event":"consent-store","status":"(down|up)"/g) ?? [];
}

async function rejectAllOn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`);
  await consentReady(page);
  await banner(page).getByRole('button', { name: LABELS.sv.rejectAll }).click();
  await expect(banner(page)).toBeHidden();
}

for (const kind of ['sqlite', 'postgres'] as const satisfies readonly StoreKind[]) {
  const test = recordsTest(kind);

  test.describe(kind, () => {
    test('hostile posts get a 4xx, never a 5xx, and write nothing', async ({ request, app, consentStore }) => {
      const before = await countRecords(consentStore.store);
      const record = await validRecord();
      const cases: [string, string, Record<string, string>?][] = [
        ['oversized', JSON.stringify({ ...record, path: `/${'a'.repeat(3000)}` })],
        ['malformed', '{"recordId": '],
        ['not an object', '[1,2,3]'],
        ['an unknown field', JSON.stringify({ ...record, ip: '203.0.113.9' })],
        ['a prototype key', JSON.stringify(record).replace(/^\{/, '{"__proto__":{"x":1},')],
        ['an unknown text version', JSON.stringify({ ...record, textVersion: 'f'.repeat(64) })],
        ["the other language's text version", JSON.stringify({ ...record, locale: 'en' })],
        ['an unknown revision', JSON.stringify({ ...record, revision: 2 })],
        ['an unknown category', JSON.stringify({ ...record, accepted: ['necessary', 'analytics', 'marketing'] })],
        ['the necessary category refused', JSON.stringify({ ...record, accepted: ['analytics'], rejected: ['necessary'] })],
        ['a category missing', JSON.stringify({ ...record, accepted: ['necessary'] })],
        ['a malformed consent ID', JSON.stringify({ ...record, consentId: "1' or '1'='1" })],
        ['a path with a query', JSON.stringify({ ...record, path: '/?email=anna@example.test' })],
        ['an unknown method', JSON.stringify({ ...record, method: 'implied' })],
        ['the time from the browser', JSON.stringify({ ...record, recordedAt: '2020-01-01T00:00:00Z' })],
        ['another site', JSON.stringify(record), { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }],
        ['no origin at all', JSON.stringify(record), { Origin: '' }],
        ['a form post', 'recordId=1', { 'Content-Type': 'application/x-www-form-urlencoded' }],
      ];
      for (const [name, body, headers] of cases) {
        const response = await post(request, app.url, body, headers);
        expect(response.status(), name).toBeGreaterThanOrEqual(400);
        expect(response.status(), name).toBeLessThan(500);
      }
      expect(await countRecords(consentStore.store)).toBe(before);
      // The same record, well formed, is taken: the cases above failed for what they changed.
      expect((await post(request, app.url, JSON.stringify(record))).status()).toBe(204);
      expect(await countRecords(consentStore.store)).toBe(before + 1);
    });

    test('the same record sent twice is stored once', async ({ request, app, consentStore }) => {
      const record = await validRecord();
      for (let i = 0; i < 3; i++) expect((await post(request, app.url, JSON.stringify(record))).status()).toBe(204);
      expect(await recordsOf(consentStore.store, record.consentId as string)).toHaveLength(1);
    });

    test('retention: `npm run consent -- prune` deletes records past it, and only those', async ({ consentStore }) => {
      const { texts, retentionMonths } = await builtManifest();
      const text = texts[0]!;
      const consentId = randomUUID();
      const monthsAgo = (months: number, days: number) => {
        const date = new Date();
        date.setUTCMonth(date.getUTCMonth() - months);
        date.setUTCDate(date.getUTCDate() + days);
        return date.toISOString();
      };
      const at = { old: monthsAgo(retentionMonths, -2), kept: monthsAgo(retentionMonths, 2) };
      for (const recordedAt of Object.values(at)) {
        const record: StoredRecord = {
          recordId: randomUUID(),
          consentId,
          recordedAt,
          method: 'reject-all',
          accepted: ['necessary'],
          rejected: ['analytics'],
          revision: 1,
          locale: text.locale,
          path: '/',
          textVersion: text.version,
        };
        await consentStore.store.append(record, { textVersion: text.version, locale: text.locale, text: text.text });
      }
      const pruned = await consentCli(consentStore.env, 'prune');
      expect(pruned.code, pruned.stderr).toBe(0);
      expect(pruned.stdout).toMatch(/^Deleted \d+ records? older than 12 months/);
      expect((await recordsOf(consentStore.store, consentId)).map((r) => r.recordedAt)).toEqual([at.kept]);
    });

    test('`npm run consent -- export` writes the records of a period as CSV', async ({ request, app, consentStore }) => {
      const record = await validRecord();
      expect((await post(request, app.url, JSON.stringify(record))).status()).toBe(204);
      const today = new Date().toISOString().slice(0, 10);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const { code, stdout } = await consentCli(consentStore.env, 'export', '--from', today, '--to', tomorrow);
      expect(code).toBe(0);
      const [header, ...rows] = stdout.trim().split('\r\n');
      expect(header).toBe('recorded_at,consent_id,method,accepted,rejected,revision,locale,path,text_version,record_id');
      expect(rows.find((row) => row.includes(record.consentId as string))).toMatch(/,accept-all,necessary analytics,,1,sv,\/,[0-9a-f]{64},/);
    });
  });
}

const test = base;

test('a burst from one address gets 429 and writes nothing more', async ({ request }) => {
  const store = await createTestStore('sqlite');
  const app = await startApp({ ...OUTBOX, ...store.env, CONSENT_RATE_LIMIT_MAX: '3' });
  try {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(request, app.url, JSON.stringify(await validRecord()))).status());
    expect(statuses).toEqual([204, 204, 204, 429, 429]);
    expect(await countRecords(store.store)).toBe(3);
  } finally {
    await app.stop();
    await store.remove();
  }
});

test('two instances share one PostgreSQL: a choice made on one and changed on the other is one history', async ({ page, context }) => {
  const store = await createTestStore('postgres');
  const [first, second] = [await startApp({ ...OUTBOX, ...store.env }), await startApp({ ...OUTBOX, ...store.env })];
  try {
    await page.goto(`${first.url}/`);
    await consentReady(page);
    await banner(page).getByRole('button', { name: LABELS.sv.acceptAll }).click();
    // Both instances answer on 127.0.0.1, so the browser's consent cookie is the same on both.
    const id = await storedConsentId(context);
    await expect.poll(async () => (await recordsOf(store.store, id)).length).toBe(1);
    await page.goto(`${second.url}/cookies/`);
    await footerSettings(page).click();
    await page.getByRole('dialog', { name: LABELS.sv.settings }).getByRole('button', { name: LABELS.sv.rejectAll }).click();
    await expect.poll(async () => (await recordsOf(store.store, id)).map((r) => r.method)).toEqual(['accept-all', 'withdrawal']);
  } finally {
    await Promise.all([first.stop(), second.stop()]);
    await store.remove();
  }
});

test('PostgreSQL stopped mid-run: pages and the form still serve, the record waits in the browser and arrives once when it is back', async ({ page, request }) => {
  const store = await createTestStore('postgres');
  const app = await startApp({ ...OUTBOX, ...store.env });
  try {
    await store.postgres!.stop();
    await rejectAllOn(page, app.url);
    const id = await storedConsentId(page.context());
    await expect.poll(() => page.evaluate(() => localStorage.getItem('consent-records'))).toContain(id);
    expect((await post(request, app.url, JSON.stringify(await validRecord()))).status()).toBe(503);
    for (const path of ['/', '/cookies/', '/dina-uppgifter/', '/en/']) expect((await request.get(`${app.url}${path}`)).status(), path).toBe(200);
    await expect.poll(() => storeEvents(app)).toEqual(['"event":"consent-store","status":"down"']);

    await store.postgres!.start();
    await page.goto(`${app.url}/cookies/`);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('consent-records'))).toBeNull();
    expect((await recordsOf(store.store, id)).map((r) => r.method)).toEqual(['reject-all']);
    expect(storeEvents(app)).toEqual(['"event":"consent-store","status":"down"', '"event":"consent-store","status":"up"']);
  } finally {
    await app.stop();
    await store.remove();
  }
});

test('an SQLite file that cannot be created: the server starts and serves, the endpoint answers 503, the log says down, then up', async ({ page, request }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'jainkasso-consent-blocked-'));
  // A file where the store's folder should be: nothing can be created under it, not even by root.
  await writeFile(path.join(dir, 'data'), 'not a folder');
  const app = await startApp({ ...OUTBOX, CONSENT_DB_PATH: path.join(dir, 'data', 'consent.sqlite') });
  try {
    expect((await request.get(`${app.url}/dina-uppgifter/`)).status()).toBe(200);
    await rejectAllOn(page, app.url);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('consent-records'))).not.toBeNull();
    expect((await post(request, app.url, JSON.stringify(await validRecord()))).status()).toBe(503);
    expect(storeEvents(app)).toEqual(['"event":"consent-store","status":"down"']);

    await rm(path.join(dir, 'data'));
    await page.goto(`${app.url}/cookies/`);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('consent-records'))).toBeNull();
    expect(storeEvents(app)).toEqual(['"event":"consent-store","status":"down"', '"event":"consent-store","status":"up"']);
  } finally {
    await app.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test('start-up: a new database is created with its schema; a wrong DATABASE_URL stops the server with one sentence', async () => {
  const store = await createTestStore('postgres');
  try {
    const url = new URL(store.env.DATABASE_URL!);
    const wrongPassword = Object.assign(new URL(url), { password: 'wrong' }).href;
    const noDatabase = Object.assign(new URL(url), { pathname: '/no_such_database' }).href;
    for (const [DATABASE_URL, sentence] of [
      ['mysql://127.0.0.1/consent', 'DATABASE_URL must be a URL starting with postgres://'],
      [wrongPassword, 'DATABASE_URL is wrong: the password or user is wrong.'],
      [noDatabase, 'DATABASE_URL is wrong: the database does not exist.'],
    ] as const) {
      const { code, output, listened } = await runAppToExit({ ...OUTBOX, DATABASE_URL });
      expect(listened, DATABASE_URL).toBe(false);
      expect(code).toBe(1);
      expect(output).toContain(sentence);
      expect(output).not.toMatch(/\n\s+at /);
      expect(output).not.toContain('wrong@');
    }
  } finally {
    await store.remove();
  }
});
