/**
 * Swedish strings of the data-request form, its answers, its confirmation and the receipt to the requester: the source
 * that src/i18n/en/requests.ts translates. The mail to the company is Swedish only (./company-mail.ts).
 */
import { CORRECTION_MAX } from '../../requests/limits.ts';

/** How the answer reaches the requester, said the same way on the page, in the confirmation and in the receipt. */
const BY_LETTER =
  'Vi skickar svaret med brev till din folkbokföringsadress, eller till den adress du har angett om du inte är folkbokförd i Sverige, så att bara du får det.';
const ELECTRONIC =
  'Vi kontrollerar först att det är du. Sedan skickar vi svaret elektroniskt på ett skyddat sätt, aldrig som vanlig e-post.';

/**
 * Words that follow a choice in the form, earlier or later on the page: `otherwise` before the choice is made (and in
 * a browser that cannot follow it), then the words for each option value chosen. The form's CSS shows the one that
 * applies, without JavaScript (src/components/form/ByChoice.astro).
 */
export interface ByChoice {
  otherwise: string;
  sverige?: string;
  utlandet?: string;
  brev?: string;
  elektroniskt?: string;
}

export const requests = {
  page: {
    title: 'Begär registerutdrag eller rättelse',
    description:
      'Begär en kopia av de uppgifter vi har om dig (registerutdrag) eller rättelse av uppgifter som är fel. Det är kostnadsfritt, och du väljer om svaret kommer med brev eller elektroniskt.',
    /** Put before the page title when the form has errors. */
    errorTitlePrefix: 'Fel: ',
    /** At most three short paragraphs before the first question. */
    intro:
      'Här kan du begära ett registerutdrag, alltså en kopia av de personuppgifter vi har om dig, eller rättelse av uppgifter som är fel. Det kostar ingenting.',
    byLetter:
      'Du väljer hur du får svaret: med brev eller elektroniskt. Vi skickar det aldrig som vanlig e-post.',
    requiredNote: 'Alla fält måste fyllas i om det inte står att de är frivilliga.',
    protectedIdentity: {
      summary: 'Har du skyddade personuppgifter?',
      text: 'Fyll inte i formuläret. Ring eller skriv till oss i stället, så kommer vi överens om hur du får svaret:',
    },
    submit: 'Skicka begäran',
  },
  /** Art. 12 and 13: what happens to the request's own data, shown under the form. */
  privacy: {
    heading: 'Så behandlar vi uppgifterna i din begäran',
    controller: {
      term: 'Vem som ansvarar',
      text: (company: string, address: string) => `${company}, ${address}, är personuppgiftsansvarig.`,
    },
    purpose: {
      term: 'Varför',
      text: 'För att hantera din begäran om registerutdrag (artikel 15 i dataskyddsförordningen) eller om att rätta eller komplettera uppgifter om dig (artikel 16).',
    },
    legalBasis: {
      term: 'Rättslig grund',
      text: 'Rättslig förpliktelse (artikel 6.1 c): lagen kräver att vi tar emot och besvarar din begäran.',
    },
    /** Art. 13(2)(e): what must be given, why, and what happens without it. */
    required: {
      term: 'Det här måste du fylla i',
      text: 'Vad din begäran gäller, ditt namn, ditt personnummer eller samordningsnummer (har du inget av dem: ditt födelsedatum) och din adress. Vill du få svaret elektroniskt behövs också din e-postadress. Vid en rättelse också vad som är fel eller saknas. Vi behöver uppgifterna för att hitta dig i våra register och för att kunna skicka svaret säkert till dig. Du behöver inte skicka någon kopia av din id-handling.',
    },
    optional: { term: 'Det här är frivilligt', text: 'E-post (när svaret kommer med brev), telefon och ärendenummer.' },
    withoutThem: {
      term: 'Om du inte vill lämna uppgifterna',
      text: 'Utan dem kan vi inte hantera din begäran i formuläret. Du kan skriva eller ringa till oss i stället:',
    },
    /** Art. 13(1)(e), with the art. 19 notices that follow a rättelse. */
    recipients: {
      term: 'Vem som får uppgifterna',
      spar: 'Vi kontrollerar din adress i SPAR, statens personadressregister.',
      corrections:
        'Om vi rättar eller kompletterar uppgifter om dig, meddelar vi det till dem som har fått uppgifterna av oss. Det kan till exempel vara den som har anlitat oss för att driva in skulden (vår uppdragsgivare) och Kronofogden. Du kan fråga oss vilka de är.',
      processors: 'De företag som sköter vår e-post och vår webbserver behandlar uppgifterna åt oss, som personuppgiftsbiträden.',
    },
    /** Shown only when e-ID is configured: what the e-ID gives us, from whom, and why (src/eid/). */
    eid: {
      term: 'Om du styrker din identitet med e-legitimation',
      text: (broker: string, minutes: number) =>
        `Då får vi ditt namn och personnummer från din e-legitimation genom ${broker}, som förmedlar inloggningen åt oss som personuppgiftsbiträde. Vi använder dem för att veta att begäran kommer från dig, så att vi kan skicka svaret säkert, även elektroniskt. Webbplatsen har kvar dem i högst ${minutes} minuter, eller tills du har skickat din begäran.`,
    },
    /** Shown only with the mail provider's sentence from src/site.config.ts. */
    transfer: { term: 'Överföring till länder utanför EU/EES' },
    retention: { term: 'Hur länge vi sparar dem' },
    /** Art. 13(2)(b): the rights over the request's data; objection and portability do not apply under art. 6.1 c. */
    rights: {
      term: 'Dina rättigheter till uppgifterna i din begäran',
      text: 'Du har rätt att få en kopia av dem och att få dem rättade om de är fel eller ofullständiga. Du kan be oss att begränsa hur vi använder dem, och att radera dem när lagen inte längre kräver att vi har kvar dem. Rätten att invända och rätten att flytta uppgifterna (dataportabilitet) gäller inte här, eftersom vi behandlar dem för att lagen kräver det.',
    },
    otherRights: {
      term: 'Dina andra rättigheter',
      before:
        'Vill du använda dina rättigheter för uppgifterna i ditt inkassoärende, till exempel få uppgifter raderade eller invända mot hur vi använder dem? Skriv eller ring till oss. Våra kontaktuppgifter finns på sidan',
      link: 'Kontakt',
    },
    costAndTime: {
      term: 'Kostnad och tid',
      text:
        'Det är kostnadsfritt. Vi svarar utan onödigt dröjsmål och senast en månad efter att vi har fått din begäran. Är din begäran komplicerad, eller får vi många på en gång, kan vi förlänga tiden med högst två månader. Då får du veta det, och varför, inom den första månaden.',
    },
    complaints: {
      term: 'Om du vill klaga',
      before: 'Du har rätt att klaga hos Integritetsskyddsmyndigheten (IMY),',
      link: 'imy.se',
      href: 'https://www.imy.se/',
    },
    policyLinkBefore: 'Läs mer i vår',
    policyLink: 'integritetspolicy',
  },
  /** The optional e-ID (src/eid/): shown only when it is configured. */
  eid: {
    start: 'Styrk din identitet med e-legitimation (frivilligt)',
    startHint:
      'Då vet vi att det är du, och svaret kan komma elektroniskt utan fler kontroller. Du kan också fylla i formuläret utan e-legitimation.',
    verifiedTitle: 'Din identitet är styrkt med e-legitimation',
    name: 'Namn',
    personnummer: 'Personnummer',
    verifiedText: (method: string | undefined) =>
      `${method ? `Styrkt med ${method}. ` : ''}Namn och personnummer kommer från din e-legitimation och kan inte ändras här. Fyll i resten av formuläret.`,
    notices: {
      cancelled: { title: 'Du avbröt e-legitimeringen', text: 'Du kan försöka igen, eller skicka formuläret utan e-legitimation.' },
      refused: {
        title: 'Vi kunde inte styrka din identitet',
        text: 'E-legitimeringen gick inte igenom. Du kan försöka igen, eller skicka formuläret utan e-legitimation.',
      },
      unavailable: {
        title: 'E-legitimering går inte att använda just nu',
        text: 'Tjänsten svarar inte. Du kan skicka formuläret utan e-legitimation, eller försöka igen senare.',
      },
      expired: {
        title: 'Tiden för din e-legitimering har gått ut',
        text: 'Styrk din identitet igen, eller fyll i formuläret utan e-legitimation.',
      },
    },
  },
  fields: {
    type: {
      legend: 'Vad gäller din begäran?',
      options: {
        registerutdrag: { label: 'Registerutdrag', hint: 'En kopia av de uppgifter vi har om dig.' },
        rattelse: { label: 'Rättelse', hint: 'Vi rättar uppgifter om dig som är fel och kompletterar dem som är ofullständiga.' },
      },
    },
    correction: {
      label: 'Vilka uppgifter är fel eller saknas, och hur ska de rättas eller kompletteras?',
      hint: `Högst ${CORRECTION_MAX.toLocaleString('sv-SE')} tecken.`,
    },
    name: { label: 'Namn', hint: 'Ditt för- och efternamn.' },
    idType: {
      legend: 'Har du ett svenskt personnummer eller samordningsnummer?',
      options: {
        personnummer: { label: 'Ja' },
        fodelsedatum: { label: 'Nej, jag har inget svenskt personnummer eller samordningsnummer' },
      },
    },
    personnummer: { label: 'Personnummer eller samordningsnummer', hint: 'ÅÅÅÅMMDD-NNNN.' },
    birthDate: { label: 'Födelsedatum', hint: 'ÅÅÅÅ-MM-DD, till exempel 1985-04-15.' },
    addressType: {
      legend: 'Är du folkbokförd i Sverige?',
      options: {
        sverige: { label: 'Ja, jag är folkbokförd i Sverige' },
        utlandet: {
          label: 'Nej, jag är inte folkbokförd i Sverige',
          hint: 'Till exempel om du bor utomlands eller har ett samordningsnummer. Du kan ändå ha en adress i Sverige.',
        },
      },
    },
    addressGroup: {
      legend: 'Din folkbokföringsadress',
      hint: {
        otherwise: 'Adressen där du är folkbokförd. Vi kontrollerar den i SPAR. Vill du få svaret med brev skickar vi det dit.',
        brev: 'Adressen där du är folkbokförd. Vi kontrollerar den i SPAR och skickar svaret dit med brev.',
        elektroniskt: 'Adressen där du är folkbokförd. Vi kontrollerar den i SPAR för att se att det är du.',
      } as ByChoice,
    },
    address: { label: 'Adress' },
    postalCode: { label: 'Postnummer' },
    city: { label: 'Ort' },
    abroadGroup: {
      legend: 'Din adress',
      hint: {
        otherwise:
          'I Sverige eller i ett annat land. Vi kan inte kontrollera den i folkbokföringen, så vi kan behöva fråga dig något för att se att det är du. Vill du få svaret med brev skickar vi det dit.',
        brev: 'I Sverige eller i ett annat land. Vi kan inte kontrollera den i folkbokföringen, så vi kan behöva fråga dig något för att se att det är du. Vi skickar svaret dit med brev.',
        elektroniskt:
          'I Sverige eller i ett annat land. Vi kan inte kontrollera den i folkbokföringen, så vi kan behöva fråga dig något för att se att det är du.',
      } as ByChoice,
    },
    abroadAddress: { label: 'Adressrad 1' },
    abroadAddress2: { label: 'Adressrad 2 (frivilligt)' },
    abroadPostalCode: { label: 'Postnummer (frivilligt)' },
    abroadCity: { label: 'Ort' },
    country: { label: 'Land' },
    answerChannel: {
      legend: 'Hur vill du få svaret?',
      options: {
        brev: {
          label: {
            otherwise: 'Med brev',
            sverige: 'Med brev till din folkbokföringsadress',
            utlandet: 'Med brev till den adress du har angett',
          } as ByChoice,
          hint: {
            otherwise: 'Till din folkbokföringsadress, eller till den adress du har angett om du inte är folkbokförd i Sverige. Bara du får brevet.',
            sverige: 'Bara du får brevet.',
            utlandet: 'Bara du får brevet.',
          } as ByChoice,
        },
        elektroniskt: { label: 'Elektroniskt', hint: ELECTRONIC },
      },
    },
    email: {
      label: { otherwise: 'E-post (frivilligt om du vill få svaret med brev)', brev: 'E-post (frivilligt)', elektroniskt: 'E-post' } as ByChoice,
      hint: {
        otherwise:
          'Behövs om du vill få svaret elektroniskt. Vi skickar en bekräftelse på att vi har fått din begäran, och frågar om något är oklart.',
        brev: 'Vi skickar en bekräftelse på att vi har fått din begäran, och frågar om något är oklart.',
        elektroniskt:
          'Vi behöver den för att kunna svara dig elektroniskt. Vi skickar också en bekräftelse på att vi har fått din begäran, och frågar om något är oklart.',
      } as ByChoice,
    },
    phone: { label: 'Telefon (frivilligt)', hint: 'Om vi behöver fråga något.' },
    caseNumber: { label: 'Ärendenummer (frivilligt)', hint: 'Står på brev från oss, om du har fått något.' },
    honeypot: { label: 'Lämna det här fältet tomt' },
  },
  /** The schema's messages, by the key its issues carry (src/requests/schema.ts). */
  errors: {
    type: 'Välj om du vill ha ett registerutdrag eller en rättelse',
    nameMissing: 'Skriv ditt namn',
    nameTooLong: 'Namnet får vara högst 200 tecken',
    personnummerMissing: 'Skriv ditt personnummer eller samordningsnummer',
    personnummerFormat: 'Skriv numret med 10 eller 12 siffror, som ÅÅÅÅMMDD-NNNN',
    personnummerInvalid: 'Numret är inte ett giltigt personnummer eller samordningsnummer. Kontrollera datumet och de fyra sista siffrorna',
    idType: 'Välj om du har ett svenskt personnummer eller samordningsnummer',
    birthDateMissing: 'Skriv ditt födelsedatum',
    birthDateFormat: 'Skriv födelsedatumet som ÅÅÅÅ-MM-DD, till exempel 1985-04-15',
    birthDateInvalid: 'Födelsedatumet måste vara ett riktigt datum som har passerat',
    addressType: 'Välj om du är folkbokförd i Sverige',
    addressMissing: 'Skriv din adress',
    addressTooLong: 'Adressen får vara högst 200 tecken',
    postalCodeMissing: 'Skriv ditt postnummer',
    postalCodeFormat: 'Skriv postnumret med 5 siffror, som 123 45',
    cityMissing: 'Skriv din ort',
    cityTooLong: 'Orten får vara högst 100 tecken',
    abroadAddressMissing: 'Skriv din adress',
    abroadAddressTooLong: 'Varje adressrad får vara högst 200 tecken',
    abroadPostalCodeTooLong: 'Postnumret får vara högst 20 tecken',
    abroadCityMissing: 'Skriv din ort',
    abroadCityTooLong: 'Orten får vara högst 100 tecken',
    countryMissing: 'Skriv vilket land adressen finns i',
    countryTooLong: 'Landet får vara högst 100 tecken',
    answerChannel: 'Välj hur du vill få svaret',
    emailMissing: 'Skriv din e-postadress, eller välj att få svaret med brev',
    emailFormat: 'Skriv e-postadressen i rätt format, som namn@exempel.se, eller lämna fältet tomt',
    phoneFormat: 'Skriv telefonnumret med siffror, som 070-123 45 67',
    caseNumberTooLong: 'Ärendenumret får vara högst 50 tecken',
    correctionMissing: 'Beskriv vilka uppgifter som är fel eller saknas, och hur de ska rättas eller kompletteras',
    correctionTooLong: `Beskrivningen får vara högst ${CORRECTION_MAX.toLocaleString('sv-SE')} tecken`,
  },
  /** The error summary's heading and text for each kind of problem; the ways to reach us follow the text. */
  problems: {
    invalid: { title: 'Det finns ett problem' },
    /** After the ways to reach us, when the answers are still in the form. */
    inputsKept: 'Det du har skrivit finns kvar i formuläret nedan.',
    delivery: {
      title: 'Din begäran kunde inte skickas',
      text: 'Den har inte kommit fram till oss. Försök igen om en stund, eller skriv eller ring till oss:',
    },
    rateLimited: {
      title: 'Du har skickat många förfrågningar på kort tid',
      text: (minutes: number) =>
        `Vänta ${minutes === 1 ? 'en minut' : `${minutes} minuter`} och försök igen, eller skriv eller ring till oss:`,
    },
    tooLarge: {
      title: 'Formuläret innehöll för mycket text',
      text: 'Vi kunde inte ta emot det. Korta texten och försök igen, eller skriv eller ring till oss:',
    },
    honeypot: {
      title: 'Formuläret kunde inte tas emot',
      text: 'Fältet ”Lämna det här fältet tomt” ska vara tomt. Töm det och försök igen, eller skriv eller ring till oss:',
    },
    unknown: {
      title: 'Formuläret kunde inte tas emot',
      text: 'Försök igen om en stund, eller skriv eller ring till oss:',
    },
  },
  confirmation: {
    title: 'Vi har tagit emot din begäran',
    description: 'Bekräftelse på en begäran om registerutdrag eller rättelse.',
    referenceLabel: 'Ditt referensnummer',
    shownOnce: 'Skriv ner referensnumret. Den här sidan visas bara en gång.',
    typeLabel: 'Din begäran gäller',
    nextHeading: 'Vad händer nu?',
    answerBy: (deadline: string) => `Vi svarar senast ${deadline}.`,
    /** How the answer comes, by the channel chosen. */
    channel: { brev: BY_LETTER, elektroniskt: ELECTRONIC },
    mayContact: 'Vi kan kontakta dig om något i din begäran är oklart.',
    receipt: 'Vi skickar också en bekräftelse till din e-postadress. Om den inte kommer fram har vi ändå tagit emot din begäran.',
    quoteReference: 'Ange referensnumret om du kontaktar oss om din begäran:',
    back: 'Till startsidan',
  },
  /** After the bound, when the mail server took the request but did not say it accepted it. */
  unconfirmed: {
    title: 'Vi kunde inte bekräfta att din begäran kom fram',
    description: 'Din begäran kan ha kommit fram. Skicka den inte igen.',
    text: 'Vår e-postserver svarade inte i tid, så vi kan inte bekräfta att din begäran har kommit fram. Den kan ha kommit fram.',
    doNotResend: 'Skicka inte begäran igen.',
    receipt: 'Om den har kommit fram får du en bekräftelse till din e-postadress.',
    contact: 'Vill du veta säkert? Ring eller skriv till oss och ange referensnumret:',
  },
  /** The confirmation page without a confirmation to show (reloaded, or opened later). */
  nothingToShow: {
    title: 'Det finns ingen bekräftelse att visa',
    description: 'En bekräftelse visas bara en gång, direkt efter att du har skickat en begäran.',
    text: 'En bekräftelse visas bara en gång, direkt efter att du har skickat en begäran. Har du redan fått ett referensnummer gäller det.',
    formLink: 'Till formuläret för registerutdrag och rättelse',
  },
  /** How each request type is named on the confirmation page and in the mails. */
  typeNames: {
    registerutdrag: { label: 'Registerutdrag', request: 'Begäran om registerutdrag' },
    rattelse: { label: 'Rättelse', request: 'Begäran om rättelse' },
  },
  /** The receipt to the requester: a fixed text with the reference and the deadline, in the language of the form. */
  receipt: {
    subject: (reference: string) => `Vi har tagit emot din begäran ${reference}`,
    greeting: 'Hej!',
    received: (request: string) => `Vi har tagit emot din ${request.toLowerCase()}.`,
    reference: 'Referensnummer',
    deadline: 'Vi svarar senast',
    /** How the answer comes, by the channel chosen. */
    channel: { brev: BY_LETTER, elektroniskt: ELECTRONIC },
    mayContact: 'Vi kan kontakta dig om något i din begäran är oklart. Ange referensnumret om du kontaktar oss.',
    notYou: 'Har du inte skickat någon begäran till oss? Kontakta oss, så utreder vi det.',
    phone: 'Telefon',
    email: 'E-post',
    automatic: 'Det här är ett automatiskt meddelande.',
  },
  /** When a request came in: a date and a time in Sweden. */
  dates: {
    receivedAt: (date: string, time: string) => `${date} kl. ${time} (svensk tid)`,
  },
};

export type RequestText = typeof requests;
