import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consentRecordSchema, type KnownChoices } from '../../../../src/consent/records/schema';
import { newRecordId } from '../../../../src/consent/records/sender';
import { UNSEEN_SNIPPETS, withUnseen } from '../../../support/hostile-input';

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
    expect(schema.safeParse({ ...valid, locale: 'en', textVersion: 'b'.repeat(64), accepted: ['necessary', 'analytics'], rejected: [], method: 'accept-all' }).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
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
    ['a path with a space', { path: '/a b/' }],
    ['a path with a fragment', { path: '/cookies/#x' }],
    ['a path the browser would have percent-encoded', { path: '/för' }],
    ['"reject all" with statistics accepted', { method: 'reject-all', accepted: ['necessary', 'analytics'], rejected: [] }],
    ['GPC with statistics accepted', { method: 'gpc', accepted: ['necessary', 'analytics'], rejected: [] }],
    ['"accept all" refusing statistics', { method: 'accept-all' }],
    ['a withdrawal refusing nothing', { method: 'withdrawal', accepted: ['necessary', 'analytics'], rejected: [] }],
    ...UNSEEN_SNIPPETS.map((snippet): [string, Record<string, unknown>] => [`a path with ${JSON.stringify(snippet)}`, { path: `/cookies/${snippet}` }]),
  ])('is refused with %s', (_name, change) => {
    expect(schema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('takes a percent-encoded path as the browser gives it', () => {
    expect(schema.safeParse({ ...valid, path: '/f%C3%B6r/%E2%80%AE/' }).success).toBe(true);
  });

  it('takes each method with the categories it means', () => {
    const all = { accepted: ['necessary', 'analytics'], rejected: [] };
    const none = { accepted: ['necessary'], rejected: ['analytics'] };
    for (const [method, categories] of [
      ['accept-all', all],
      ['reject-all', none],
      ['gpc', none],
      ['withdrawal', none],
      ['custom', all],
      ['custom', none],
    ] as const) {
      expect(schema.safeParse({ ...valid, method, ...categories }).success, method).toBe(true);
    }
  });

  it('stores its IDs in lower case, however the browser wrote them', () => {
    const result = schema.parse({ ...valid, recordId: valid.recordId.toUpperCase(), consentId: valid.consentId.toUpperCase() });
    expect([result.recordId, result.consentId]).toEqual([valid.recordId, valid.consentId]);
  });

  it('is refused with an unseen character in any string it stores (property, seed printed on failure)', () => {
    const strings = { recordId: valid.recordId, consentId: valid.consentId, locale: valid.locale, path: valid.path, method: valid.method, textVersion: valid.textVersion };
    const field = fc.constantFrom(...(Object.keys(strings) as (keyof typeof strings)[]), 'accepted' as const, 'rejected' as const);
    fc.assert(
      fc.property(
        field.chain((name): fc.Arbitrary<Record<string, unknown>> =>
          name === 'accepted' || name === 'rejected'
            ? withUnseen(valid[name][0]!).map((category) => ({ [name]: [category] }))
            : withUnseen(strings[name]).map((value) => ({ [name]: value })),
        ),
        (change) => {
          expect(schema.safeParse({ ...valid, ...change }).success, JSON.stringify(change)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a record made on a page built before a deploy', () => {
  const earlier = 'e'.repeat(64);
  const across = consentRecordSchema({ ...known, earlierVersions: new Map([[earlier, { locale: 'sv' }]]) });

  it('is taken when its text version is an earlier build\'s the store keeps, under that revision or an earlier one', () => {
    expect(across.safeParse({ ...valid, textVersion: earlier }).success).toBe(true);
    expect(across.safeParse({ ...valid, textVersion: earlier, revision: 2 }).success).toBe(true);
    // Without the store's word, the same record is refused.
    expect(schema.safeParse({ ...valid, textVersion: earlier }).success).toBe(false);
  });

  it('is refused in another language than its text, with a later revision, or this build\'s text under an earlier revision', () => {
    expect(across.safeParse({ ...valid, textVersion: earlier, locale: 'en' }).success).toBe(false);
    expect(across.safeParse({ ...valid, textVersion: earlier, revision: 4 }).success).toBe(false);
    expect(across.safeParse({ ...valid, revision: 2 }).success).toBe(false);
  });
});

describe("the browser's record ID", () => {
  it('is a UUID the server takes, new each time, made without crypto.randomUUID (HTTPS only)', () => {
    const ids = Array.from({ length: 200 }, newRecordId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const recordId of ids) expect(schema.safeParse({ ...valid, recordId }).success, recordId).toBe(true);
  });
});
