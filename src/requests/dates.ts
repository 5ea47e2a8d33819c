/** Times of a data request in Swedish time, in the reader's language: when it was received, and by when it must be answered. */
import { LOCALE_INFO, type Locale } from '../i18n/locales.ts';
import { requestText } from '../i18n/requests.ts';
import { SWEDISH_TIME_ZONE, swedishDate } from '../lib/dates.ts';
import { dateTimeFormat } from '../lib/intl.ts';

/**
 * The last day to answer: the same date one month after the request came in (GDPR art. 12.3);
 * when that month is shorter, its last day (31 January → 28 or 29 February). Returned as YYYY-MM-DD.
 */
export function answerDeadline(received: Date): string {
  const { year, month, day } = swedishDate(received);
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const lastDay = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${nextYear}-${pad(nextMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** "25 november 2026 kl. 21:14 (svensk tid)" (sv), "25 November 2026 at 21:14 (Swedish time)" (en) for an instant. */
export function formatReceived(at: Date, locale: Locale): string {
  const intl = LOCALE_INFO[locale].intl;
  const date = dateTimeFormat(intl, { timeZone: SWEDISH_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const time = dateTimeFormat(intl, { timeZone: SWEDISH_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return requestText(locale).dates.receivedAt(date, time);
}
