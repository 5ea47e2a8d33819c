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
    abroadAddress: 'Angiven adress',
    abroadPostalCode: 'Postnummer (angiven adress)',
    abroadCity: 'Ort (angiven adress)',
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
  /** The line naming how, when and by whom the person was verified with e-ID on the form (src/eid/): method, acr, time, issuer. */
  verifiedLine: (method: string, acr: string, time: string, issuer: string) =>
    `Identiteten är styrkt med e-legitimation: ${method === acr ? acr : `${method} (${acr})`} den ${time} genom ${issuer}. Personnumret kommer från e-legitimationen.`,
  handlingHeading: 'Så ska begäran besvaras:',
  /** Mail hygiene: the Reply-To is the address the person typed, never checked (only with an e-mail address). */
  replyTo:
    '- Svara inte på det här mejlet med personuppgifter. Svarsadressen (Reply-To) är den e-postadress som skrevs i formuläret, och den är inte kontrollerad. Svaret går aldrig dit.',
  /** How to check the identity, one method per case (mail.ts: identityCase). */
  identity: {
    /** Verified with e-ID by an accepted method (EID_ACR_VALUES): the only case in which no further check is needed. */
    eid: (method: string) => [
      `- Identiteten är styrkt med e-legitimation, ${method}, som är en godkänd metod: ingen ytterligare kontroll behövs. Namn och personnummer kommer från e-legitimationen, inte från det som skrevs i formuläret.`,
    ],
    /** Folkbokförd in Sweden, without e-ID: what reaches the SPAR address makes it safe; a match proves nothing. */
    folkbokford: [
      '- Namn, personnummer och adress är offentliga uppgifter. Att de stämmer med SPAR visar inte att det är personen själv som har skrivit.',
      '- Det som gör svaret säkert är att det når personen genom adressen i folkbokföringen (SPAR), även om adressen ovan är en annan.',
    ],
    /** Not folkbokförd: SPAR cannot confirm the address; verify in proportion (EDPB Guidelines 01/2022, punkt 69–78). */
    notFolkbokford: [
      '- Personen är inte folkbokförd i Sverige (samordningsnummer eller födelsedatum, och en angiven adress i Sverige eller ett annat land): SPAR kan inte bekräfta adressen.',
      '- Kontrollera identiteten i proportion till vad som lämnas ut (EDPB:s riktlinjer 01/2022, punkt 69–78): använd först det vi redan vet om personen och skulden (t.ex. ärendenummer, belopp, borgenär, tidigare kontakter och adresser).',
      '- Be bara om fler uppgifter om det behövs. En kopia av en id-handling bara när det är motiverat, och radera kopian när kontrollen är gjord.',
      '- Kontrollera också adressen som svaret ska gå till. Lämna inte ut eller ändra något förrän identiteten är kontrollerad.',
    ],
  },
  /** By letter: to the SPAR address for someone folkbokförd, else to the address the company has checked. */
  letter: {
    spar: '- Personen vill ha svaret med brev: skicka det till adressen i folkbokföringen (SPAR), inte till en annan adress som skrevs i formuläret.',
    checked: '- Personen vill ha svaret med brev: skicka det till den kontrollerade adressen.',
  },
  /** Electronically (art. 15(3)): by the protected way only, after the case's check. */
  electronic: {
    eid: ['- Personen vill ha svaret elektroniskt (artikel 15.3): skicka det på det skyddade sättet, aldrig till e-postadressen ovan.'],
    folkbokford: [
      '- Personen vill ha svaret elektroniskt (artikel 15.3). Utan e-legitimation är identiteten inte kontrollerad: skicka först en engångskod eller en länk med brev till adressen i folkbokföringen (SPAR).',
      '- Lämna ut svaret på det skyddade sättet först när personen har använt koden eller länken från brevet, aldrig till e-postadressen ovan.',
    ],
    notFolkbokford: [
      '- Personen vill ha svaret elektroniskt (artikel 15.3): lämna ut det på det skyddade sättet först när identiteten är kontrollerad enligt ovan, aldrig till e-postadressen ovan.',
    ],
  },
  /** The company's protected way (site.protectedAnswer), or what to do while none is set. */
  protectedWay: (way: string | undefined) =>
    way
      ? `- Det skyddade sättet, så som personen har fått det beskrivet: ${way} Skicka aldrig uppgifterna okrypterat eller som vanlig e-post.`
      : '- Inget skyddat sätt att svara elektroniskt är angivet ännu. Skicka aldrig uppgifterna okrypterat eller som vanlig e-post: skriv till personen med brev om hur svaret kan lämnas.',
  /** Only for a rättelse: restrict while checking (art. 18(1)(a)), correct once checked, tell the recipients (art. 19). */
  correction: [
    '- Rättelse: begränsa användningen av de uppgifter som personen säger är fel medan ni kontrollerar dem (artikel 18.1 a). Markera dem i ärendet och använd dem inte förrän kontrollen är gjord.',
    '- Ändra ingenting förrän identiteten och uppgifterna är kontrollerade. Rätta eller komplettera sedan de uppgifter som är fel eller ofullständiga, och bekräfta det för personen på samma sätt som svaret skickas.',
    '- Efter en rättelse: berätta om den för varje mottagare som har fått uppgifterna (t.ex. uppdragsgivaren), om det inte är omöjligt eller kräver oproportionerligt stor ansträngning (artikel 19). Personen har rätt att få veta vilka mottagarna är, om hen frågar.',
  ],
  /** Art. 12(4): a refusal, or a person who cannot be identified, is answered too, with the reasons and the remedies. */
  refusal: (deadline: string) =>
    `- Gör ni inte det som personen begär, eller kan ni inte identifiera personen: berätta det för personen senast ${deadline}, med skälen, och att hen kan klaga hos Integritetsskyddsmyndigheten (IMY) eller gå till domstol (artikel 12.4).`,
  free: '- Svaret är kostnadsfritt.',
  timing: (deadline: string) =>
    `- Svara utan onödigt dröjsmål och senast ${deadline}. Behövs mer tid (högst två månader till) ska personen få veta det, och varför, före det datumet.`,
};
