/**
 * Property-based tests (fast-check) of the request schema and the mails composed from what it accepts:
 * whatever arrives, validation answers with data or with our own messages, the data is clean, and no mail
 * gets a header or a recipient the visitor wrote.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { requestSchema, FIELD_ORDER, type DataRequest } from '../../../src/requests/schema';
import { validateRequest } from '../../support/validate';
import { composeCompanyMail, composeReceipt, companySubject } from '../../../src/requests/mail';
import { isErrorKey } from '../../../src/i18n/requests';
import { CORRECTION_MAX } from '../../../src/requests/limits';
import { hostileForm, hostileText } from '../../support/hostile-input';
import { addresses, headerNames, MAIL_HEADERS, renderMail } from '../../support/fixtures/mail';

const RUNS = 300;
const route = { to: 'arenden@jainkasso.test', from: 'webb@jainkasso.test' };
const meta = { reference: 'JA-7K3F9QXM', receivedAt: new Date('2026-11-25T21:14:00Z'), locale: 'sv' as const };

/** Every issue the schema raises names a field of the form and carries one of our message keys (never a piece of the input). */
function expectOurIssues(form: Record<string, unknown>): void {
  const result = requestSchema.safeParse(form);
  if (result.success) return;
  for (const issue of result.error.issues) {
    expect(FIELD_ORDER).toContain(issue.path[0]);
    expect(isErrorKey(issue.message), issue.message).toBe(true);
  }
}

/** Characters that may never stay in a one-line answer. */
// eslint-disable-next-line no-control-regex -- the test's own list of control characters, independent of the schema's \p{Cc}.
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const characters = (value: string) => [...value].length;

function oneLineFields(data: DataRequest): (string | undefined)[] {
  return [
    data.name,
    data.address,
    data.city,
    data.email,
    data.phone,
    data.caseNumber,
    data.postalCode,
    data.personnummer,
    data.birthDate,
    data.abroadAddress,
    data.abroadAddress2,
    data.abroadPostalCode,
    data.abroadCity,
    data.country,
  ];
}

describe('the schema, given anything', () => {
  it('answers with data or with our own message keys for known fields, and never throws', () => {
    fc.assert(
      fc.property(hostileForm, (form) => {
        expectOurIssues(form);
        const result = validateRequest(form);
        if (result.success) return;
        expect(Object.keys(result.errors).length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('also when the values are not strings at all, or missing', () => {
    const anyValue = fc.oneof(fc.anything(), hostileText);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FIELD_ORDER, 'website'), anyValue), (form) => {
        expectOurIssues(form);
        const result = validateRequest(form);
        if (!result.success) expect(Object.keys(result.errors).length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts only clean data: one-line fields on one line, formats normalised, limits kept', () => {
    let accepted = 0;
    fc.assert(
      fc.property(hostileForm, (form) => {
        const result = validateRequest(form);
        if (!result.success) return;
        accepted++;
        const data = result.data;
        for (const value of oneLineFields(data)) {
          if (value === undefined) continue;
          expect(value).not.toMatch(LINE_BREAKING);
          expect(value).toBe(value.trim());
          expect(value).not.toBe('');
        }
        // zod counts characters (code points), as a person would: 😀 is one.
        expect(characters(data.name)).toBeLessThanOrEqual(200);
        // Exactly the fields the choices ask for, each within its limits; the others are ignored, whatever they held.
        if (data.idType === 'personnummer') {
          expect(data.personnummer).toMatch(/^\d{8}-\d{4}$/);
          expect(data.birthDate).toBeUndefined();
        } else {
          expect(data.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(data.personnummer).toBeUndefined();
        }
        if (data.addressType === 'sverige') {
          expect(characters(data.address)).toBeLessThanOrEqual(200);
          expect(characters(data.city)).toBeLessThanOrEqual(100);
          expect(data.postalCode).toMatch(/^[1-9]\d{2} \d{2}$/);
          expect(data.country).toBeUndefined();
        } else {
          expect(characters(data.abroadAddress)).toBeLessThanOrEqual(200);
          expect(characters(data.abroadAddress2 ?? '')).toBeLessThanOrEqual(200);
          expect(characters(data.abroadPostalCode ?? '')).toBeLessThanOrEqual(20);
          expect(characters(data.abroadCity)).toBeLessThanOrEqual(100);
          expect(characters(data.country)).toBeLessThanOrEqual(100);
          expect(data.address).toBeUndefined();
        }
        if (data.answerChannel === 'elektroniskt') expect(data.email).toBeDefined();
        expect(data.email ?? '').not.toMatch(/[\s,;<>"]/);
        if (data.type === 'rattelse') {
          expect(characters(data.correction)).toBeLessThanOrEqual(CORRECTION_MAX);
          // Free text keeps its line breaks (as \n) and tabs; no other control character.
          // eslint-disable-next-line no-control-regex -- as LINE_BREAKING, less tab and line feed.
          expect(data.correction).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
        }
      }),
      { numRuns: RUNS },
    );
    // The generator reaches valid requests often enough for this property to say something.
    expect(accepted).toBeGreaterThan(RUNS / 10);
  });

  it('is stable: what it accepted, posted again, is accepted unchanged', () => {
    fc.assert(
      fc.property(hostileForm, (form) => {
        const first = validateRequest(form);
        if (!first.success) return;
        const again = validateRequest({ ...first.data, phone: first.data.phone ?? '', caseNumber: first.data.caseNumber ?? '' });
        // The optional fields of an address abroad come back empty as undefined: compare what was accepted.
        expect(again).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the mails, composed from anything the schema accepts', () => {
  it('have only our headers and only our recipients', async () => {
    await fc.assert(
      fc.asyncProperty(hostileForm, async (form) => {
        const result = validateRequest(form);
        if (!result.success) return;
        const data = result.data;

        const company = await renderMail(composeCompanyMail(data, meta, route));
        expect(headerNames(company.raw)).toEqual(data.email ? MAIL_HEADERS : MAIL_HEADERS.filter((name) => name !== 'reply-to'));
        expect(company.envelope.to).toEqual([route.to]);
        expect(addresses(company.parsed.to)).toEqual([route.to]);
        expect(addresses(company.parsed.replyTo)).toEqual(data.email ? [data.email] : []);
        expect(company.parsed.subject).toBe(companySubject(data, meta));
        expect(company.raw.slice(0, company.raw.indexOf('\r\n\r\n'))).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
        if (!data.email) return;

        const receipt = await renderMail(composeReceipt({ type: data.type, answerChannel: data.answerChannel, email: data.email }, meta, route));
        expect(headerNames(receipt.raw)).toEqual(MAIL_HEADERS);
        expect(receipt.envelope.to).toEqual([data.email]);
        expect(addresses(receipt.parsed.to)).toEqual([data.email]);

      }),
      { numRuns: RUNS },
    );
  }, 30_000);
});
