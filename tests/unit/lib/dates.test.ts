import { describe, expect, it } from 'vitest';
import { formatDate, swedishDate, swedishToday } from '../../../src/lib/dates';

describe('the calendar date in Sweden', () => {
  it("is Stockholm's date, not UTC's: a new day begins at midnight Swedish time, summer and winter", () => {
    // Winter (UTC+1): 23:30 UTC on 31 December is 00:30 on 1 January.
    expect(swedishDate(new Date('2026-12-31T22:59:59Z'))).toEqual({ year: 2026, month: 12, day: 31 });
    expect(swedishDate(new Date('2026-12-31T23:00:00Z'))).toEqual({ year: 2027, month: 1, day: 1 });
    // Summer (UTC+2): 22:00 UTC on 30 April is midnight, 1 May.
    expect(swedishDate(new Date('2026-04-30T21:59:59Z'))).toEqual({ year: 2026, month: 4, day: 30 });
    expect(swedishDate(new Date('2026-04-30T22:00:00Z'))).toEqual({ year: 2026, month: 5, day: 1 });
  });

  it('is written YYYYMMDD for comparing, the same date whichever form is asked for', () => {
    expect(swedishToday(new Date('2026-12-31T23:00:00Z'))).toBe('20270101');
    expect(swedishToday(new Date('2026-03-05T10:00:00Z'))).toBe('20260305');
    // The two forms agree at every hour of a day that changes the clocks (29 March 2026, 02:00 → 03:00).
    for (let hour = 0; hour < 26; hour++) {
      const at = new Date(Date.UTC(2026, 2, 28, 20 + hour));
      const { year, month, day } = swedishDate(at);
      expect(swedishToday(at)).toBe(`${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`);
    }
    // As strings, they order as the days do.
    expect(swedishToday(new Date('2026-09-30T12:00:00Z')) < swedishToday(new Date('2026-10-01T12:00:00Z'))).toBe(true);
  });
});

describe('a date in the reader\'s language', () => {
  it('is written the Swedish way in Swedish and the British way in English, the same day whatever the time zone', () => {
    expect(formatDate('2026-12-25', 'sv')).toBe('25 december 2026');
    expect(formatDate('2026-12-25', 'en')).toBe('25 December 2026');
    expect(formatDate('2027-01-01', 'sv')).toBe('1 januari 2027');
  });
});
