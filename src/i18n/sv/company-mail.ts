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
    personnummer: 'Personnummer/samordningsnummer',
    birthDate: 'Födelsedatum (inget svenskt personnummer eller samordningsnummer)',
    address: 'Adress',
    postalCode: 'Postnummer',
    city: 'Ort',
    abroadAddress: 'Adress utomlands',
    abroadPostalCode: 'Postnummer utomlands',
    abroadCity: 'Ort utomlands',
    country: 'Land',
    answerChannel: 'Svaret önskas',
    email: 'E-post',
    phone: 'Telefon',
    caseNumber: 'Ärendenummer',
    correction: 'Vilka uppgifter är fel eller saknas, och hur ska de rättas eller kompletteras?',
    retention: 'Spara begäran',
  },
  notGiven: '(ej angivet)',
  noReceipt: '(ej angivet: ingen bekräftelse skickas)',
  /** How the person chose to get the answer, as the mail names it. */
  channelNames: { brev: 'med brev', elektroniskt: 'elektroniskt' },
  handlingHeading: 'Så ska begäran besvaras:',
  /** Folkbokförd in Sweden: the letter to the SPAR address is what makes it safe; a match proves nothing. */
  spar: [
    '- Namn, personnummer och adress är offentliga uppgifter. Att de stämmer med SPAR visar inte att det är personen själv som har skrivit.',
    '- Det som gör svaret säkert är att det går till adressen i folkbokföringen (SPAR), även om adressen ovan är en annan.',
  ],
  /** Not folkbokförd: SPAR cannot confirm the address; verify in proportion (EDPB Guidelines 01/2022, punkt 69–78). */
  notFolkbokford: [
    '- Personen är inte folkbokförd i Sverige (samordningsnummer, födelsedatum eller adress utomlands): SPAR kan inte bekräfta adressen.',
    '- Kontrollera identiteten i proportion till vad som lämnas ut (EDPB:s riktlinjer 01/2022, punkt 69–78): använd först det vi redan vet om personen och skulden (t.ex. ärendenummer, belopp, borgenär, tidigare kontakter och adresser).',
    '- Be bara om fler uppgifter om det behövs. En kopia av en id-handling bara när det är motiverat, och radera kopian när kontrollen är gjord.',
    '- Lämna inte ut eller ändra något förrän identiteten är kontrollerad.',
  ],
  /** By the channel chosen. */
  channel: {
    brev: '- Personen vill ha svaret med brev: skicka det till adressen i folkbokföringen (SPAR), eller till den kontrollerade adressen utomlands.',
    elektroniskt:
      '- Personen vill ha svaret elektroniskt (artikel 15.3): kontrollera identiteten innan något lämnas ut. Skicka aldrig uppgifterna okrypterat, och aldrig som vanlig e-post.',
  },
  /** When the person verified their identity with e-ID on the form (src/eid/). */
  verified: {
    line: (method: string | undefined, time: string, issuer: string) =>
      `Identiteten är styrkt med e-legitimation (${method ?? 'metod ej angiven av utfärdaren'}, ${time}, ${issuer}). Personnumret kommer från e-legitimationen.`,
    handling: '- Identiteten är styrkt med e-legitimation: namn och personnummer kommer från e-legitimationen, inte från det som skrevs i formuläret.',
    channel: {
      brev: '- Personen vill ha svaret med brev: skicka det till adressen i folkbokföringen (SPAR), eller till adressen utomlands.',
      elektroniskt:
        '- Personen vill ha svaret elektroniskt (artikel 15.3) och har styrkt sin identitet med e-legitimation: ingen ytterligare kontroll behövs. Skicka svaret på ett skyddat sätt, aldrig okrypterat och aldrig som vanlig e-post.',
    },
  },
  /** Only for a rättelse. */
  correction:
    '- Rättelse: bekräfta rättelsen med personen, med brev till adressen i folkbokföringen (SPAR) eller på den kontrollerade vägen, innan något ändras.',
  free: '- Svaret är kostnadsfritt.',
  timing: (deadline: string) =>
    `- Svara utan onödigt dröjsmål och senast ${deadline}. Behövs mer tid (högst två månader till) ska personen få veta det, och varför, före det datumet.`,
};
