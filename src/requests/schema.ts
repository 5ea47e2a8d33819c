/**
 * The data request as the form sends it: one zod schema, checked on the server only, in the Astro Action
 * (submission.ts: with a verified e-ID's personnummer and name in place of the posted ones) (GOV.UK's choice: the
 * browser posts, the server answers with every problem at once). One schema for every language: its issues carry
 * message keys, which page-state.ts puts into words in the page's language.
 */
import { z } from 'astro/zod';
import { isErrorKey, type ErrorKey } from '../i18n/requests.ts';
import { CORRECTION_MAX } from './limits.ts';
import { HONEYPOT_FIELD } from './honeypot.ts';
import { swedishToday } from '../lib/dates.ts';
import { normalisePersonnummer } from '../lib/personnummer.ts';
import { BIDI_CONTROLS } from '../lib/unseen-characters.ts';

/** An issue's message: the key of a message in src/i18n/<locale>/requests.ts (`errors`), never the words themselves. */
const key = (name: ErrorKey): ErrorKey => name;

/** The two kinds of request: a copy of the data (GDPR art. 15) or a correction (art. 16). */
export const REQUEST_TYPES = ['registerutdrag', 'rattelse'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** Control characters (U+0000–U+001F, U+007F–U+009F), line and paragraph separators: never part of a one-line answer. */
const LINE_BREAKERS = /[\p{Cc}\u2028\u2029]+/gu;

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

/** Who has a Swedish personnummer or samordningsnummer, and who gives a date of birth instead. */
export const ID_TYPES = ['personnummer', 'fodelsedatum'] as const;
export type IdType = (typeof ID_TYPES)[number];

/**
 * Whether the person is folkbokförd in Sweden: `sverige`, the address is the folkbokföringsadress (checked in SPAR);
 * `utlandet`, not folkbokförd: the address the person gives, abroad or in Sweden, with its country. The values keep
 * their names from when the question was "Var bor du?", so the code and the mails reading them stay as they were.
 */
export const ADDRESS_TYPES = ['sverige', 'utlandet'] as const;
export type AddressType = (typeof ADDRESS_TYPES)[number];

/** How the answer reaches the person (art. 12(3), 15(3)): by letter or electronically, as the person chooses; nothing is pre-selected. */
export const ANSWER_CHANNELS = ['brev', 'elektroniskt'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

/** A radio question: nothing chosen, or anything not offered, is the question's error (GOV.UK: radios are never pre-selected). */
function choice<T extends readonly [string, ...string[]]>(values: T, error: ErrorKey) {
  return formString.pipe(z.enum(values, { error }));
}

/** A radio question the form still pre-selects (its first option): not posted means that option; anything else not offered is an error. */
function preselectedChoice<T extends readonly [string, ...string[]]>(values: T, error: ErrorKey) {
  return z.preprocess((value) => (typeof value === 'string' && value !== '' ? value : values[0]), z.enum(values, { error }));
}

/** ÅÅÅÅ-MM-DD, dashes optional. */
const BIRTH_DATE = /^(\d{4})-?(\d{2})-?(\d{2})$/;

/** A date of birth, ÅÅÅÅ-MM-DD (dashes optional): a real calendar date, not in the future, not before 1900. */
const birthDate = formString.transform((value, ctx) => {
  const compact = value.replace(/\s+/g, '');
  const fail = (message: ErrorKey) => {
    ctx.issues.push({ code: 'custom', message, input: undefined });
    return z.NEVER;
  };
  if (compact === '') return fail(key('birthDateMissing'));
  const match = BIRTH_DATE.exec(compact);
  if (!match) return fail(key('birthDateFormat'));
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  if (!real || Number(year) < 1900 || `${year}${month}${day}` > swedishToday(new Date())) return fail(key('birthDateInvalid'));
  return `${year}-${month}-${day}`;
});

/** The fields every request has. */
const fields = {
  /** Full name, in one field: names do not split into first and last everywhere. */
  name: line(200, key('nameMissing'), key('nameTooLong')),
  /** Optional unless the answer goes electronically: the receipt, questions about the request (the company's Reply-To), and the electronic answer's route. */
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

/** The fields a choice asks for: checked only when the choice applies, so hidden answers are ignored. */
const conditional = {
  /** Personnummer or samordningsnummer, 10 or 12 digits; normalised to ÅÅÅÅMMDD-NNNN. Only with idType personnummer. */
  personnummer: formString.transform((value, ctx) => {
    const result = normalisePersonnummer(value);
    if (result.ok) return result.value;
    const message = { missing: key('personnummerMissing'), format: key('personnummerFormat'), invalid: key('personnummerInvalid') }[result.problem];
    ctx.issues.push({ code: 'custom', message, input: undefined });
    return z.NEVER;
  }),
  /** Date of birth, ÅÅÅÅ-MM-DD, for someone with neither number. Only with idType fodelsedatum. */
  birthDate,
  /** Street address or box of the folkbokföringsadress. Only with addressType sverige. */
  address: line(200, key('addressMissing'), key('addressTooLong')),
  /** Five digits, `123 45` or `12345`; normalised to `123 45`. Only with addressType sverige. */
  postalCode: formString
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(
      z
        .string()
        .min(1, { error: key('postalCodeMissing') })
        .regex(/^[1-9]\d{4}$/, { error: key('postalCodeFormat') })
        .transform((digits) => `${digits.slice(0, 3)} ${digits.slice(3)}`),
    ),
  /** Town of the folkbokföringsadress. Only with addressType sverige. */
  city: line(100, key('cityMissing'), key('cityTooLong')),
  /** First line of the address of someone not folkbokförd, abroad or in Sweden (street, house). Only with addressType utlandet. */
  abroadAddress: line(200, key('abroadAddressMissing'), key('abroadAddressTooLong')),
  /** Optional second line of that address. Only with addressType utlandet. */
  abroadAddress2: optionalLine(z.string().max(200, { error: key('abroadAddressTooLong') })),
  /** Optional postcode of that address, in any format. Only with addressType utlandet. */
  abroadPostalCode: optionalLine(z.string().max(20, { error: key('abroadPostalCodeTooLong') })),
  /** Town or city of that address. Only with addressType utlandet. */
  abroadCity: line(100, key('abroadCityMissing'), key('abroadCityTooLong')),
  /** Country of the address of someone not folkbokförd (Sverige for an address in Sweden). Only with addressType utlandet. */
  country: line(100, key('countryMissing'), key('countryTooLong')),
};
type Conditional = typeof conditional;

/** The conditional fields each answer to a choice asks for. */
const ASKED_FOR = {
  personnummer: ['personnummer'],
  fodelsedatum: ['birthDate'],
  sverige: ['address', 'postalCode', 'city'],
  utlandet: ['abroadAddress', 'abroadAddress2', 'abroadPostalCode', 'abroadCity', 'country'],
} as const satisfies Record<IdType | AddressType, readonly (keyof Conditional)[]>;

/** What is wrong and how it should read: at most 2,000 characters; required for a correction (see requestSchema). */
const correction = formString.transform(toMultiLine).pipe(z.string().max(CORRECTION_MAX, { error: key('correctionTooLong') }));

/** The conditional fields as posted, any value a string: the choices decide, after, which ones are checked. */
const rawConditional = Object.fromEntries(Object.keys(conditional).map((name) => [name, formString])) as Record<keyof Conditional, typeof formString>;

/** Parses the conditional fields a choice asks for, reporting each problem under its field. */
function parseAsked<T>(names: readonly (keyof Conditional)[], raw: Record<string, unknown>, ctx: z.core.$RefinementCtx<T>) {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const result = conditional[name].safeParse(raw[name]);
    if (result.success) out[name] = result.data;
    else for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [name], input: undefined });
  }
  return out;
}

