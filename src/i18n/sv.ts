/** Swedish interface strings shared by every page. Feature strings live beside this file. */
export const ui = {
  skipLink: 'Hoppa till innehållet',
  navLabel: 'Huvudmeny',
  /** The button that opens the navigation on a phone. */
  menuButton: 'Meny',
  footerLabel: 'Sidfot',
  footerContactHeading: 'Kontakt',
  footerLinksHeading: 'Mer information',
  phoneLabel: 'Tel:',
  organisationsnummerLabel: 'Organisationsnummer:',
  accessibilityLink: { href: '/tillganglighet/', label: 'Tillgänglighet' },
  emailLabel: 'E-post:',
  titleSuffix: 'J A Inkasso & Consulting AB',
  tocHeading: 'På den här sidan',
  /** The start page leads with the three things a visitor comes for; cookies follow. */
  startLinks: [
    { href: '/dina-uppgifter/', label: 'Begär dina uppgifter', text: 'Begär ett registerutdrag eller rättelse av dina uppgifter.' },
    { href: '/integritetspolicy/', label: 'Integritetspolicy', text: 'Hur vi behandlar och skyddar dina personuppgifter.' },
    { href: '/kontakt/', label: 'Kontakt', text: 'Post, telefon och e-post.' },
    { href: '/cookies/', label: 'Cookies', text: 'Vilka cookies vi använder och hur du ändrar ditt val.' },
  ],
  notFound: {
    title: 'Sidan finns inte',
    description: 'Sidan du letade efter finns inte. Här hittar du vägen vidare till våra sidor och våra kontaktuppgifter.',
    lead: 'Sidan du letade efter finns inte. Adressen kan vara felstavad, eller så har sidan flyttats.',
    next: 'Här kan du gå vidare:',
  },
} as const;

/** The site's routes and their names in the navigation, in menu order. */
export const navigation = [
  { href: '/', label: 'Start' },
  { href: '/integritetspolicy/', label: 'Integritetspolicy' },
  { href: '/cookies/', label: 'Cookies' },
  { href: '/dina-uppgifter/', label: 'Begär dina uppgifter' },
  { href: '/kontakt/', label: 'Kontakt' },
] as const;
