/**
 * What only PostgreSQL brings: several instances on one database, a server that goes away and comes back, and
 * a DATABASE_URL that names a wrong user or database. The run's one PostgreSQL is stopped here: the `stores`
 * project runs its files one at a time (vitest.config.ts).
 */
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log/logger';
import { createConsentService, RECEIVE_STATUS } from '../../../src/consent/records/service';
import { CONSENT_RECORDS_PATH } from '../../../src/consent/records/record';
import { openConsentStore } from '../../../src/consent/records/store';
import { runAppToExit, startApp } from '../../support/app';
import { bannerRecord } from '../../support/consent-records';
import { builtManifest, consentCli, createTestStore, recordsOf, type TestStore } from '../../support/consent-store';
import { POSTGRES_USER } from '../../support/proxies';
import { sharedPostgres } from '../../support/stores';

const manifest = builtManifest();
const postgres = sharedPostgres();
const CLIENT = '203.0.113.7';
const unlimited = { consume: () => Promise.resolve({ allowed: true }) };
/** The app's mail goes to an outbox folder: these tests send none. */
const OUTBOX = { SMTP_URL: '', MAIL_OUTBOX_DIR: path.join(tmpdir(), 'jainkasso-records-outbox') };

/** A logger that keeps its lines, and the consent store's down and up among them. */
function collectingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines, storeEvents: () => lines.filter((l) => l.event === 'consent-store').map((l) => l.status) };
}

let test: TestStore & { remove(): Promise<void> };
beforeAll(async () => {
  test = await createTestStore('postgres', postgres);
});
afterAll(() => test.remove());

