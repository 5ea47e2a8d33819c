/**
 * The one rule the server applies to a posted record: only what this build showed (its revision, categories and
 * text versions), nothing else. Its fields satisfy the record's type (record.ts). Plain Node can run it (the server
 * and the CLI import it); the browser never does.
 */
import { z } from 'astro/zod';
import { CONSENT_METHODS, type ConsentRecord } from './record.ts';

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

/** The schema for records made on this build: unknown fields, versions, revisions and categories are refused. */
export function consentRecordSchema(known: KnownChoices) {
  const category = z.string().refine((id) => known.categories.includes(id), { error: 'unknown category' });
  // Every field of the record, and no other: a field added to one and not the other fails the type check.
  const fields = {
    recordId: z.uuid(),
    consentId: z.uuid(),
    accepted: z.array(category).max(known.categories.length),
    rejected: z.array(category).max(known.categories.length),
    revision: z.literal(known.revision),
    locale: z.string().refine((locale) => known.textVersions.has(locale), { error: 'unknown language' }),
    path: z.string().max(200).regex(/^\/[^?#\s]*$/, { error: 'a path, without query or fragment' }),
    method: z.enum(CONSENT_METHODS),
    textVersion: z.string().regex(/^[0-9a-f]{64}$/),
  } satisfies { [Field in keyof ConsentRecord]-?: z.ZodType<ConsentRecord[Field]> };
  return z.strictObject(fields).check((ctx) => {
    const { accepted, rejected, locale, textVersion } = ctx.value;
    const given = [...accepted, ...rejected];
    const complete = given.length === known.categories.length && known.categories.every((id) => given.includes(id));
    if (!complete) ctx.issues.push({ code: 'custom', input: given, message: 'every category once, accepted or rejected' });
    if (known.readOnly.some((id) => !accepted.includes(id))) ctx.issues.push({ code: 'custom', input: rejected, message: 'a read-only category refused' });
    if (known.textVersions.get(locale) !== textVersion) ctx.issues.push({ code: 'custom', input: textVersion, message: 'unknown text version' });
  });
}
