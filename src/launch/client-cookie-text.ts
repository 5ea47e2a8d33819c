/**
 * The statements in the client's cookie text (content/cookies.mdx) that docs/integritetspolicy-forslag.md
 * proposes to replace, because they are wrong or outdated once Google Analytics runs. One list, read by preflight.
 */
export interface OutdatedStatement {
  /** The exact words to look for in the client's text. */
  phrase: string;
  /** Why it must go before GA goes live, in one line. */
  reason: string;
}

export const OUTDATED_COOKIE_STATEMENTS: readonly OutdatedStatement[] = [
  { phrase: 'Google Inc.', reason: 'the provider for the EEA is Google Ireland Ltd (redline 1); Google Inc. is Google LLC since 2017' },
  {
    phrase: 'inte möjligt att spåra identiteten',
    reason: 'GA data are personal data (IMY decisions on Google Analytics, 2023; redline 2)',
  },
  { phrase: 'tredje part cookies', reason: 'GA4 sets first-party cookies under our own domain, and sends their data to Google (redline 3)' },
  {
    phrase: 'justera inställningarna i din webbläsare',
    reason: 'GA runs only with consent (LEK 9 kap. 28 §), withdrawn under Cookieinställningar, not through the browser (redline 4)',
  },
  {
    phrase: 'en server utomlands',
    reason: 'the transfer must name the USA and its basis, the EU–US Data Privacy Framework (GDPR art. 13(1)(f); redline 5)',
  },
];

/** The outdated statements still found in the text, in the list's order. */
export function outdatedStatements(text: string): OutdatedStatement[] {
  const flat = text.replace(/\s+/g, ' ');
  return OUTDATED_COOKIE_STATEMENTS.filter((s) => flat.includes(s.phrase));
}
