/**
 * A consent record as the browser sends it, and the one rule the server applies to it: only what this build showed
 * (its revision, categories and text versions), nothing else. Plain Node can run it (the server and the CLI import it).
 */
import { z } from 'astro/zod';

/** Where the browser posts a record (the production server's route, src/server/app.ts). */
export const CONSENT_RECORDS_PATH = '/consent-records';

/** The largest record taken, in bytes; a real one is about 400. */
export const MAX_RECORD_BYTES = 2048;

/** How the choice was made. */
export const CONSENT_METHODS = ['accept-all', 'reject-all', 'custom', 'withdrawal', 'gpc'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** What the build knows: a record naming anything else was not made on this site (src/consent/records/manifest.ts). */
export interface KnownChoices {
  /** The banner's revision. */
  revision: number;
  /** Every category of the banner; the first ones listed may be read-only. */
  categories: readonly string[];
  /** The categories the visitor cannot refuse. */
  readOnly: readonly string[];
  /** Text versions by language. */
  textVersions: ReadonlyMap<string, string>;
}

/** A record as the browser sends it: the server adds the time. */
export interface ConsentRecordInput {
  /** Random, made by the browser for this one record: the same record sent twice is stored once. */
  recordId: string;
  /** The banner's own random ID for this visitor's choices (vanilla-cookieconsent's `consentId`). */
  consentId: string;
  /** Categories accepted, read-only ones included. */
  accepted: string[];
  /** Categories refused. */
  rejected: string[];
  /** The banner's revision the choice was made under. */
  revision: number;
  /** The page's language. */
  locale: string;
  /** The page's path, without query or fragment. */
  path: string;
  /** How the choice was made. */
  method: ConsentMethod;
  /** The hash of the banner and preferences texts shown (text-version.ts). */
  textVersion: string;
}

/** The schema for records made on this build: unknown fields, versions, revisions and categories are refused. */
export function consentRecordSchema(known: KnownChoices) {
  const category = z.string().refine((id) => known.categories.includes(id), { error: 'unknown category' });
  return z
    .strictObject({
      recordId: z.uuid(),
      consentId: z.uuid(),
      accepted: z.array(category).max(known.categories.length),
      rejected: z.array(category).max(known.categories.length),
      revision: z.literal(known.revision),
      locale: z.string().refine((locale) => known.textVersions.has(locale), { error: 'unknown language' }),
      path: z.string().max(200).regex(/^\/[^?#\s]*$/, { error: 'a path, without query or fragment' }),
      method: z.enum(CONSENT_METHODS),
      textVersion: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .check((ctx) => {
      const { accepted, rejected, locale, textVersion } = ctx.value;
      const given = [...accepted, ...rejected];
      const complete = given.length === known.categories.length && known.categories.every((id) => given.includes(id));
      if (!complete) ctx.issues.push({ code: 'custom', input: given, message: 'every category once, accepted or rejected' });
      if (known.readOnly.some((id) => !accepted.includes(id))) ctx.issues.push({ code: 'custom', input: rejected, message: 'a read-only category refused' });
      if (known.textVersions.get(locale) !== textVersion) ctx.issues.push({ code: 'custom', input: textVersion, message: 'unknown text version' });
    });
}
