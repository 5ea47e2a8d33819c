/**
 * fast-check arbitraries for what a visitor (or a script) can put in the data-request form: all of Unicode,
 * control characters, header and SMTP injections, very long values, extra fields. Shared by the schema's
 * property tests (Vitest) and the POST handler's (Playwright, against the built server). Also the unseen characters
 * (terminal escapes, bidi, zero-width) the consent records' tests put into every stored string and every printed value.
 */
import fc from 'fast-check';
import { anna, OTHER_BRANCHES } from './fixtures/anna';
import { ADDRESS_TYPES, ANSWER_CHANNELS, ID_TYPES } from '../../src/requests/schema';

/** A complete, valid request (a made-up person; the personnummer is valid), with valid answers for every branch of the choices. */
export const VALID_FORM = { ...anna, ...OTHER_BRANCHES };

/** The form's choices: each option, now and then something hostile. */
const CHOICES = { idType: ID_TYPES, addressType: ADDRESS_TYPES, answerChannel: ANSWER_CHANNELS };

export type FormField = keyof typeof VALID_FORM;

/** The address every injection tries to add as a recipient. */
export const EVIL_ADDRESS = 'evil@example.test';

/** Text that tries to start a header or an SMTP command, as an attacker would type it. */
export const INJECTIONS = [
  `\r\nBcc: ${EVIL_ADDRESS}`,
  `\nCc: ${EVIL_ADDRESS}`,
  `\rTo: ${EVIL_ADDRESS}`,
  '\r\nX-Injected: yes\r\n\r\nbody',
  `\r\n.\r\nMAIL FROM:<${EVIL_ADDRESS}>\r\nRCPT TO:<${EVIL_ADDRESS}>\r\nDATA\r\n`,
  `\u2028Bcc: ${EVIL_ADDRESS}`,
  `\u0085Bcc: ${EVIL_ADDRESS}`,
  `%0d%0aBcc:%20${EVIL_ADDRESS}`,
  `=?utf-8?q?=0D=0ABcc:_${EVIL_ADDRESS}?=`,
  `"Evil" <${EVIL_ADDRESS}>, other@example.test`,
  `${EVIL_ADDRESS}\r\n`,
  '\u0000\u001b[31m\u007f\u009b',
] as const;

/** C0 and C1 control characters, DEL, and the Unicode line and paragraph separators. */
const controlCharacter = fc.oneof(
  fc.integer({ min: 0x00, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.constantFrom(0x2028, 0x2029),
).map((code) => String.fromCharCode(code));

/** Characters that mean something in a mail header or address. */
const headerCharacter = fc.constantFrom(':', ';', ',', '<', '>', '"', '@', '=', '?', ' ', '\t', 'a', 'ö', 'Å', '😀', '\u200b', '\ufeff', '\u202e');

/** Any text: all of Unicode (code points, control characters included), hostile snippets, or very long. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 3, arbitrary: fc.string({ unit: fc.oneof(controlCharacter, headerCharacter), maxLength: 60 }) },
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  // Around and far beyond the fields' limits (50, 100, 200, 2,000 characters).
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 40, maxLength: 2500 }) },
);

/** The valid value, hostile text alone, or the valid value with hostile text before or after it. */
function fieldValue(valid: string, hostility: 'low' | 'high'): fc.Arbitrary<string> {
  const mixed = fc.tuple(hostileText, fc.boolean()).map(([text, before]) => (before ? text + valid : valid + text));
  return hostility === 'low'
    ? fc.oneof({ weight: 18, arbitrary: fc.constant(valid) }, { weight: 1, arbitrary: hostileText }, { weight: 1, arbitrary: mixed })
    : fc.oneof({ weight: 1, arbitrary: fc.constant(valid) }, { weight: 1, arbitrary: hostileText }, { weight: 3, arbitrary: mixed });
}

/** Fields with a strict format are mostly left valid, so that many posts get through to a mail; free text is attacked freely. */
const STRICT: readonly FormField[] = ['type', 'personnummer', 'birthDate', 'postalCode', 'email', 'phone'];

/** Fields a script might add: names a mailer might take for options or headers. */
const extraFieldName = fc.oneof(
  fc.constantFrom('bcc', 'cc', 'to', 'from', 'subject', 'headers', 'replyTo', 'envelope', 'attachments', 'html', 'X-Injected', 'website'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
);

/** A whole form post: every field present (valid, hostile or mixed), plus up to three extra fields. */
export const hostileForm: fc.Arbitrary<Record<string, string>> = fc
  .tuple(
    fc.record(
      Object.fromEntries(
        (Object.keys(VALID_FORM) as FormField[]).map((field) => [field, fieldValue(VALID_FORM[field], STRICT.includes(field) ? 'low' : 'high')]),
      ) as Record<FormField, fc.Arbitrary<string>>,
    ),
    fc.record(
      Object.fromEntries(
        Object.entries(CHOICES).map(([name, options]) => [
          name,
          fc.oneof({ weight: 18, arbitrary: fc.constantFrom(...options) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: hostileText }),
        ]),
      ) as Record<keyof typeof CHOICES, fc.Arbitrary<string>>,
    ),
    fc.dictionary(extraFieldName, hostileText, { maxKeys: 3 }),
  )
  .map(([fields, choices, extra]) => ({ ...extra, ...fields, ...choices }));

/**
 * Characters that make stored text print as something else: a terminal's escapes (clear the screen, move back, an
 * OSC 8 link), NUL, a C1 control, bidi overrides and isolates, zero-width and other invisible characters. Each alone
 * must be refused where a visitor's text is stored, and printed escaped where the company reads it.
 */
export const UNSEEN_SNIPPETS = [
  '\u001b[2J\u001b[H',
  '\u001b[1A\u001b[2K',
  '\u001b]8;;https://evil.example/\u0007here\u001b]8;;\u0007',
  '\b\b\b\b',
  '\u0000',
  '\u009b31m',
  '\r',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u00ad',
  '\u2028',
  '\u3164',
] as const;

/** A character of any of those kinds, from the ranges rather than the list. */
const unseenCharacter = fc.oneof(
  controlCharacter,
  fc.constantFrom(0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e, 0x3164, 0x115f, 0xffa0, 0x00a0, 0x2000, 0x3000).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x202a, max: 0x202e }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x2066, max: 0x2069 }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...UNSEEN_SNIPPETS),
);

/** `valid` with at least one unseen character somewhere in it (before, inside or after). */
export function withUnseen(valid: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: valid.length }), fc.array(unseenCharacter, { minLength: 1, maxLength: 3 }))
    .map(([at, inserted]) => valid.slice(0, at) + inserted.join('') + valid.slice(at));
}

/** The unseen characters (controls, format characters, line separators) in printed `output`, its line ends apart. */
export function unseenIn(output: string): string[] {
  return output.replace(/\r?\n/g, '').match(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu) ?? [];
}
