/**
 * Consent records as the banner posts them, and hostile ones: shared by the server's answers (tests/site/) and the
 * store contract (tests/stores/), so both refuse the same list.
 */
import type { ConsentRecord } from '../../src/consent/records/record';
import { randomUUID } from 'node:crypto';
import type { ConsentManifest } from '../../src/consent/records/manifest.ts';
import { serialiseText, textVersion } from '../../src/consent/records/text-version.ts';
import { UNSEEN_SNIPPETS } from './hostile-input.ts';

/** A record as the banner sends it after "Godkänn alla" ("Accept all") on the start page of `locale`. */
export function bannerRecord(manifest: ConsentManifest, locale = 'sv', change: Record<string, unknown> = {}) {
  const record: ConsentRecord = {
    recordId: randomUUID(),
    consentId: randomUUID(),
    accepted: ['necessary', 'analytics'],
    rejected: [] as string[],
    revision: manifest.revision,
    locale,
    path: locale === 'sv' ? '/' : `/${locale}/`,
    method: 'accept-all',
    textVersion: manifest.texts.find((t) => t.locale === locale)!.version,
  };
  // `change` may break the record on purpose (the hostile posts).
  return { ...record, ...change };
}

export interface HostilePost {
  name: string;
  /** The request body as sent. */
  body: string;
  /** Headers that change from a same-origin JSON post (the body is then the valid record). */
  headers?: Record<string, string>;
}

/**
 * Posts a visitor or a script could send instead of `record`: each changes one thing, so a refusal is for that thing.
 * Those without `headers` are well-formed JSON (but the second) and reach the record's schema.
 */
export function hostilePosts(record: Record<string, unknown>): HostilePost[] {
  const json = (change: Record<string, unknown>) => JSON.stringify({ ...record, ...change });
  return [
    { name: 'oversized', body: json({ path: `/${'a'.repeat(3000)}` }) },
    { name: 'malformed', body: '{"recordId": ' },
    { name: 'not an object', body: '[1,2,3]' },
    { name: 'an unknown field', body: json({ ip: '203.0.113.9' }) },
    { name: 'a prototype key', body: JSON.stringify(record).replace(/^\{/, '{"__proto__":{"x":1},') },
    { name: 'an unknown text version', body: json({ textVersion: 'f'.repeat(64) }) },
    { name: "the other language's text version", body: json({ locale: record.locale === 'en' ? 'sv' : 'en' }) },
    { name: 'an unknown revision', body: json({ revision: Number(record.revision) + 1 }) },
    { name: 'an unknown category', body: json({ accepted: ['necessary', 'analytics', 'marketing'] }) },
    { name: 'the necessary category refused', body: json({ accepted: ['analytics'], rejected: ['necessary'] }) },
    { name: 'a category missing', body: json({ accepted: ['necessary'] }) },
    { name: 'a malformed consent ID', body: json({ consentId: "1' or '1'='1" }) },
    { name: 'a path with a query', body: json({ path: '/?email=anna@example.test' }) },
    { name: 'an unknown method', body: json({ method: 'implied' }) },
    { name: 'the time from the browser', body: json({ recordedAt: '2020-01-01T00:00:00Z' }) },
    { name: 'a path with a space', body: json({ path: '/a b/' }) },
    // A path that would print the opposite of the record in a terminal, and every kind of unseen character in it.
    { name: 'a path that rewrites the line it is printed on', body: json({ path: '/\r\u001b[2K2026-12-06T20:00:00.000Z  reject-all  accepted: necessary  rejected: analytics' }) },
    ...UNSEEN_SNIPPETS.map((snippet) => ({ name: `a path with ${JSON.stringify(snippet)}`, body: json({ path: `/cookies/${snippet}` }) })),
    // Every other string stored, with an unseen character.
    { name: 'a record ID with a zero-width space', body: json({ recordId: `${String(record.recordId)}\u200b` }) },
    { name: 'a consent ID with a bidi override', body: json({ consentId: `\u202e${String(record.consentId)}` }) },
    { name: 'a language with a NUL', body: json({ locale: `${String(record.locale)}\u0000` }) },
    { name: 'a category with an escape', body: json({ accepted: ['necessary', 'analytics\u001b[0m'] }) },
    { name: 'a method with a line break', body: json({ method: 'accept-all\n' }) },
    { name: 'a text version with a BOM', body: json({ textVersion: `\ufeff${String(record.textVersion)}` }) },
    // A method the categories contradict.
    { name: '"reject all" with statistics accepted', body: json({ method: 'reject-all' }) },
    { name: 'GPC with statistics accepted', body: json({ method: 'gpc' }) },
    { name: 'a withdrawal refusing nothing', body: json({ method: 'withdrawal' }) },
    { name: '"accept all" refusing statistics', body: json({ method: 'accept-all', accepted: ['necessary'], rejected: ['analytics'] }) },
    { name: 'another site', body: JSON.stringify(record), headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } },
    { name: 'no origin at all', body: JSON.stringify(record), headers: { Origin: '' } },
    { name: 'a form post', body: 'recordId=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
  ];
}

/**
 * The manifest of a later build with other banner text (each language's title reworded), as the server would read
 * it after a deploy: other text versions, the same revision and categories.
 */
export function laterBuild(manifest: ConsentManifest): ConsentManifest {
  return {
    ...manifest,
    texts: manifest.texts.map((t) => {
      const translation = JSON.parse(t.text) as { consentModal: { title: string } };
      translation.consentModal.title = `${translation.consentModal.title} (new)`;
      const text = serialiseText(translation);
      return { locale: t.locale, version: textVersion(text), text };
    }),
  };
}
