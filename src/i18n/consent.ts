/** Swedish strings of the cookie consent: banner, preferences, cookie table and the visitor's current choice. */
export const consentText = {
  /** The first layer: short, plain, with a way to read more. */
  banner: {
    title: 'Får vi använda cookies för statistik?',
    description:
      'Vi använder nödvändiga cookies för att webbplatsen ska fungera. ' +
      'Om du godkänner det använder vi också Google Analytics för att se hur webbplatsen används. ' +
      'Du kan ändra ditt val när som helst under Cookieinställningar längst ned på sidan.',
    /** Shown after the description when the site has changed what it stores since the visitor chose. */
    revisionMessage: 'Vi har ändrat vilka cookies vi använder sedan du gjorde ditt val, därför frågar vi igen.',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Neka alla',
    showPreferences: 'Inställningar',
    /** Accessible name of the banner region. */
    label: 'Cookies',
    moreLink: { href: '/cookies/', text: 'Läs mer om cookies' },
  },
  /** The second layer: one switch per category. */
  preferences: {
    title: 'Cookieinställningar',
    intro:
      'Här väljer du vilka cookies vi får använda. Nödvändiga cookies går inte att stänga av. ' +
      'Statistik är avstängt tills du själv slår på det. Du kan ändra ditt val när som helst.',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Neka alla',
    save: 'Spara mina val',
    close: 'Stäng cookieinställningarna',
    moreTitle: 'Mer information',
  },
  categories: {
    necessary: {
      title: 'Nödvändiga',
      description: 'Behövs för att webbplatsen ska fungera och för att komma ihåg ditt val om cookies. De går inte att stänga av.',
    },
    analytics: {
      title: 'Statistik',
      description:
        'Google Analytics 4 räknar besök och visar hur webbplatsen används, så att vi kan förbättra den. ' +
        'Google Analytics laddas bara om du godkänner statistik.',
    },
  },
  /** What each cookie is for, by cookie. */
  cookies: {
    consent: { purpose: 'Sparar ditt val om cookies, så att vi inte behöver fråga igen.' },
    gaClient: { provider: 'Google', purpose: 'Skiljer besökare åt i statistiken från Google Analytics.' },
    gaSession: { provider: 'Google', purpose: 'Håller ihop ditt besök (sessionen) i statistiken från Google Analytics.' },
  },
  /** The table of cookies, on /cookies/ and in the preferences. */
  table: {
    heading: 'Cookies som webbplatsen använder',
    caption: 'Cookies på webbplatsen',
    headers: {
      name: 'Namn',
      provider: 'Leverantör',
      purpose: 'Syfte',
      duration: 'Lagringstid',
      category: 'Kategori',
    },
  },
  /** The visitor's current choice, on /cookies/. */
  status: {
    heading: 'Ditt val',
    noScript:
      'Ditt val visas här när JavaScript är påslaget i din webbläsare. ' +
      'Utan JavaScript sparar webbplatsen inga cookies och Google Analytics används inte.',
    undecided: 'Du har inte gjort något val ännu. Statistik är avstängt tills du godkänner det.',
    gpc:
      'Din webbläsare skickar signalen Global Privacy Control (GPC). Vi tolkar den som att du nekar statistik, ' +
      'så Google Analytics används inte. Vill du ändå godkänna statistik kan du göra det under Cookieinställningar.',
    accepted: 'Du har godkänt statistik. Google Analytics används när du besöker webbplatsen.',
    refused: 'Du har nekat statistik. Webbplatsen använder bara nödvändiga cookies.',
    change: 'Du kan ändra ditt val när som helst.',
  },
  /** The control in the footer of every page and on /cookies/. */
  settingsButton: 'Cookieinställningar',
} as const;

/** "182 dagar", "2 år": how long a cookie is kept, for the table. */
export function formatDuration(days: number): string {
  if (days % 365 === 0) return `${days / 365} år`;
  return days === 1 ? '1 dag' : `${days} dagar`;
}
