import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { consentRecordSchema, type KnownChoices } from '../../../../src/consent/records/schema';
import { newRecordId } from '../../../../src/consent/records/sender';

const known: KnownChoices = {
  revision: 3,
  categories: ['necessary', 'analytics'],
  readOnly: ['necessary'],
  textVersions: new Map([
    ['sv', 'a'.repeat(64)],
    ['en', 'b'.repeat(64)],
  ]),
};
const schema = consentRecordSchema(known);

const valid = {
  recordId: randomUUID(),
  consentId: randomUUID(),
  accepted: ['necessary'],
  rejected: ['analytics'],
  revision: 3,
  locale: 'sv',
  path: '/cookies/',
  method: 'reject-all',
  textVersion: 'a'.repeat(64),
};

describe('a consent record', () => {
  it('is taken when it names only what the build showed', () => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse({ ...valid, locale: 'en', textVersion: 'b'.repeat(64), accepted: ['necessary', 'analytics'], rejected: [] }).success).toBe(true);
  });

  it.each([
    ['an extra field (an address, a time)', { ip: '203.0.113.9' }],
    ["the browser's time", { recordedAt: '2020-01-01T00:00:00Z' }],
    ['another revision', { revision: 2 }],
    ['a text version of no language', { textVersion: 'c'.repeat(64) }],
    ["the other language's version", { locale: 'en' }],
    ['a language the site has not', { locale: 'de' }],
    ['an unknown category', { accepted: ['necessary', 'marketing'] }],
    ['a category missing', { rejected: [] }],
    ['a category twice', { accepted: ['necessary', 'necessary'], rejected: ['analytics'] }],
    ['the read-only category refused', { accepted: [], rejected: ['necessary', 'analytics'] }],
    ["a consent ID that is not the banner's", { consentId: 'anna@example.test' }],
    ['a path with a query', { path: '/?personnummer=1' }],
    ['a full URL', { path: 'https://evil.example/' }],
    ['an unknown method', { method: 'implied' }],
  ])('is refused with %s', (_name, change) => {
    expect(schema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe("the browser's record ID", () => {
  it('is a UUID the server takes, new each time, made without crypto.randomUUID (HTTPS only)', () => {
    const ids = Array.from({ length: 200 }, newRecordId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const recordId of ids) expect(schema.safeParse({ ...valid, recordId }).success, recordId).toBe(true);
  });
});
