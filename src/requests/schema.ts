/**
 * The data request as the form sends it: one zod schema, the Astro Action's `input`, checked on the server only
 * (GOV.UK's choice: the browser posts, the server answers with every problem at once). One schema for every
 * language: its issues carry message keys, which page-state.ts puts into words in the page's language.
 */
import { z } from 'astro/zod';
import { isErrorKey, type ErrorKey } from '../i18n/requests.ts';
import { CORRECTION_MAX } from './limits.ts';
import { HONEYPOT_FIELD } from './honeypot.ts';
import { normalisePersonnummer } from './personnummer.ts';

/** An issue's message: the key of a message in src/i18n/<locale>/requests.ts (`errors`), never the words themselves. */
const key = (name: ErrorKey): ErrorKey => name;

/** The two kinds of request: a copy of the data (GDPR art. 15) or a correction (art. 16). */
export const REQUEST_TYPES = ['registerutdrag', 'rattelse'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** Control characters (U+0000–U+001F, U+007F–U+009F), line and paragraph separators: never part of a one-line answer. */
const LINE_BREAKERS = /[\p{Cc}\u2028\u2029]+/gu;

/** Bidirectional controls (embeddings, overrides, isolates, marks): they can make text read in another order than it is. */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;

/** A one-line answer: any line break or control character becomes a space, so nothing a visitor types can start a new line in a mail header; bidi controls go. */
export function toSingleLine(value: string): string {
  return value.replace(BIDI_CONTROLS, '').replace(LINE_BREAKERS, ' ').replace(/\s+/g, ' ').trim();
}

/** A free-text answer: line breaks kept as \n, other control characters and bidi controls dropped. */
export function toMultiLine(value: string): string {
  return value
    .replace(BIDI_CONTROLS, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/(?![\t\n])\p{Cc}/gu, '')
    .trim();
}

/** An e-mail address with its domain in lower case: a domain is case-insensitive, and mail software writes it so. */
function lowercaseDomain(address: string): string {
  const at = address.lastIndexOf('@');
  return `${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`;
}

/** A form value, whatever arrived (missing, a file, a string), as a string. */
const formString = z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string());

/** A required one-line field. */
function line(max: number, missing: ErrorKey, tooLong: ErrorKey) {
  return formString.transform(toSingleLine).pipe(z.string().min(1, { error: missing }).max(max, { error: tooLong }));
}

/** An optional one-line field: empty becomes undefined. */
function optionalLine(inner: z.ZodType<string, string>) {
  return formString
    .transform((value) => toSingleLine(value) || undefined)
    .pipe(inner.optional());
}

const fields = {
  /** Full name, in one field: names do not split into first and last everywhere. */
  name: line(200, key('nameMissing'), key('nameTooLong')),
  /** Personnummer or samordningsnummer, 10 or 12 digits; normalised to ÅÅÅÅMMDD-NNNN. */
  personnummer: formString.transform((value, ctx) => {
    const result = normalisePersonnummer(value);
    if (result.ok) return result.value;
    const message = { missing: key('personnummerMissing'), format: key('personnummerFormat'), invalid: key('personnummerInvalid') }[result.problem];
    ctx.issues.push({ code: 'custom', message, input: undefined });
    return z.NEVER;
  }),
  /** Street address or box of the folkbokföringsadress. */
  address: line(200, key('addressMissing'), key('addressTooLong')),
  /** Five digits, `123 45` or `12345`; normalised to `123 45`. */
  postalCode: formString
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(
      z
        .string()
        .min(1, { error: key('postalCodeMissing') })
        .regex(/^[1-9]\d{4}$/, { error: key('postalCodeFormat') })
        .transform((digits) => `${digits.slice(0, 3)} ${digits.slice(3)}`),
    ),
  /** Town of the folkbokföringsadress. */
  city: line(100, key('cityMissing'), key('cityTooLong')),
  /** Optional: where the receipt and any questions about the request go; the company's Reply-To. Never where the answer goes. */
  email: optionalLine(z.string().max(254, { error: key('emailFormat') }).pipe(z.email({ error: key('emailFormat') })).transform(lowercaseDomain)),
  /** Optional phone number: digits with spaces, dashes, brackets or a leading +; 6 to 15 digits. */
  phone: optionalLine(
    z
      .string()
      .max(30, { error: key('phoneFormat') })
      .regex(/^\+?[\d\s\-()]+$/, { error: key('phoneFormat') })
      .refine((value) => /^(?:\D*\d){6,15}\D*$/.test(value), { error: key('phoneFormat') }),
  ),
  /** Optional case number from a letter of ours. */
  caseNumber: optionalLine(z.string().max(50, { error: key('caseNumberTooLong') })),
};

