/** Swedish strings of the data-request form, its answers, its e-mails and its confirmation. */
import { CORRECTION_MAX } from '../requests/limits';

export const requestText = {
  page: {
    title: 'Begär registerutdrag eller rättelse',
    description:
      'Begär en kopia av de uppgifter vi har om dig (registerutdrag) eller rättelse av uppgifter som är fel. Vi svarar inom en månad.',
    /** Put before the page title when the form has errors. */
    errorTitlePrefix: 'Fel: ',
    intro: 'Här kan du begära ett registerutdrag, alltså en kopia av de personuppgifter vi har om dig, eller rättelse av uppgifter som är fel.',
    whyWeAsk:
      'Vi frågar efter namn, personnummer och adress för att vara säkra på att det är du. Bara då kan vi lämna ut eller ändra dina uppgifter.',
    deadline: 'Vi svarar inom en månad.',
    noIdCopy: 'Du behöver inte skicka någon kopia av din id-handling. Vi kan kontakta dig för att bekräfta att det är du.',
    protectedIdentity: 'Har du skyddade personuppgifter? Fyll inte i formuläret. Ring eller skriv till oss i stället.',
    policyLinkBefore: 'Läs mer om hur vi behandlar dina uppgifter i vår',
    policyLink: 'integritetspolicy',
    requiredNote: 'Alla fält måste fyllas i om det inte står att de är frivilliga.',
    submit: 'Skicka begäran',
  },
  fields: {
    type: {
      legend: 'Vad gäller din begäran?',
      options: {
        registerutdrag: { label: 'Registerutdrag', hint: 'En kopia av de uppgifter vi har om dig.' },
        rattelse: { label: 'Rättelse', hint: 'Vi rättar uppgifter om dig som är fel.' },
      },
    },
    name: { label: 'Namn', hint: 'Ditt för- och efternamn.' },
    personnummer: { label: 'Personnummer', hint: 'ÅÅÅÅMMDD-NNNN. Samordningsnummer går också bra.' },
    addressGroup: { legend: 'Din folkbokföringsadress', hint: 'Dit kan vi skicka svaret.' },
    address: { label: 'Adress' },
    postalCode: { label: 'Postnummer' },
    city: { label: 'Ort' },
    email: { label: 'E-post', hint: 'Hit skickar vi en bekräftelse på att vi har fått din begäran.' },
    phone: { label: 'Telefon (frivilligt)' },
    caseNumber: { label: 'Ärendenummer (frivilligt)', hint: 'Står på brev från oss, om du har fått något.' },
    correction: {
      label: 'Vilka uppgifter är fel och hur ska de rättas?',
      hint: `Behövs bara om du begär rättelse. Högst ${CORRECTION_MAX.toLocaleString('sv-SE')} tecken.`,
    },
    replyBy: {
      legend: 'Hur vill du få svaret?',
      options: {
        brev: { label: 'Brev till din folkbokföringsadress' },
        epost: { label: 'E-post' },
      },
    },
    honeypot: { label: 'Lämna det här fältet tomt' },
  },
  errors: {
    type: 'Välj om du vill ha ett registerutdrag eller en rättelse',
    nameMissing: 'Skriv ditt namn',
    nameTooLong: 'Namnet får vara högst 200 tecken',
    personnummerMissing: 'Skriv ditt personnummer',
    personnummerFormat: 'Skriv personnumret med 10 eller 12 siffror, som ÅÅÅÅMMDD-NNNN',
    personnummerInvalid: 'Personnumret finns inte. Kontrollera datumet och de fyra sista siffrorna',
    addressMissing: 'Skriv din adress',
    addressTooLong: 'Adressen får vara högst 200 tecken',
    postalCodeMissing: 'Skriv ditt postnummer',
    postalCodeFormat: 'Skriv postnumret med 5 siffror, som 123 45',
    cityMissing: 'Skriv din ort',
    cityTooLong: 'Orten får vara högst 100 tecken',
    emailMissing: 'Skriv din e-postadress',
    emailFormat: 'Skriv e-postadressen i rätt format, som namn@exempel.se',
    phoneFormat: 'Skriv telefonnumret med siffror, som 070-123 45 67',
    caseNumberTooLong: 'Ärendenumret får vara högst 50 tecken',
    correctionMissing: 'Beskriv vilka uppgifter som är fel och hur de ska rättas',
    correctionTooLong: `Beskrivningen får vara högst ${CORRECTION_MAX.toLocaleString('sv-SE')} tecken`,
    replyBy: 'Välj hur du vill få svaret',
  },
  summary: { title: 'Det finns ett problem' },
  problems: {
    /** After the list of ways to reach us. */
    inputsKept: 'Det du har skrivit finns kvar i formuläret nedan.',
    delivery: {
      title: 'Din begäran kunde inte skickas',
      text: 'Något gick fel hos oss, och din begäran har inte kommit fram. Försök igen om en stund, eller kontakta oss per post, telefon eller e-post:',
    },
    rateLimited: {
      title: 'Du har skickat många förfrågningar på kort tid',
      text: (minutes: number) =>
        `Vänta ${minutes === 1 ? 'en minut' : `${minutes} minuter`} och försök igen, eller kontakta oss per post, telefon eller e-post:`,
    },
    tooLarge: {
      title: 'Formuläret innehöll för mycket text',
      text: 'Vi kunde inte ta emot det. Korta texten och försök igen, eller kontakta oss per post, telefon eller e-post:',
    },
    honeypot: {
      title: 'Formuläret kunde inte tas emot',
      text: 'Fältet ”Lämna det här fältet tomt” ska vara tomt. Töm det och försök igen, eller kontakta oss per post, telefon eller e-post:',
    },
    unknown: {
      title: 'Formuläret kunde inte tas emot',
      text: 'Försök igen om en stund, eller kontakta oss per post, telefon eller e-post:',
    },
  },
  confirmation: {
    title: 'Vi har tagit emot din begäran',
    description: 'Bekräftelse på att vi har tagit emot din begäran om registerutdrag eller rättelse.',
    referenceLabel: 'Ditt referensnummer',
    typeLabel: 'Din begäran gäller',
    nextHeading: 'Vad händer nu?',
    answerBy: (deadline: string) => `Vi svarar senast ${deadline}.`,
    mayContact: 'Vi kan kontakta dig för att bekräfta att det är du.',
    receipt:
      'Vi skickar också en bekräftelse till din e-postadress. Om den inte kommer fram har vi ändå tagit emot din begäran.',
    quoteReference: 'Ange referensnumret om du kontaktar oss om din begäran.',
    back: 'Till startsidan',
  },
  /** How each request type is named in running text and in the mail. */
  typeNames: {
    registerutdrag: { label: 'Registerutdrag', request: 'Begäran om registerutdrag', article: 'GDPR artikel 15' },
    rattelse: { label: 'Rättelse', request: 'Begäran om rättelse', article: 'GDPR artikel 16' },
  },
  replyByNames: {
    brev: 'Brev till folkbokföringsadressen',
    epost: 'E-post',
  },
  mail: {
    subject: (request: string, reference: string) => `${request} ${reference}`,
    intro: 'En ny begäran har kommit in via webbplatsens formulär.',
    labels: {
      reference: 'Referens',
      received: 'Mottagen',
      deadline: 'Svara senast',
      type: 'Gäller',
      name: 'Namn',
      personnummer: 'Personnummer',
      address: 'Adress',
      postalCode: 'Postnummer',
      city: 'Ort',
      email: 'E-post',
      phone: 'Telefon',
      caseNumber: 'Ärendenummer',
      replyBy: 'Svar önskas som',
      correction: 'Vilka uppgifter är fel och hur ska de rättas?',
    },
    notGiven: '(ej angivet)',
    identityNote: 'Kontrollera identiteten innan uppgifter lämnas ut eller ändras. Svara med brev eller e-post enligt önskemålet ovan.',
    receipt: {
      subject: (reference: string) => `Vi har tagit emot din begäran ${reference}`,
      greeting: 'Hej!',
      received: (request: string) => `Vi har tagit emot din ${request.toLowerCase()}.`,
      reference: 'Referensnummer',
      deadline: 'Vi svarar senast',
      mayContact: 'Vi kan kontakta dig för att bekräfta att det är du. Ange referensnumret om du kontaktar oss.',
      notYou: 'Har du inte skickat någon begäran till oss? Kontakta oss, så utreder vi det.',
      automatic: 'Det här är ett automatiskt meddelande.',
    },
  },
} as const;
