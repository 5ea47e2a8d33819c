/** The cookie consent's strings in the visitor's language, and durations and lists written as that language writes them. */
import { LOCALE_INFO, type Locale } from './locales.ts';
import { listFormat, numberFormat, pluralRulesOf } from '../lib/intl.ts';
import { consent as sv, type ConsentText } from './sv/consent.ts';
import { consent as en } from './en/consent.ts';

export type { ConsentText };

const texts: Record<Locale, ConsentText> = { sv, en };

export function consentText(locale: Locale): ConsentText {
  return texts[locale];
}

export type DurationUnit = keyof ConsentText['units'];

/** "1 timme", "2 timmar", "2 years": a number and its unit, in the plural the language's rules pick. */
export function formatQuantity(count: number, unit: DurationUnit, locale: Locale): string {
  const { intl } = LOCALE_INFO[locale];
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string } = texts[locale].units[unit];
  const form = forms[pluralRulesOf(intl).select(count)] ?? forms.other;
  return `${numberFormat(intl).format(count)} ${form}`;
}

const SECONDS: [DurationUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
];

/** How long a cookie is kept, for the table: "182 dagar", "2 år", "10 minutes", in the largest whole unit. */
export function formatDuration(seconds: number, locale: Locale): string {
  for (const [unit, size] of SECONDS) {
    if (seconds % size === 0) return formatQuantity(seconds / size, unit, locale);
  }
  return formatQuantity(Math.round(seconds / 60), 'minute', locale);
}

/** "_ga och _ga_X", "a, b and c": names joined as the language joins them. */
export function formatList(items: string[], locale: Locale): string {
  return listFormat(LOCALE_INFO[locale].intl, { type: 'conjunction' }).format(items);
}
