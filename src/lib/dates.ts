/**
 * Calendar dates, as the form, its mails and the accessibility statement use them: the date in Sweden at an instant
 * (the one implementation: the personnummer's and the date of birth's "not in the future", the answer's deadline),
 * and a date written in the reader's language.
 */
import { LOCALE_INFO, type Locale } from '../i18n/locales.ts';
import { dateTimeFormat } from './intl.ts';

/** Sweden's time zone: the company's, whatever the server's or the visitor's. */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

/** A calendar date: month 1–12, day 1–31. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date in Sweden at an instant. */
export function swedishDate(at: Date): CalendarDate {
  const parts = dateTimeFormat('en-CA', { timeZone: SWEDISH_TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The date in Sweden at an instant as YYYYMMDD: compared as strings, such dates order as the days do. */
export function swedishToday(now: Date): string {
  const { year, month, day } = swedishDate(now);
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/** "25 december 2026" (sv), "25 December 2026" (en) for a YYYY-MM-DD date. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return dateTimeFormat(LOCALE_INFO[locale].intl, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
