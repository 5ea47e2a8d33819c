import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toSingleLine, type DataRequest } from '../../../src/requests/schema';
import { validateRequest } from '../../support/validate';
import { requestText, type ErrorKey } from '../../../src/i18n/requests';

/** The schema answers with message keys, the same in every language (page-state.ts puts them into words): t.nameMissing is 'nameMissing'. */
const t = Object.fromEntries(Object.keys(requestText('sv').errors).map((key) => [key, key])) as { [K in ErrorKey]: K };

/** A complete, valid Registerutdrag as a form would send it. */
const valid = {
  type: 'registerutdrag',
  name: 'Anna Andersson',
  personnummer: '19850415-2383',
  address: 'Storgatan 1',
  postalCode: '123 45',
  city: 'Gävle',
  answerChannel: 'brev',
  email: 'anna@example.se',
  phone: '',
  caseNumber: '',
  correction: '',
};

function parse(changes: Record<string, unknown>) {
  return validateRequest({ ...valid, ...changes });
}
function data(changes: Record<string, unknown>): DataRequest {
  const result = parse(changes);
  if (!result.success) throw new Error(`expected valid, got ${JSON.stringify(result.errors)}`);
  return result.data;
}
function errors(changes: Record<string, unknown>) {
  const result = parse(changes);
  if (result.success) throw new Error('expected errors');
  return result.errors;
}

// The personnummer rules depend on today's date (century, births in the future).
beforeAll(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T12:00:00+01:00'), toFake: ['Date'] });
});
afterAll(() => {
  vi.useRealTimers();
});

describe('personnummer', () => {
  it.each([
    ['12 digits with a hyphen', '19850415-2383'],
    ['12 digits', '198504152383'],
    ['10 digits with a hyphen', '850415-2383'],
    ['10 digits', '8504152383'],
    ['spaces anywhere', ' 1985 04 15 - 2383 '],
  ])('accepts %s and writes it ÅÅÅÅMMDD-NNNN', (_, input) => {
    expect(data({ personnummer: input }).personnummer).toBe('19850415-2383');
  });

  it('accepts a samordningsnummer (day of birth plus 60)', () => {
    expect(data({ personnummer: '850475-2380' }).personnummer).toBe('19850475-2380');
    expect(data({ personnummer: '198504752380' }).personnummer).toBe('19850475-2380');
  });

  it('reads + as 100 years or older', () => {
    expect(data({ personnummer: '121212+1212' }).personnummer).toBe('19121212-1212');
    expect(data({ personnummer: '121212-1212' }).personnummer).toBe('20121212-1212');
    expect(data({ personnummer: '19121212+1212' }).personnummer).toBe('19121212-1212');
  });

  it('rejects a wrong check digit', () => {
    expect(errors({ personnummer: '19850415-2384' }).personnummer).toBe(t.personnummerInvalid);
    expect(errors({ personnummer: '850415-2384' }).personnummer).toBe(t.personnummerInvalid);
  });

  it.each([
    ['30 February', '900230-1233'],
    ['month 13', '901301-1235'],
    ['a samordningsnummer on a day that does not exist', '900290-1236'],
  ])('rejects an impossible date: %s', (_, input) => {
    expect(errors({ personnummer: input }).personnummer).toBe(t.personnummerInvalid);
  });

  it('rejects a date of birth after today', () => {
    expect(errors({ personnummer: '20261126-1237' }).personnummer).toBe(t.personnummerInvalid);
    expect(data({ personnummer: '20261125-1238' }).personnummer).toBe('20261125-1238');
  });

  it.each([
    ['too few digits', '850415-238'],
    ['11 digits', '85041523831'],
    ['13 digits', '1985041523831'],
    ['letters', '850415-23A3'],
    ['an interim number (letter)', '850415-T383'],
    ['two separators', '850415--2383'],
  ])('rejects %s with a message about the format', (_, input) => {
    expect(errors({ personnummer: input }).personnummer).toBe(t.personnummerFormat);
  });

  it('asks for it when it is missing', () => {
    expect(errors({ personnummer: '  ' }).personnummer).toBe(t.personnummerMissing);
    expect(errors({ personnummer: undefined }).personnummer).toBe(t.personnummerMissing);
  });
});

