import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../src/log/logger';
import { consentConfig } from '../../../../src/consent/config';
import { consentManifest } from '../../../../src/consent/records/manifest.server';
import { createConsentService, retentionCutoff } from '../../../../src/consent/records/service';
import { openConsentStore } from '../../../../src/consent/records/store';
import { laterBuild } from '../../../support/consent-records';

const manifest = consentManifest(consentConfig);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'consent-service-'));
  dirs.push(dir);
  return dir;
}

function logLines() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

const allow = { consume: () => Promise.resolve({ allowed: true }) };

/** Makes `target` (a file or folder) read-only, or writable again: chattr for root, whom permissions do not stop. */
function readOnly(target: string, on: boolean): void {
  if (process.getuid?.() === 0) execFileSync('chattr', [on ? '+i' : '-i', target]);
  else chmodSync(target, on ? 0o555 : 0o755);
}

/** How many file descriptors this process holds (Linux). */
const openFiles = () => readdirSync('/proc/self/fd').length;

function record(change: Record<string, unknown> = {}) {
  const sv = manifest.texts.find((t) => t.locale === 'sv')!;
  return { recordId: randomUUID(), consentId: randomUUID(), accepted: ['necessary'], rejected: ['analytics'], revision: manifest.revision, locale: 'sv', path: '/', method: 'reject-all', textVersion: sv.version, ...change };
}

