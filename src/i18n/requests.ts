/** The data request's strings in a language; the mail to the company, in Swedish only. */
import type { Locale } from './locales.ts';
import { requests as en } from './en/requests.ts';
import { requests as sv, type RequestText } from './sv/requests.ts';

export type { RequestText };
export { companyMail as companyMailText } from './sv/company-mail.ts';

const TEXT: Record<Locale, RequestText> = { sv, en };

/** The form's, the confirmation's and the receipt's strings in `locale`. */
export function requestText(locale: Locale): RequestText {
  return TEXT[locale];
}

/** A key of the schema's messages: what the schema's issues carry, turned into words in the page's language. */
export type ErrorKey = keyof RequestText['errors'];

/** Whether `value` is one of the schema's message keys. */
export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === 'string' && Object.hasOwn(sv.errors, value);
}