/** What is wrong and how it should read: at most 2,000 characters; required for a correction (see requestSchema). */
const correction = formString.transform(toMultiLine).pipe(z.string().max(CORRECTION_MAX, { error: key('correctionTooLong') }));

/**
 * The request as the form sends it, and the Action's input schema. One flat object, so Astro reads every field from
 * the form and every problem is reported at once: an invalid type does not hide the other fields' errors.
 * The output is discriminated on `type`: only a Rättelse carries the correction.
 */
export const requestSchema = z
  .object({
    /** Registerutdrag (art. 15) or Rättelse (art. 16). */
    type: formString.pipe(z.enum(REQUEST_TYPES, { error: key('type') })),
    ...fields,
    correction,
    /** The honeypot: hidden from people; the handler refuses a request that fills it in. */
    [HONEYPOT_FIELD]: formString,
  })
  .refine((request) => request.type !== 'rattelse' || (typeof request.correction === 'string' && request.correction !== ''), {
    error: key('correctionMissing'),
    path: ['correction'],
    // Checked whatever else is wrong, so the visitor learns of every problem at once.
    when: () => true,
  })
  .transform(({ correction: text, [HONEYPOT_FIELD]: honeypot, ...common }): SubmittedRequest => ({
    request: common.type === 'rattelse' ? { ...common, type: 'rattelse', correction: text } : { ...common, type: 'registerutdrag' },
    honeypot,
  }));

type Common = z.output<z.ZodObject<typeof fields>>;
/** A valid request: the shared fields, and the correction for a Rättelse. */
export type DataRequest = Common & ({ type: 'registerutdrag' } | { type: 'rattelse'; correction: string });

/** What the Action's handler receives: the request, and what the honeypot held. */
export interface SubmittedRequest {
  request: DataRequest;
  honeypot: string;
}

/** Names of the form's fields, in the order the form asks for them (the error summary follows it). */
export const FIELD_ORDER = [
  'type',
  'correction',
  'name',
  'personnummer',
  'address',
  'postalCode',
  'city',
  'email',
  'phone',
  'caseNumber',
] as const;
export type FieldName = (typeof FIELD_ORDER)[number];

/** The first problem per field, as the key of its message. */
export type FieldProblems = Partial<Record<FieldName, ErrorKey>>;

/** The first message per field, in words in the page's language (page-state.ts). */
export type FieldErrors = Partial<Record<FieldName, string>>;

/**
 * The first problem per field, in the form's order, from the Action's input error (`isInputError(error).fields`).
 * Only the schema's own keys count: no other text (zod's own words, a piece of the input) ever reaches the page.
 */
export function fieldProblems(fields: Record<string, string[] | undefined>): FieldProblems {
  const problems: FieldProblems = {};
  for (const name of FIELD_ORDER) {
    const first = fields[name]?.find(isErrorKey);
    if (first) problems[name] = first;
  }
  return problems;
}

/** A form's values as plain strings, to show a rejected post's answers again; files and repeats are ignored. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of FIELD_ORDER) {
    const value = form.get(name);
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}
