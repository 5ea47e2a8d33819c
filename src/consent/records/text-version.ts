/**
 * The text version: a hash of the exact banner and preferences strings of one language, as the library is given them.
 * A record names it, and the text itself is stored once under it, so a record can be shown with the words the
 * visitor saw. Any change of wording, a link or the cookie table gives another version.
 */
import { createHash } from 'node:crypto';

/** The texts of one language, serialised the one way they are hashed and stored. */
export function serialiseText(translation: unknown): string {
  return JSON.stringify(translation);
}

/** SHA-256 of the serialised text, in hex. */
export function textVersion(serialised: string): string {
  return createHash('sha256').update(serialised, 'utf8').digest('hex');
}
