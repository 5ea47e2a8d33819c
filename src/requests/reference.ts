/** Reference numbers for data requests, e.g. `JA-7K3F9QXM`: on the confirmation, in the subject and in the receipt. */

/** 32 capitals and digits without 0/O and 1/I, which are easy to mix up when read aloud or typed. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** Company prefix. */
export const REFERENCE_PREFIX = 'JA';
/** 8 characters of 5 bits: 40 bits, so a clash is negligible over many thousands of requests. */
export const REFERENCE_LENGTH = 8;
/** What a reference looks like. */
export const REFERENCE_PATTERN = /^[A-Z]{2,4}-[2-9A-HJ-NP-Z]{8}$/;

/** A new reference from the platform's cryptographic random source. */
export function newReference(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(REFERENCE_LENGTH));
  // 256 is a multiple of 32, so `& 31` picks every character equally often.
  const body = Array.from(bytes, (byte) => REFERENCE_ALPHABET[byte & 31]).join('');
  return `${REFERENCE_PREFIX}-${body}`;
}