describe('postnummer', () => {
  it.each(['123 45', '12345', ' 123  45 '])('accepts %j and writes it "123 45"', (input) => {
    expect(data({ postalCode: input }).postalCode).toBe('123 45');
  });
  it.each(['1234', '123456', '12a45', '012 34', '123-45'])('rejects %j', (input) => {
    expect(errors({ postalCode: input }).postalCode).toBe(t.postalCodeFormat);
  });
  it('asks for it when it is missing', () => {
    expect(errors({ postalCode: '' }).postalCode).toBe(t.postalCodeMissing);
  });
});

describe('Rättelse', () => {
  it('requires the description of what is wrong', () => {
    expect(errors({ type: 'rattelse', correction: '' }).correction).toBe(t.correctionMissing);
    expect(errors({ type: 'rattelse', correction: ' \n ' }).correction).toBe(t.correctionMissing);
  });
  it('takes up to 2,000 characters and keeps line breaks', () => {
    const text = `Fel adress.\r\n${'x'.repeat(1987)}`;
    const request = data({ type: 'rattelse', correction: text });
    expect(request.type === 'rattelse' && request.correction).toBe(`Fel adress.\n${'x'.repeat(1987)}`);
    expect(request.type === 'rattelse' && request.correction.length).toBe(1999);
  });
  it('counts line breaks once, as the browser does', () => {
    expect(parse({ type: 'rattelse', correction: 'a\r\n'.repeat(666) + 'bc' }).success).toBe(true);
  });
  it('refuses more than 2,000 characters', () => {
    expect(errors({ type: 'rattelse', correction: 'x'.repeat(2001) }).correction).toBe(t.correctionTooLong);
  });
  it('is not part of a Registerutdrag, even when sent', () => {
    expect(data({ type: 'registerutdrag', correction: 'ignored' })).not.toHaveProperty('correction');
  });
});

describe('the other fields', () => {
  it('asks for every required field, the type and the channel, all at once', () => {
    expect(validateRequest({})).toEqual({
      success: false,
      errors: {
        type: t.type,
        name: t.nameMissing,
        personnummer: t.personnummerMissing,
        address: t.addressMissing,
        postalCode: t.postalCodeMissing,
        city: t.cityMissing,
        answerChannel: t.answerChannel,
      },
    });
  });

  it('rejects an unknown type', () => {
    expect(errors({ type: 'radering' }).type).toBe(t.type);
  });

  it('takes no e-mail address: it is optional, for the receipt only', () => {
    expect(data({ email: '' }).email).toBeUndefined();
    expect(data({ email: '  ' }).email).toBeUndefined();
  });

  it('writes the domain of an e-mail address in lower case, as mail does, and keeps the local part as typed', () => {
    expect(data({ email: 'Anna.Berg@Example.SE' }).email).toBe('Anna.Berg@example.se');
  });

  it('asks for the correction of a Rättelse even when other answers are wrong too', () => {
    expect(errors({ type: 'rattelse', correction: '', postalCode: '1', email: 'x' })).toEqual({
      correction: t.correctionMissing,
      postalCode: t.postalCodeFormat,
      email: t.emailFormat,
    });
  });

  it('removes bidi controls from every text answer', () => {
    const request = data({ type: 'rattelse', name: 'Anna\u202e \u2066Testsson\u200f', city: '\u202aGävle', correction: 'a\u2069b' });
    expect(request.name).toBe('Anna Testsson');
    expect(request.city).toBe('Gävle');
    if (request.type === 'rattelse') expect(request.correction).toBe('ab');
  });

  it.each(['anna', 'anna@', 'anna@example', 'anna example@example.se', `${'a'.repeat(250)}@example.se`])('rejects the e-mail %j', (email) => {
    expect(errors({ email }).email).toBe(t.emailFormat);
  });

  it('takes an optional phone number and case number', () => {
    const request = data({ phone: '+46 70-123 45 67', caseNumber: 'A-123/4' });
    expect(request.phone).toBe('+46 70-123 45 67');
    expect(request.caseNumber).toBe('A-123/4');
    expect(data({}).phone).toBeUndefined();
    expect(data({}).caseNumber).toBeUndefined();
  });

  it.each(['12345', 'ring mig', '070-123 45 67 89 01 23', '070;1234567'])('rejects the phone number %j', (phone) => {
    expect(errors({ phone }).phone).toBe(t.phoneFormat);
  });

  it('limits the lengths of one-line fields', () => {
    expect(errors({ name: 'x'.repeat(201) }).name).toBe(t.nameTooLong);
    expect(errors({ address: 'x'.repeat(201) }).address).toBe(t.addressTooLong);
    expect(errors({ city: 'x'.repeat(101) }).city).toBe(t.cityTooLong);
    expect(errors({ caseNumber: 'x'.repeat(51) }).caseNumber).toBe(t.caseNumberTooLong);
  });

  it('treats anything but text (a file, a number) as missing', () => {
    expect(errors({ name: new Blob(['x']) }).name).toBe(t.nameMissing);
    expect(errors({ name: 42 }).name).toBe(t.nameMissing);
  });
});