describe('the consent-record service (SQLite)', () => {
  it('stores a valid record once, with the server\'s time, and refuses what the build did not show', async () => {
    const file = path.join(tempDir(), 'c.sqlite');
    const { logger } = logLines();
    const now = new Date('2026-12-03T10:00:00Z');
    const service = createConsentService({ location: { kind: 'sqlite', file }, manifest, limiter: allow, logger, now: () => now });
    expect(await service.start()).toBeUndefined();
    const valid = record();
    expect(await service.receive(valid, '127.0.0.1')).toBe('stored');
    expect(await service.receive(valid, '127.0.0.1')).toBe('stored');
    expect(await service.receive(record({ revision: 99 }), '127.0.0.1')).toBe('invalid');
    expect(await service.receive('not json', '127.0.0.1')).toBe('invalid');
    await service.close();
    const store = await openConsentStore({ kind: 'sqlite', file });
    const { records, texts } = await store.recordsOf(valid.consentId);
    expect(records.map((r) => r.recordedAt)).toEqual([now.toISOString()]);
    expect(texts.map((t) => t.text)).toEqual([manifest.texts.find((t) => t.locale === 'sv')!.text]);
    await store.close();
  });

  it('takes nothing from a visitor over the limit, and says how long to wait', async () => {
    const { logger } = logLines();
    const service = createConsentService({ location: { kind: 'sqlite', file: path.join(tempDir(), 'c.sqlite') }, manifest, limiter: { consume: () => Promise.resolve({ allowed: false, retryAfterMs: 41_500 }) }, logger });
    await service.start();
    const waits: number[] = [];
    expect(await service.receive(record(), '127.0.0.1', (ms) => waits.push(ms))).toBe('limited');
    expect(waits).toEqual([41_500]);
    await service.close();
  });

  it('after a deploy, takes a record made on a page of the build before, and stores it with the text that page showed', async () => {
    const file = path.join(tempDir(), 'c.sqlite');
    const { logger } = logLines();
    // Build A ran on this store (no record made on it), then build B, with other banner text, replaced it.
    const a = createConsentService({ location: { kind: 'sqlite', file }, manifest, limiter: allow, logger });
    expect(await a.start()).toBeUndefined();
    await a.close();
    const b = createConsentService({ location: { kind: 'sqlite', file }, manifest: laterBuild(manifest), limiter: allow, logger });
    expect(await b.start()).toBeUndefined();
    const onPageOfA = record();
    expect(await b.receive(onPageOfA, '127.0.0.1')).toBe('stored');
    // B's own text and A's, in the other language or under a later revision: as before.
    const textOfB = laterBuild(manifest).texts.find((t) => t.locale === 'sv')!;
    expect(await b.receive(record({ textVersion: textOfB.version }), '127.0.0.1')).toBe('stored');
    expect(await b.receive(record({ locale: 'en' }), '127.0.0.1')).toBe('invalid');
    expect(await b.receive(record({ revision: manifest.revision + 1 }), '127.0.0.1')).toBe('invalid');
    await b.close();
    const store = await openConsentStore({ kind: 'sqlite', file });
    const { records, texts } = await store.recordsOf(onPageOfA.consentId);
    expect(records.map((r) => r.textVersion)).toEqual([onPageOfA.textVersion]);
    expect(texts.map((t) => t.text)).toEqual([manifest.texts.find((t) => t.locale === 'sv')!.text]);
    await store.close();
  });

  it('a record of a build this store never ran is refused; one it cannot look up for now waits (503), never refused', async () => {
    const dir = tempDir();
    const { logger } = logLines();
    const fresh = createConsentService({ location: { kind: 'sqlite', file: path.join(dir, 'fresh.sqlite') }, manifest: laterBuild(manifest), limiter: allow, logger });
    await fresh.start();
    expect(await fresh.receive(record(), '127.0.0.1')).toBe('invalid');
    await fresh.close();
    writeFileSync(path.join(dir, 'blocked'), '');
    const down = createConsentService({ location: { kind: 'sqlite', file: path.join(dir, 'blocked', 'c.sqlite') }, manifest: laterBuild(manifest), limiter: allow, logger });
    await down.start();
    expect(await down.receive(record(), '127.0.0.1')).toBe('unavailable');
    await down.close();
  });

  it('a build whose store was down at start keeps its texts with the first record, for the build after it', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'blocked'), '');
    const file = path.join(dir, 'blocked', 'c.sqlite');
    const { logger } = logLines();
    const a = createConsentService({ location: { kind: 'sqlite', file }, manifest, limiter: allow, logger });
    expect(await a.start()).toBeUndefined();
    rmSync(path.join(dir, 'blocked'));
    // One Swedish record on build A; then build B, and an English page of A's.
    expect(await a.receive(record(), '127.0.0.1')).toBe('stored');
    await a.close();
    const b = createConsentService({ location: { kind: 'sqlite', file }, manifest: laterBuild(manifest), limiter: allow, logger });
    expect(await b.start()).toBeUndefined();
    const en = manifest.texts.find((t) => t.locale === 'en')!;
    expect(await b.receive(record({ locale: 'en', textVersion: en.version }), '127.0.0.1')).toBe('stored');
    await b.close();
  });

  it('stores IDs sent in capitals once, in lower case', async () => {
    const file = path.join(tempDir(), 'c.sqlite');
    const { logger } = logLines();
    const service = createConsentService({ location: { kind: 'sqlite', file }, manifest, limiter: allow, logger });
    await service.start();
    const valid = record();
    expect(await service.receive(valid, '127.0.0.1')).toBe('stored');
    expect(await service.receive({ ...valid, recordId: valid.recordId.toUpperCase(), consentId: valid.consentId.toUpperCase() }, '127.0.0.1')).toBe('stored');
    await service.close();
    const store = await openConsentStore({ kind: 'sqlite', file });
    expect((await store.recordsOf(valid.consentId)).records.map((r) => [r.recordId, r.consentId])).toEqual([[valid.recordId, valid.consentId]]);
    await store.close();
  });

  it('says unavailable while the file cannot be created, logs down once, and up when it can', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'blocked'), '');
    const { logger, lines } = logLines();
    const service = createConsentService({ location: { kind: 'sqlite', file: path.join(dir, 'blocked', 'c.sqlite') }, manifest, limiter: allow, logger });
    expect(await service.start()).toBeUndefined();
    expect(await service.receive(record(), '127.0.0.1')).toBe('unavailable');
    expect(await service.receive(record(), '127.0.0.1')).toBe('unavailable');
    rmSync(path.join(dir, 'blocked'));
    expect(await service.receive(record(), '127.0.0.1')).toBe('stored');
    await service.close();
    expect(lines.filter((l) => l.event === 'consent-store').map((l) => l.status)).toEqual(['down', 'up']);
  });

  it('a store read-only at start says unavailable, logs down with the code and file, holds no file descriptor, and takes records once writable, without a restart', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.sqlite');
    // A store with its schema, closed: then neither the file nor its folder (where the -wal file goes) can be written.
    await (await openConsentStore({ kind: 'sqlite', file })).close();
    const { logger, lines } = logLines();
    const service = createConsentService({ location: { kind: 'sqlite', file }, manifest, limiter: allow, logger });
    readOnly(dir, true);
    readOnly(file, true);
    try {
      expect(await service.start()).toBeUndefined();
      expect(await service.receive(record(), '127.0.0.1')).toBe('unavailable');
      const before = openFiles();
      for (let i = 0; i < 20; i++) expect(await service.receive(record(), '127.0.0.1')).toBe('unavailable');
      expect(openFiles()).toBe(before);
    } finally {
      readOnly(file, false);
      readOnly(dir, false);
    }
    expect(await service.receive(record(), '127.0.0.1')).toBe('stored');
    await service.close();
    const events = lines.filter((l) => l.event === 'consent-store');
    expect(events.map((l) => l.status)).toEqual(['down', 'up']);
    expect(events[0]).toMatchObject({ code: expect.stringMatching(/^SQLITE_(READONLY|CANTOPEN)$/), file });
  });

  it('deletes at start what is past retention, and only that', async () => {
    const file = path.join(tempDir(), 'c.sqlite');
    const { logger } = logLines();
    const now = new Date('2026-12-03T10:00:00Z');
    const store = await openConsentStore({ kind: 'sqlite', file });
    const sv = manifest.texts[0]!;
    const cutoff = retentionCutoff(now, manifest.retentionMonths);
    const at = (ms: number) => new Date(cutoff.getTime() + ms).toISOString();
    for (const recordedAt of [at(-1), at(0), at(1)]) {
      await store.append({ ...record(), method: 'reject-all', recordedAt }, { textVersion: sv.version, locale: sv.locale, text: sv.text });
    }
    const service = createConsentService({ location: { kind: 'sqlite', file }, manifest, limiter: allow, logger, now: () => now });
    await service.start();
    await service.close();
    expect((await store.between(new Date(0), now)).map((r) => r.recordedAt)).toEqual([at(0), at(1)]);
    await store.close();
  });

  it('counts retention in calendar months', () => {
    expect(retentionCutoff(new Date('2026-12-03T10:00:00Z'), 12).toISOString()).toBe('2025-12-03T10:00:00.000Z');
    expect(retentionCutoff(new Date('2026-03-03T00:00:00Z'), 1).toISOString()).toBe('2026-02-03T00:00:00.000Z');
  });
});
