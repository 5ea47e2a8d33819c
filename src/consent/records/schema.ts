/**
 * The one rule the server applies to a posted record: only what this build showed (its revision, categories and
 * text versions) or an earlier build's text version the store keeps, nothing else. Its fields satisfy the record's
 * type (record.ts). Plain Node can run it (the server and the CLI import it); the browser never does.
 */
import { z } from 'astro/zod';
import { CONSENT_METHODS, type ConsentMethod, type ConsentRecord } from './record.ts';

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
  /**
   * Text versions of earlier builds the store keeps, with their language: a page built before a deploy names one.
   * Its record may carry an earlier revision; the categories are this build's.
   */
  earlierVersions?: ReadonlyMap<string, { locale: string }>;
}

/** A UUID in any case, as lower case: the one form stored and looked up. */
const uuid = () => z.uuid().transform((id) => id.toLowerCase());

/**
 * The page's path as `location.pathname` gives it: the browser percent-encodes everything but printable ASCII, so a
 * control, bidi, zero-width or other invisible character (or a space) was never a page's path.
 */
const PATH = /^\/[\x21\x22\x24-\x3e\x40-\x7e]*$/;

/** The schema for records made on this build or an earlier one: unknown fields, versions, revisions and categories are refused. */
export function consentRecordSchema(known: KnownChoices) {
  const category = z.string().refine((id) => known.categories.includes(id), { error: 'unknown category' });
  const optional = known.categories.filter((id) => !known.readOnly.includes(id));
  // Every field of the record, and no other: a field added to one and not the other fails the type check.
  const fields = {
    recordId: uuid(),
    consentId: uuid(),
    accepted: z.array(category).max(known.categories.length),
    rejected: z.array(category).max(known.categories.length),
    // This build's revision, or an earlier one for an earlier build's text (checked below).
    revision: z.int().min(0).max(known.revision),
    locale: z.string().refine((locale) => known.textVersions.has(locale), { error: 'unknown language' }),
    path: z.string().max(200).regex(PATH, { error: 'a path as the browser gives it, without query or fragment' }),
    method: z.enum(CONSENT_METHODS),
    textVersion: z.string().regex(/^[0-9a-f]{64}$/),
  } satisfies { [Field in keyof ConsentRecord]-?: z.ZodType<ConsentRecord[Field]> };
  return z.strictObject(fields).check((ctx) => {
    const { accepted, rejected, locale, textVersion, revision, method } = ctx.value;
    const issue = (input: unknown, message: string) => ctx.issues.push({ code: 'custom', input, message });
    const given = [...accepted, ...rejected];
    const complete = given.length === known.categories.length && known.categories.every((id) => given.includes(id));
    if (!complete) issue(given, 'every category once, accepted or rejected');
    if (known.readOnly.some((id) => !accepted.includes(id))) issue(rejected, 'a read-only category refused');
    const current = known.textVersions.get(locale) === textVersion;
    if (!current && known.earlierVersions?.get(textVersion)?.locale !== locale) issue(textVersion, 'unknown text version');
    if (current && revision !== known.revision) issue(revision, 'unknown revision');
    if (!METHOD_FITS[method]({ accepted, rejected, optional })) issue(method, 'a method the categories contradict');
  });
}

/** What each method says of the categories (choiceMethod in decision.ts): a record cannot say one thing and store another. */
const METHOD_FITS: Record<ConsentMethod, (choice: { accepted: string[]; rejected: string[]; optional: string[] }) => boolean> = {
  // Everything accepted.
  'accept-all': ({ rejected }) => rejected.length === 0,
  // Nothing but the read-only categories: the button, and the refusal made for Global Privacy Control.
  'reject-all': ({ accepted, optional }) => !optional.some((id) => accepted.includes(id)),
  gpc: ({ accepted, optional }) => !optional.some((id) => accepted.includes(id)),
  // A category accepted before is refused now.
  withdrawal: ({ rejected }) => rejected.length > 0,
  // The preferences saved: any combination.
  custom: () => true,
};