describe('line breaks in one-line fields', () => {
  it('become spaces, so they can never start a mail header', () => {
    const request = data({ name: 'Anna\r\nBcc: evil@example.com', address: 'Storgatan 1\n\rTo: x@example.com', city: 'Gävle\u2028X', caseNumber: 'A\u0000B' });
    expect(request.name).toBe('Anna Bcc: evil@example.com');
    expect(request.address).toBe('Storgatan 1 To: x@example.com');
    expect(request.city).toBe('Gävle X');
    expect(request.caseNumber).toBe('A B');
  });

  it('make an e-mail address invalid rather than add a recipient', () => {
    expect(errors({ email: 'anna@example.se\r\nBcc: evil@example.com' }).email).toBe(t.emailFormat);
    expect(errors({ email: 'anna@example.se\nevil@example.com' }).email).toBe(t.emailFormat);
  });

  it('are folded by toSingleLine with every other control character', () => {
    expect(toSingleLine('a\tb\u000bc\u0085d  e')).toBe('a b c d e');
  });
});

describe('someone without a Swedish number: a date of birth', () => {
  const noNumber = { idType: 'fodelsedatum', personnummer: 'not a number' };
  it('takes a real past date instead, ÅÅÅÅ-MM-DD with or without dashes, and ignores the hidden personnummer field', () => {
    const request = data({ ...noNumber, birthDate: ' 1985-04-15 ' });
    expect(request.birthDate).toBe('1985-04-15');
    expect(request.personnummer).toBeUndefined();
    expect(data({ ...noNumber, birthDate: '19850415' }).birthDate).toBe('1985-04-15');
    expect(data({ ...noNumber, birthDate: '2026-11-25' }).birthDate).toBe('2026-11-25');
  });
  it.each([
    ['missing', '', t.birthDateMissing],
    ['in another shape', '15/04/1985', t.birthDateFormat],
    ['not a date of the calendar', '1985-02-30', t.birthDateInvalid],
    ['a month 13', '1985-13-01', t.birthDateInvalid],
    ['in the future', '2026-11-26', t.birthDateInvalid],
    ['before 1900', '1899-12-31', t.birthDateInvalid],
  ])('rejects a date of birth %s', (_, birthDate, message) => {
    expect(errors({ ...noNumber, birthDate })).toEqual({ birthDate: message });
  });
  it('with a number, ignores a hidden date of birth', () => {
    expect(data({ birthDate: 'nonsense' }).birthDate).toBeUndefined();
  });
});

