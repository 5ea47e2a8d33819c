import { describe, expect, it } from 'vitest';
import { readSubmission, withVerifiedIdentity } from '../../../src/requests/submission';
import { HONEYPOT_FIELD } from '../../../src/requests/honeypot';
import { anna, bo } from '../../support/fixtures/anna';
import { postedForm } from '../../support/fixtures/form';

/** Eva, as the e-ID gives her and the session keeps her. */
const eva = { personnummer: '19900101-0017', name: 'Eva Legitimerad', method: 'BankID', acr: 'urn:grn:authn:se:bankid:same-device', authenticatedAt: '2026-11-25T09:58:00.000Z', issuer: 'https://broker.test' };
/** The verified form's answers: neither the name nor the personnummer is asked. */
const { name: _, personnummer: __, ...rest } = anna;

describe('a post without a verified identity', () => {
  it('is checked as posted: the name and personnummer are asked for, and a wrong one is refused', () => {
    expect(readSubmission(postedForm(rest), undefined)).toEqual({ ok: false, problems: { name: 'nameMissing', personnummer: 'personnummerMissing' } });
    expect(readSubmission(postedForm({ ...anna, personnummer: '850415-2384' }), undefined)).toEqual({ ok: false, problems: { personnummer: 'personnummerInvalid' } });
  });

  it('carries every field the form posts, and says nothing of an e-ID', () => {
    const read = readSubmission(postedForm({ ...bo, phone: anna.phone, caseNumber: anna.caseNumber, [HONEYPOT_FIELD]: 'filled in' }), undefined);
    expect(read).toMatchObject({
      ok: true,
      submitted: {
        request: { name: bo.name, personnummer: '19850475-2380', abroadAddress2: bo.abroadAddress2, abroadPostalCode: bo.abroadPostalCode, phone: anna.phone, caseNumber: anna.caseNumber },
        honeypot: 'filled in',
        verifiedBy: undefined,
      },
    });
  });
});

describe('a post with the identity verified by e-ID in the session', () => {
  it("needs no name or personnummer: the request has the e-ID's, and how, when and by whom it was verified", () => {
    const read = readSubmission(postedForm(rest), eva);
    expect(read).toMatchObject({ ok: true, submitted: { request: { idType: 'personnummer', personnummer: eva.personnummer, name: eva.name } } });
    if (!read.ok) return;
    expect(read.submitted.verifiedBy).toEqual({ method: 'BankID', acr: eva.acr, authenticatedAt: eva.authenticatedAt, issuer: eva.issuer });
  });

  it("takes the e-ID's personnummer and name whatever a tampered post adds: another person, a date of birth, a wrong number", () => {
    for (const tampered of [
      { name: anna.name, personnummer: anna.personnummer },
      { idType: 'fodelsedatum', birthDate: '1985-04-15' },
      { personnummer: 'not a number', name: '' },
    ]) {
      const read = readSubmission(postedForm({ ...rest, ...tampered }), eva);
      expect(read).toMatchObject({ ok: true, submitted: { request: { idType: 'personnummer', personnummer: eva.personnummer, name: eva.name } } });
      if (read.ok) expect(read.submitted.request).not.toHaveProperty('birthDate');
    }
  });

  it('asks for the name when the e-ID gave none, and checks the rest of the form as always, every problem at once', () => {
    const nameless = { ...eva, name: '' };
    expect(readSubmission(postedForm(rest), nameless)).toEqual({ ok: false, problems: { name: 'nameMissing' } });
    expect(readSubmission(postedForm({ ...rest, name: 'Eva L' }), nameless)).toMatchObject({ ok: true, submitted: { request: { name: 'Eva L', personnummer: eva.personnummer } } });
    expect(readSubmission(postedForm({ ...rest, postalCode: '1234', email: 'eva@' }), eva)).toEqual({ ok: false, problems: { postalCode: 'postalCodeFormat', email: 'emailFormat' } });
  });

  it('puts the identity in place of the posted answers, and leaves every other answer as it was', () => {
    expect(withVerifiedIdentity({ ...anna, idType: 'fodelsedatum' }, eva)).toEqual({ ...anna, idType: 'personnummer', personnummer: eva.personnummer, name: eva.name });
    expect(withVerifiedIdentity({ ...anna }, { ...eva, name: '' })).toEqual({ ...anna, idType: 'personnummer', personnummer: eva.personnummer });
  });
});
