import { describe, expect, it } from 'vitest';
import { normalisePersonnummer } from '../../../src/lib/personnummer';

const now = new Date('2026-11-25T10:00:00Z');

describe('a personnummer as typed or as an e-ID sends it', () => {
  it('is written ÅÅÅÅMMDD-NNNN, from 10 or 12 digits with or without a dash, spaces ignored', () => {
    for (const input of ['198504152383', '19850415-2383', '850415-2383', '8504152383', ' 850415 - 2383 '])
      expect(normalisePersonnummer(input, now)).toEqual({ ok: true, value: '19850415-2383' });
  });

  it('takes a samordningsnummer (the day plus 60) and the + of someone 100 or older', () => {
    expect(normalisePersonnummer('850475-2380', now)).toEqual({ ok: true, value: '19850475-2380' });
    expect(normalisePersonnummer('121212+1212', now)).toEqual({ ok: true, value: '19121212-1212' });
  });

  it('says what is wrong: nothing typed, the wrong shape, or a number that is not one', () => {
    expect(normalisePersonnummer('  ', now)).toEqual({ ok: false, problem: 'missing' });
    expect(normalisePersonnummer('85-04-15-2383', now)).toEqual({ ok: false, problem: 'format' });
    expect(normalisePersonnummer('19850415-2384', now)).toEqual({ ok: false, problem: 'invalid' });
  });

  it("refuses a birth after today in Sweden, and takes one born today: Sweden's date, not UTC's", () => {
    expect(normalisePersonnummer('20261125-1238', now)).toEqual({ ok: true, value: '20261125-1238' });
    expect(normalisePersonnummer('20261126-1237', now)).toEqual({ ok: false, problem: 'invalid' });
    // 23:30 UTC on 25 November is already 26 November in Sweden: born then is born today.
    expect(normalisePersonnummer('20261126-1237', new Date('2026-11-25T23:30:00Z'))).toEqual({ ok: true, value: '20261126-1237' });
    // A samordningsnummer's day, minus 60, is its birth day: 85 is born today, 86 tomorrow.
    expect(normalisePersonnummer('20261185-1235', now)).toEqual({ ok: true, value: '20261185-1235' });
    expect(normalisePersonnummer('20261186-1234', now)).toEqual({ ok: false, problem: 'invalid' });
    expect(normalisePersonnummer('20261186-1234', new Date('2026-11-26T10:00:00Z'))).toEqual({ ok: true, value: '20261186-1234' });
  });
});