describe('two instances on one PostgreSQL', () => {
  it('start together on a new database, and a choice made on one and changed on the other is one history', async () => {
    const fresh = `consent_${randomUUID().replace(/-/g, '')}`;
    await postgres.createDatabase(fresh);
    const location = { kind: 'postgres', url: postgres.url(fresh) } as const;
    // The change comes a minute after the choice, each stamped by its own instance's clock.
    const madeAt = Date.now();
    const instance = (later: number) =>
      createConsentService({ location, manifest, limiter: unlimited, logger: createLogger({ write: () => undefined }), now: () => new Date(madeAt + later) });
    const [first, second] = [instance(0), instance(60_000)];
    try {
      // Both create the schema at once: Kysely's migration lock makes them take turns.
      expect(await Promise.all([first.start(), second.start()])).toEqual([undefined, undefined]);
      const choice = bannerRecord(manifest);
      expect(await first.receive(choice, CLIENT)).toBe('stored');
      const withdrawal = bannerRecord(manifest, 'sv', { consentId: choice.consentId, method: 'withdrawal', accepted: ['necessary'], rejected: ['analytics'], path: '/cookies/' });
      expect(await second.receive(withdrawal, CLIENT)).toBe('stored');
      const reader = await openConsentStore(location);
      try {
        expect((await recordsOf(reader, choice.consentId)).map((r) => [r.method, r.path])).toEqual([
          ['accept-all', '/'],
          ['withdrawal', '/cookies/'],
        ]);
      } finally {
        await reader.close();
      }
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});

describe('a value PostgreSQL cannot store', () => {
  it('a NUL byte is a 4xx, never an outage: not stored, the store not down, the records beside it stored', async () => {
    const { logger, storeEvents } = collectingLogger();
    const service = createConsentService({ location: { kind: 'postgres', url: test.env.DATABASE_URL! }, manifest, limiter: unlimited, logger });
    try {
      expect(await service.start()).toBeUndefined();
      const nul = bannerRecord(manifest, 'sv', { path: '/a\u0000b' });
      const beside = [bannerRecord(manifest), bannerRecord(manifest, 'en')];
      // Sent together, so that they may be written in one statement: the refused one fails alone.
      const outcomes = await Promise.all([nul, ...beside].map((record) => service.receive(record, CLIENT)));
      expect(outcomes.map((outcome) => RECEIVE_STATUS[outcome])).toEqual([400, 204, 204]);
      expect(await recordsOf(test.store, nul.consentId)).toEqual([]);
      for (const record of beside) expect(await recordsOf(test.store, record.consentId)).toHaveLength(1);
      expect(storeEvents()).toEqual([]);
    } finally {
      await service.close();
    }
  });
});

describe('PostgreSQL stopped and started mid-run', () => {
  it('the service answers 503 while it is down, logs down once, then up, and nothing is lost', async () => {
    const { logger, lines, storeEvents } = collectingLogger();
    const service = createConsentService({ location: { kind: 'postgres', url: test.env.DATABASE_URL! }, manifest, limiter: unlimited, logger });
    try {
      expect(await service.start()).toBeUndefined();
      const before = bannerRecord(manifest);
      expect(await service.receive(before, CLIENT)).toBe('stored');

      await postgres.stop();
      const during = bannerRecord(manifest, 'en');
      // The browser keeps the record and sends it again with each page: each time 503, and one line in the log.
      for (let i = 0; i < 2; i++) expect(RECEIVE_STATUS[await service.receive(during, CLIENT)]).toBe(503);
      expect(storeEvents()).toEqual(['down']);
      // Why, for the operator: the error's code and the server, never the URL with its password.
      const { port } = new URL(test.env.DATABASE_URL!);
      expect(lines.find((l) => l.event === 'consent-store')).toEqual(expect.objectContaining({ code: expect.stringMatching(/^(ECONNREFUSED|ECONNECTION|57P01)$/), host: `127.0.0.1:${port}` }));
      expect(JSON.stringify(lines)).not.toContain(POSTGRES_USER.password);

      await postgres.start();
      expect(await service.receive(during, CLIENT)).toBe('stored');
      expect(await service.receive(during, CLIENT)).toBe('stored');
      expect(storeEvents()).toEqual(['down', 'up']);
      expect(await recordsOf(test.store, before.consentId)).toHaveLength(1);
      expect((await recordsOf(test.store, during.consentId)).map((r) => r.locale)).toEqual(['en']);
    } finally {
      await service.close();
    }
  });

  it('the server keeps serving pages and the form, answers 503, and takes the record once it is back', async () => {
    const app = await startApp({ ...OUTBOX, ...test.env });
    const events = () => app.output().match(/"event":"consent-store","status":"(down|up)"/g) ?? [];
    const post = (record: object) =>
      fetch(`${app.url}${CONSENT_RECORDS_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: app.url }, body: JSON.stringify(record) });
    try {
      await postgres.stop();
      const record = bannerRecord(manifest);
      expect((await post(record)).status).toBe(503);
      for (const page of ['/', '/cookies/', '/dina-uppgifter/', '/en/']) expect((await fetch(`${app.url}${page}`)).status, page).toBe(200);
      await expect.poll(events).toEqual(['"event":"consent-store","status":"down"']);

      await postgres.start();
      expect((await post(record)).status).toBe(204);
      expect((await post(record)).status).toBe(204);
      await expect.poll(events).toEqual(['"event":"consent-store","status":"down"', '"event":"consent-store","status":"up"']);
      expect(await recordsOf(test.store, record.consentId)).toHaveLength(1);
    } finally {
      await postgres.start();
      await app.stop();
    }
  });
});

// Each waits for a process of its own, with the PostgreSQL up: they run together.
describe.concurrent('a wrong DATABASE_URL', () => {
  const wrongUrls = () => {
    const url = new URL(test.env.DATABASE_URL!);
    return {
      wrongPassword: Object.assign(new URL(url), { password: 'wrong' }).href,
      noDatabase: Object.assign(new URL(url), { pathname: '/no_such_database' }).href,
    };
  };

  it('the server\'s start says what is wrong in one sentence', async ({ expect }) => {
    const { wrongPassword, noDatabase } = wrongUrls();
    for (const [url, reason] of [
      [wrongPassword, 'the password or user is wrong'],
      [noDatabase, 'the database does not exist'],
    ] as const) {
      const service = createConsentService({ location: { kind: 'postgres', url }, manifest, limiter: unlimited, logger: createLogger({ write: () => undefined }) });
      expect(await service.start()).toBe(`DATABASE_URL is wrong: ${reason}. Check the URL (postgres://user:password@host:5432/database).`);
      await service.close();
    }
  });

  it('`npm run consent` stops with that sentence, nothing more', async ({ expect }) => {
    const { wrongPassword, noDatabase } = wrongUrls();
    const runs = await Promise.all(
      (
        [
          ['mysql://127.0.0.1/consent', 'DATABASE_URL must be a URL starting with postgres://'],
          [wrongPassword, 'DATABASE_URL is wrong: the password or user is wrong.'],
          [noDatabase, 'DATABASE_URL is wrong: the database does not exist.'],
        ] as const
      ).map(async ([DATABASE_URL, sentence]) => ({ DATABASE_URL, sentence, ...(await consentCli({ DATABASE_URL }, 'show', randomUUID())) })),
    );
    for (const { DATABASE_URL, sentence, code, stdout, stderr } of runs) {
      expect(code, DATABASE_URL).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(sentence);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stderr).not.toContain('wrong@');
    }
  });

  it('the server stops at start with it: no listening, exit 1, no stack trace, no password', async ({ expect }) => {
    const { code, output, listened } = await runAppToExit({ ...OUTBOX, DATABASE_URL: wrongUrls().wrongPassword });
    expect(listened).toBe(false);
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL is wrong: the password or user is wrong.');
    expect(output).not.toMatch(/\n\s+at /);
    expect(output).not.toContain('wrong@');
  });
});
