/**
 * Intl formatters made once per locale and options, and reused. Each one holds ICU objects in native memory that V8
 * does not count towards its heap, so making new ones per request grows the server's memory until a full collection.
 */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<F, O>(cache: Map<string, F>, make: (locale: string, options?: O) => F, locale: string, options?: O): F {
  const key = `${locale} ${JSON.stringify(options ?? {})}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
}

/** `new Intl.DateTimeFormat(locale, options)`, made once. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateTimeFormats, (l, o) => new Intl.DateTimeFormat(l, o), locale, options);
}

/** `new Intl.PluralRules(locale)`, made once. */
export function pluralRulesOf(locale: string): Intl.PluralRules {
  return cached(pluralRules, (l) => new Intl.PluralRules(l), locale);
}

/** `new Intl.NumberFormat(locale)`, made once. */
export function numberFormat(locale: string): Intl.NumberFormat {
  return cached(numberFormats, (l) => new Intl.NumberFormat(l), locale);
}

/** `new Intl.ListFormat(locale, options)`, made once. */
export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return cached(listFormats, (l, o) => new Intl.ListFormat(l, o), locale, options);
}