describe('an address abroad', () => {
  const abroad = { addressType: 'utlandet', abroadAddress: 'Rue d’Essai 7', abroadCity: 'Luxembourg', country: 'Luxemburg', postalCode: 'x' };
  it('takes address lines, a postcode in any format, a town and a country, and ignores the hidden Swedish fields', () => {
    const request = data({ ...abroad, abroadAddress2: 'Appt 3', abroadPostalCode: 'L-1234' });
    expect(request).toMatchObject({ addressType: 'utlandet', abroadAddress2: 'Appt 3', abroadPostalCode: 'L-1234', country: 'Luxemburg' });
    expect(request.postalCode).toBeUndefined();
    expect(request.address).toBeUndefined();
    expect(data({ ...abroad, abroadPostalCode: 'SW1A 1AA' }).abroadPostalCode).toBe('SW1A 1AA');
  });
  it('leaves the second line and the postcode optional', () => {
    const request = data(abroad);
    expect(request.abroadAddress2).toBeUndefined();
    expect(request.abroadPostalCode).toBeUndefined();
  });
  it('asks for the address, the town and the country, and keeps every value bounded and on one line', () => {
    expect(errors({ addressType: 'utlandet' })).toEqual({
      abroadAddress: t.abroadAddressMissing,
      abroadCity: t.abroadCityMissing,
      country: t.countryMissing,
    });
    expect(errors({ ...abroad, abroadPostalCode: '1'.repeat(21), abroadAddress2: 'x'.repeat(201), country: 'x'.repeat(101) })).toEqual({
      abroadAddress2: t.abroadAddressTooLong,
      abroadPostalCode: t.abroadPostalCodeTooLong,
      country: t.countryTooLong,
    });
    expect(data({ ...abroad, abroadAddress: 'Rue 7\r\nBcc: x@example.com' }).abroadAddress).toBe('Rue 7 Bcc: x@example.com');
  });
  it('rejects a place to live that the form does not offer', () => {
    expect(errors({ addressType: 'mars' })).toEqual({ addressType: t.addressType });
  });
});

describe('how the answer reaches the person', () => {
  it("has no default: not chosen, empty or absent, it is the question's error, reported with the other problems", () => {
    expect(errors({ answerChannel: '' })).toEqual({ answerChannel: t.answerChannel });
    expect(errors({ answerChannel: undefined })).toEqual({ answerChannel: t.answerChannel });
    expect(errors({ answerChannel: null, name: '' })).toEqual({ name: t.nameMissing, answerChannel: t.answerChannel });
    expect(errors({ answerChannel: new File([], 'brev') })).toEqual({ answerChannel: t.answerChannel });
  });
  it('by letter needs no e-mail address', () => {
    expect(data({ answerChannel: 'brev', email: '' })).toMatchObject({ answerChannel: 'brev', email: undefined });
  });
  it('electronically needs an e-mail address, reported with the other problems', () => {
    expect(errors({ answerChannel: 'elektroniskt', email: '' })).toEqual({ email: t.emailMissing });
    expect(errors({ answerChannel: 'elektroniskt', email: ' ', name: '' })).toEqual({ name: t.nameMissing, email: t.emailMissing });
    expect(errors({ answerChannel: 'elektroniskt', email: 'x' })).toEqual({ email: t.emailFormat });
    expect(data({ answerChannel: 'elektroniskt' })).toMatchObject({ answerChannel: 'elektroniskt', email: 'anna@example.se' });
  });
  it('rejects a channel the form does not offer', () => {
    expect(errors({ answerChannel: 'fax' })).toEqual({ answerChannel: t.answerChannel });
  });
});

describe('the messages', () => {
  it('exist for every key in Swedish and in English, and differ', () => {
    const sv = requestText('sv').errors;
    const en = requestText('en').errors;
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const key of Object.keys(sv) as ErrorKey[]) {
      expect(sv[key].length).toBeGreaterThan(0);
      expect(en[key].length).toBeGreaterThan(0);
      expect(en[key]).not.toBe(sv[key]);
    }
  });

  it('explain the personnummer in English, with its format', () => {
    const { errors, fields } = requestText('en');
    expect(fields.personnummer.hint).toContain('Swedish personal identity number (personnummer)');
    expect(fields.personnummer.hint).toContain('coordination number (samordningsnummer)');
    expect(fields.personnummer.hint).toContain('YYYYMMDD-XXXX');
    expect(errors.personnummerFormat).toContain('YYYYMMDD-XXXX');
    expect(errors.correctionTooLong).toContain('2,000');
  });
});
