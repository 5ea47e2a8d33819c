/** Times of a data request in Swedish time: when it was received, and by when it must be answered. */

const TIME_ZONE = 'Europe/Stockholm';

/** The calendar date in Sweden at an instant. */
export function swedishDate(at: Date): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

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

/** "25 december 2026" for a YYYY-MM-DD date. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** "25 november 2026 kl. 21:14 (svensk tid)" for an instant. */
export function formatReceived(at: Date): string {
  const date = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(at);
  return `${date} kl. ${time} (svensk tid)`;
}
