/**
 * The mail to the company's inbox. Swedish only, whatever the language of the form: the company's staff read Swedish
 * (issue 12). A line names the request's language, so the answer can be written in it.
 */
import type { Locale } from '../locales.ts';

/** Each language of the site, as the language line names it. */
const LANGUAGE_NAMES: Record<Locale, string> = { sv: 'svenska', en: 'engelska' };

export const companyMail = {
  subject: (request: string, reference: string, deadline: string) => `${request} ${reference} – svara senast ${deadline}`,
  intro: 'En ny begäran har kommit in via webbplatsens formulär.',
  /** The GDPR article of each request type. */
  articles: { registerutdrag: 'GDPR artikel 15', rattelse: 'GDPR artikel 16' },
  languageNames: LANGUAGE_NAMES,
  labels: {
    reference: 'Referens',
    received: 'Mottagen',
    deadline: 'Svara senast',
    type: 'Gäller',
    /** The language of the form the request came from, and so of the receipt. */
    language: 'Språk',
    name: 'Namn',
    personnummer: 'Personnummer',
    address: 'Adress',
    postalCode: 'Postnummer',
    city: 'Ort',
    email: 'E-post',
    phone: 'Telefon',
    caseNumber: 'Ärendenummer',
    correction: 'Vilka uppgifter är fel och hur ska de rättas?',
    retention: 'Spara begäran',
  },
  notGiven: '(ej angivet)',
  noReceipt: '(ej angivet: ingen bekräftelse skickas)',
  handling: [
    'Så ska begäran besvaras:',
    '- Skicka svaret med brev, och bara till adressen i folkbokföringen (SPAR), även om adressen ovan är en annan. Aldrig med e-post.',
    '- Stämmer inte namn, personnummer och adress med SPAR: kontakta den som har skrivit innan något lämnas ut eller ändras.',
    '- Svaret är kostnadsfritt.',
  ],
  timing: (deadline: string) =>
    `- Svara utan onödigt dröjsmål och senast ${deadline}. Behövs mer tid (högst två månader till) ska personen få veta det, och varför, före det datumet.`,
};
