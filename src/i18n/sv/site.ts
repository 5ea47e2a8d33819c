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
  /** Facts of the accessibility statement, shown only once set in src/site.config.ts. */
  accessibilityFacts: {
    assessedOn: (date: string) => `Vi bedömde webbplatsens tillgänglighet senast den ${date}.`,
    responseTime: (time: string) => `Vi svarar ${time}.`,
  },
  notFound: {
    title: 'Sidan finns inte',
    description: 'Sidan du letade efter finns inte. Här hittar du vägen vidare till våra sidor och våra kontaktuppgifter.',
    lead: 'Sidan du letade efter finns inte. Adressen kan vara felstavad, eller så har sidan flyttats.',
    next: 'Här kan du gå vidare:',
  },
};

export type SiteText = typeof site;
