import { describe, expect, it } from 'vitest';
import { answerDeadline, formatReceived } from '../../../src/requests/dates';
import { formatDate } from '../../../src/lib/dates';

describe('answer deadline', () => {
  it('is the same date one month later, in Swedish time', () => {
    expect(answerDeadline(new Date('2026-11-25T10:00:00Z'))).toBe('2026-12-25');
    expect(answerDeadline(new Date('2026-12-15T10:00:00Z'))).toBe('2027-01-15');
  });
  it('counts from the Swedish date, not UTC', () => {
    // 23:30 UTC on 30 April is 01:30 on 1 May in Stockholm.
    expect(answerDeadline(new Date('2026-04-30T23:30:00Z'))).toBe('2026-06-01');
  });
  it('ends on the last day of a shorter month', () => {
    expect(answerDeadline(new Date('2027-01-31T10:00:00Z'))).toBe('2027-02-28');
    expect(answerDeadline(new Date('2028-01-30T10:00:00Z'))).toBe('2028-02-29');
    expect(answerDeadline(new Date('2026-03-31T10:00:00Z'))).toBe('2026-04-30');
  });
});

describe('formats', () => {
  it('writes dates the Swedish way', () => {
    expect(formatDate('2026-12-25', 'sv')).toBe('25 december 2026');
    expect(formatReceived(new Date('2026-11-25T21:14:00Z'), 'sv')).toBe('25 november 2026 kl. 22:14 (svensk tid)');
    expect(formatReceived(new Date('2026-07-01T08:05:00Z'), 'sv')).toBe('1 juli 2026 kl. 10:05 (svensk tid)');
  });

  it('writes dates the British way in English, still in Swedish time', () => {
    expect(formatDate('2026-12-25', 'en')).toBe('25 December 2026');
    expect(formatReceived(new Date('2026-11-25T21:14:00Z'), 'en')).toBe('25 November 2026 at 22:14 (Swedish time)');
    expect(formatReceived(new Date('2026-07-01T08:05:00Z'), 'en')).toBe('1 July 2026 at 10:05 (Swedish time)');
  });
});