/** Every field the form posts, as the schema first reads it. */
const postedFields = {
  /** Registerutdrag (art. 15) or Rättelse (art. 16). */
  type: choice(REQUEST_TYPES, key('type')),
  /** Whether the person has a personnummer or samordningsnummer, or gives a date of birth. */
  idType: preselectedChoice(ID_TYPES, key('idType')),
  /** Folkbokförd in Sweden (the folkbokföringsadress), or not (an address abroad or in Sweden). */
  addressType: preselectedChoice(ADDRESS_TYPES, key('addressType')),
  /** By letter or electronically: no default, the person chooses. */
  answerChannel: choice(ANSWER_CHANNELS, key('answerChannel')),
  ...fields,
  ...rawConditional,
  correction,
  /** The honeypot: hidden from people; the handler refuses a request that fills it in. */
  [HONEYPOT_FIELD]: formString,
};

/**
 * The request as the form sends it. One flat object, so every field is read from the form and every problem is
 * reported at once: an invalid type does not hide the other fields' errors.
 * The choices decide which fields are asked for; the others are ignored, whatever they hold (they were hidden).
 * The output is discriminated on `type`, `idType`, `addressType` and `answerChannel`.
 */
export const requestSchema = z
  .object(postedFields)
  .superRefine(
    (request, ctx) => {
      if (request.type === 'rattelse' && !(typeof request.correction === 'string' && request.correction !== ''))
        ctx.addIssue({ code: 'custom', message: key('correctionMissing'), path: ['correction'], input: undefined });
      // An address in the wrong format has its own message already; only a missing one is reported here.
      if (request.answerChannel === 'elektroniskt' && request.email === undefined && !ctx.issues.some((issue) => issue.path?.[0] === 'email'))
        ctx.addIssue({ code: 'custom', message: key('emailMissing'), path: ['email'], input: undefined });
      // A choice that was itself invalid asks for nothing: its own error says what to do.
      if ((ID_TYPES as readonly unknown[]).includes(request.idType)) parseAsked(ASKED_FOR[request.idType], request, ctx);
      if ((ADDRESS_TYPES as readonly unknown[]).includes(request.addressType)) parseAsked(ASKED_FOR[request.addressType], request, ctx);
    },
    // Checked whatever else is wrong, so the visitor learns of every problem at once.
    { when: () => true },
  )
  .transform((raw, ctx): SubmittedRequest => {
    const { type, idType, addressType, answerChannel, name, email, phone, caseNumber } = raw;
    const asked = parseAsked([...ASKED_FOR[idType], ...ASKED_FOR[addressType]], raw, ctx);
    const request = {
      ...(type === 'rattelse' ? { type, correction: raw.correction } : { type }),
      name,
      email,
      phone,
      caseNumber,
      answerChannel,
      idType,
      addressType,
      ...asked,
    } as DataRequest;
    return { request, honeypot: raw[HONEYPOT_FIELD] };
  });

