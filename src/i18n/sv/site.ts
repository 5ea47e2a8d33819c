/** Swedish interface strings shared by every page: the source every other language is checked against. */
export const site = {
  skipLink: 'Hoppa till innehållet',
  navLabel: 'Huvudmeny',
  /** The button that opens the navigation on a phone. */
  menuButton: 'Meny',
  /** The page names in the navigation, the footer and the start page's links, by route (src/i18n/routes.ts). */
  pageNames: {
    home: 'Start',
    privacy: 'Integritetspolicy',
    cookies: 'Cookies',
    request: 'Begär dina uppgifter',
    contact: 'Kontakt',
    accessibility: 'Tillgänglighet',
  },
  /** The link to the same page in the other language, named in that language (the switch says so with lang). */
  languageSwitch: {
    /** Accessible name of the switch's region. */
    label: 'Språk',
  },
  /** On a page that translates the client's Swedish text: which text applies. Empty in Swedish, the source. */
  translationNotice: '',
  footerLabel: 'Sidfot',
  footerContactHeading: 'Kontakt',
  footerLinksHeading: 'Mer information',
  phoneLabel: 'Tel:',
  emailLabel: 'E-post:',
  organisationsnummerLabel: 'Organisationsnummer:',
  titleSuffix: 'J A Inkasso & Consulting AB',
  /** The header's line under the wordmark: who this is, in a few words. */
  purpose: 'Inkassobolag i Gävle',
  /** The start page: the debtor's question, one line of what to do, the one primary action, then the other pages. */
  start: {
    question: 'Har du fått ett brev från oss?',
    lead: 'Du kan begära ett utdrag av de uppgifter vi har om dig, eller att vi rättar något som är fel.',
    action: 'Begär dina uppgifter',
    moreHeading: 'Mer information',
  },
  tocHeading: 'På den här sidan',
  /** The start page's other pages, after its primary action to the form. */
  startLinks: {
    privacy: { label: 'Integritetspolicy', text: 'Hur vi behandlar och skyddar dina personuppgifter.' },
    contact: { label: 'Kontakt', text: 'Post, telefon och e-post.' },
    cookies: { label: 'Cookies', text: 'Vilka cookies vi använder och hur du ändrar ditt val.' },
  },
  /**
   * The site's own supplement on the privacy policy, beside the client's text (as /cookies/ has one): what the
   * dataskyddsförordningen itself says of the reader's rights, and the company's facts once set in src/site.config.ts.
   */
  privacySupplement: {
    id: 'kompletterande-information',
    heading: 'Kompletterande information om dina rättigheter',
    lead:
      'Det här avsnittet är inte en del av vår integritetspolicy ovan. Det sammanfattar vad dataskyddsförordningen ' +
      '(GDPR) säger om dina rättigheter och hur du använder dem.',
    /** The company's facts, each shown only once set. */
    legalBasis: { term: 'Rättslig grund för inkassoverksamheten' },
    retention: { term: 'Hur länge uppgifterna sparas' },
    rights: [
      {
        term: 'Rätt till registerutdrag',
        text:
          'Du har rätt att få veta om vi behandlar personuppgifter om dig och i så fall få en kopia av dem (registerutdrag). ' +
          'Kopian är kostnadsfri. Begär du fler kopior får vi ta ut en rimlig avgift för våra administrativa kostnader ' +
          '(artikel 15 i dataskyddsförordningen).',
      },
      {
        term: 'Rätt till rättelse',
        text: 'Du har rätt att få felaktiga uppgifter om dig rättade och ofullständiga uppgifter kompletterade (artikel 16).',
      },
      {
        term: 'Rätt till radering',
        text:
          'Du har rätt att få dina uppgifter raderade, till exempel när de inte längre behövs för det ändamål de samlades in för. ' +
          'Rätten gäller inte uppgifter som vi måste spara enligt lag eller behöver för att fastställa, göra gällande eller ' +
          'försvara rättsliga anspråk (artikel 17).',
      },
      {
        term: 'Rätt till begränsning',
        text:
          'Du har rätt att begära att vi begränsar behandlingen av dina uppgifter, till exempel medan vi kontrollerar om de ' +
          'är riktiga. Då får vi i regel bara spara dem (artikel 18).',
      },
      {
        term: 'Rätt att invända',
        text:
          'När vi behandlar dina uppgifter med stöd av ett berättigat intresse har du rätt att invända mot behandlingen, av ' +
          'skäl som gäller din särskilda situation. Vi får då bara fortsätta om vi kan visa tvingande berättigade skäl som ' +
          'väger tyngre än dina intressen, eller om behandlingen behövs för att fastställa, göra gällande eller försvara ' +
          'rättsliga anspråk (artikel 21).',
      },
      {
        term: 'När du får svar',
        text:
          'Vi ska svara utan onödigt dröjsmål och inom en månad. Är begäran komplicerad, eller har vi fått många, får tiden ' +
          'förlängas med högst två månader; det meddelar vi dig i så fall inom en månad (artikel 12.3).',
      },
    ],
    /** How to use the rights: the text, the form's link, and what follows it. */
    use: {
      term: 'Så använder du dina rättigheter',
      text: 'Registerutdrag och rättelse begär du med formuläret',
      link: 'Begär dina uppgifter',
      after: '. För de andra rättigheterna kontaktar du oss, med kontaktuppgifterna ovan.',
    },
    complaint: {
      term: 'Klagomål till IMY',
      text:
        'Om du anser att vi behandlar dina personuppgifter felaktigt har du rätt att lämna ett klagomål till ' +
        'Integritetsskyddsmyndigheten (IMY), artikel 77:',
      link: 'www.imy.se',
      after: '.',
    },
  },
  /** Facts of the accessibility statement, shown only once set in src/site.config.ts. */
  accessibilityFacts: {
    assessedOn: (date: string) => `Vi bedömde webbplatsens tillgänglighet senast den ${date}.`,
    responseTime: (time: string) => `Vi svarar ${time}.`,
    updatedOn: (date: string) => `Redogörelsen uppdaterades senast den ${date}.`,
    gapPlan: (date: string) =>
      `Vi planerar att åtgärda bristen senast den ${date}, genom att ändra hur cookieinställningarna visar tabellerna på smala skärmar.`,
  },
  notFound: {
    title: 'Sidan finns inte',
    description: 'Sidan du letade efter finns inte. Här hittar du vägen vidare till våra sidor och våra kontaktuppgifter.',
    lead: 'Sidan du letade efter finns inte. Adressen kan vara felstavad, eller så har sidan flyttats.',
    next: 'Här kan du gå vidare:',
  },
};

export type SiteText = typeof site;
