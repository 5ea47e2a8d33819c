/**
 * The data request as the form sends it: one zod schema, discriminated on `type`,
 * used by the server before anything is sent and by the browser before the form is posted.
 */
import './zod-no-eval';
import { z } from 'astro/zod';
import { requestText } from '../i18n/requests';
import { CORRECTION_MAX } from './limits';
import { normalisePersonnummer } from './personnummer';

const t = requestText.errors;

/** The two kinds of request: a copy of the data (GDPR art. 15) or a correction (art. 16). */
export const REQUEST_TYPES = ['registerutdrag', 'rattelse'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** How the requester wants the answer. */
export const REPLY_BY = ['brev', 'epost'] as const;
export type ReplyBy = (typeof REPLY_BY)[number];

/** Control characters (U+0000–U+001F, U+007F–U+009F), line and paragraph separators: never part of a one-line answer. */
const LINE_BREAKERS = /[\p{Cc}\u2028\u2029]+/gu;

/** A one-line answer: any line break or control character becomes a space, so nothing a visitor types can start a new line in a mail header. */
export function toSingleLine(value: string): string {
  return value.replace(LINE_BREAKERS, ' ').replace(/\s+/g, ' ').trim();
}

/** A free-text answer: line breaks kept as \n, other control characters dropped. */
export function toMultiLine(value: string): string {
  return value
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/(?![\t\n])\p{Cc}/gu, '')
    .trim();
}

/** A form value, whatever arrived (missing, a file, a string), as a string. */
const formString = z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string());

/** A required one-line field. */
function line(max: number, missing: string, tooLong: string) {
  return formString.transform(toSingleLine).pipe(z.string().min(1, { error: missing }).max(max, { error: tooLong }));
}

/** An optional one-line field: empty becomes undefined. */
function optionalLine(inner: z.ZodString) {
  return formString
    .transform((value) => toSingleLine(value) || undefined)
    .pipe(inner.optional());
}

const fields = {
  /** Full name, in one field: names do not split into first and last everywhere. */
  name: line(200, t.nameMissing, t.nameTooLong),
  /** Personnummer or samordningsnummer, 10 or 12 digits; normalised to ÅÅÅÅMMDD-NNNN. */
  personnummer: formString.transform((value, ctx) => {
    const result = normalisePersonnummer(value);
    if (result.ok) return result.value;
    const message = { missing: t.personnummerMissing, format: t.personnummerFormat, invalid: t.personnummerInvalid }[result.problem];
    ctx.issues.push({ code: 'custom', message, input: undefined });
    return z.NEVER;
  }),
  /** Street address or box of the folkbokföringsadress. */
  address: line(200, t.addressMissing, t.addressTooLong),
  /** Five digits, `123 45` or `12345`; normalised to `123 45`. */
  postalCode: formString
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(
      z
        .string()
        .min(1, { error: t.postalCodeMissing, abort: true })
        .regex(/^[1-9]\d{4}$/, { error: t.postalCodeFormat })
        .transform((digits) => `${digits.slice(0, 3)} ${digits.slice(3)}`),
    ),
  /** Town of the folkbokföringsadress. */
  city: line(100, t.cityMissing, t.cityTooLong),
  /** Where the receipt goes; the company's Reply-To. */
  email: formString
    .transform(toSingleLine)
    .pipe(z.string().min(1, { error: t.emailMissing, abort: true }).max(254, { error: t.emailFormat, abort: true }).pipe(z.email({ error: t.emailFormat }))),
  /** Optional phone number: digits with spaces, dashes, brackets or a leading +; 6 to 15 digits. */
  phone: optionalLine(
    z
      .string()
      .max(30, { error: t.phoneFormat, abort: true })
      .regex(/^\+?[\d\s\-()]+$/, { error: t.phoneFormat, abort: true })
      .refine((value) => /^(?:\D*\d){6,15}\D*$/.test(value), { error: t.phoneFormat }),
  ),
  /** Optional case number from a letter of ours. */
  caseNumber: optionalLine(z.string().max(50, { error: t.caseNumberTooLong })),
  /** How the requester wants the answer; the form preselects a letter. */
  replyBy: z.enum(REPLY_BY, { error: t.replyBy }),
};

/** Every field both request types share. */
export const commonSchema = z.object(fields);

/** The request as the form sends it. */
export const requestSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('registerutdrag'), ...fields }),
    z.object({
      type: z.literal('rattelse'),
      ...fields,
      /** What is wrong and how it should read: required for a correction, at most 2,000 characters. */
      correction: formString
        .transform(toMultiLine)
        .pipe(z.string().min(1, { error: t.correctionMissing }).max(CORRECTION_MAX, { error: t.correctionTooLong })),
    }),
  ],
  { error: t.type },
);

export type DataRequest = z.output<typeof requestSchema>;

/** Names of the form's fields, in the order the form asks for them (the error summary follows it). */
export const FIELD_ORDER = [
  'type',
  'name',
  'personnummer',
  'address',
  'postalCode',
  'city',
  'email',
  'phone',
  'caseNumber',
  'correction',
  'replyBy',
] as const;
export type FieldName = (typeof FIELD_ORDER)[number];

/** The first message per field, in the form's order. */
export type FieldErrors = Partial<Record<FieldName, string>>;

export type Validation = { success: true; data: DataRequest } | { success: false; errors: FieldErrors };

/** A form's values as plain strings (browser FormData or server FormData alike); files and repeats are ignored. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of [...FIELD_ORDER, 'website']) {
    const value = form.get(name);
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

/**
 * Validates a request and returns its data or every field's first message.
 * Without a valid type the common fields are still checked, so the visitor learns of every problem at once.
 */
export function validateRequest(values: Record<string, unknown>): Validation {
  const result = requestSchema.safeParse(values);
  if (result.success) return { success: true, data: result.data };
  const issues = [...result.error.issues];
  if (issues.some((issue) => issue.path[0] === 'type')) {
    const common = commonSchema.safeParse(values);
    if (!common.success) issues.push(...common.error.issues);
  }
  const errors: FieldErrors = {};
  for (const name of FIELD_ORDER) {
    const issue = issues.find((candidate) => (candidate.path[0] ?? 'type') === name);
    if (issue) errors[name] = issue.message;
  }
  return { success: false, errors };
}