type Out<K extends keyof Conditional> = z.output<Conditional[K]>;
type Common = z.output<z.ZodObject<typeof fields>>;
/** The fields of the other branches, absent: so any field can be read, and is undefined where the choice did not ask for it. */
type Absent<T> = { [K in keyof T]?: undefined };
type ByPersonnummer = { idType: 'personnummer'; personnummer: Out<'personnummer'> };
type ByBirthDate = { idType: 'fodelsedatum'; birthDate: Out<'birthDate'> };
/** Who the person is: a personnummer or samordningsnummer, or a date of birth. */
export type Identity = (ByPersonnummer & Absent<Omit<ByBirthDate, 'idType'>>) | (ByBirthDate & Absent<Omit<ByPersonnummer, 'idType'>>);
type InSweden = { addressType: 'sverige'; address: Out<'address'>; postalCode: Out<'postalCode'>; city: Out<'city'> };
type Abroad = {
  addressType: 'utlandet';
  abroadAddress: Out<'abroadAddress'>;
  abroadAddress2: Out<'abroadAddress2'>;
  abroadPostalCode: Out<'abroadPostalCode'>;
  abroadCity: Out<'abroadCity'>;
  country: Out<'country'>;
};
/** Where a letter can reach the person: the folkbokföringsadress, or the address of someone not folkbokförd (abroad or in Sweden). */
export type PostalAddress = (InSweden & Absent<Omit<Abroad, 'addressType'>>) | (Abroad & Absent<Omit<InSweden, 'addressType'>>);
/** How the answer goes; electronically only with an e-mail address. */
export type Channel = { answerChannel: 'brev' } | { answerChannel: 'elektroniskt'; email: string };
/** A valid request: the shared fields, and what each choice asks for. */
export type DataRequest = Common &
  ({ type: 'registerutdrag' } | { type: 'rattelse'; correction: string }) &
  Identity &
  PostalAddress &
  Channel;

/** What the schema gives the handler: the request, and what the honeypot held. */
export interface SubmittedRequest {
  request: DataRequest;
  honeypot: string;
}

/** Names of the form's fields, in the order the form asks for them (the error summary follows it). */
export const FIELD_ORDER = [
  'type',
  'correction',
  'name',
  'idType',
  'personnummer',
  'birthDate',
  'addressType',
  'address',
  'postalCode',
  'city',
  'abroadAddress',
  'abroadAddress2',
  'abroadPostalCode',
  'abroadCity',
  'country',
  'answerChannel',
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
 * The first problem per field, in the form's order, from the schema's issues grouped by field (`z.flattenError`).
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

/**
 * A posted form as the schema reads it: each of its fields as posted (a string, a file, or null when absent), as
 * Astro's Actions read a form for a schema; fields it does not know are left out, repeats after the first ignored.
 */
export function formAnswers(form: FormData): Record<string, FormDataEntryValue | null> {
  return Object.fromEntries(Object.keys(postedFields).map((name) => [name, form.get(name)]));
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

/** Every field the form posts, as the schema reads it: the log's redaction covers each one a visitor types into (src/log/logger.ts). */
export const REQUEST_FIELDS = Object.keys(requestSchema.in.shape) as (keyof typeof requestSchema.in.shape)[];
