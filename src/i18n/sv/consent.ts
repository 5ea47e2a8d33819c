/** Swedish strings of the cookie consent: banner, preferences, cookie table and the visitor's current choice. */
export const consent = {
  /** The first layer: short, plain, with a way to read more. */
  banner: {
    title: 'Får vi använda cookies för statistik?',
    description: 'Om du godkänner mäter vi besöken med Google Analytics.',
    /** Who receives the data and where it may go: consent must be informed (GDPR art. 13, 49). */
    recipient: (provider: string) => `Uppgifterna går till ${provider} och kan föras över till USA.`,
    /** Art. 7(3): told before consenting how to withdraw, naming the footer's settingsButton. */
    withdraw: 'Ändra eller återkalla ditt val när som helst under Cookieinställningar längst ned på varje sida.',
    /** Shown after the description when the site has changed what it stores since the visitor chose. */
    revisionMessage: 'Vi har ändrat vilka cookies vi använder sedan du gjorde ditt val, därför frågar vi igen.',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Neka alla',
    showPreferences: 'Inställningar',
    /** Accessible name of the banner region. */
    label: 'Cookies',
    /** The link to the cookies page of the page's language. */
    moreLink: 'Läs mer om cookies',
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
  /** In the preferences: the visitor's consent ID and when the choice was last changed, filled in by the banner's script. */
  receipt: {
    title: 'Ditt sparade val',
    id: 'Ditt samtyckes-ID',
    changed: 'Senast ändrat',
    none: 'Du har inte gjort något val ännu.',
    note: 'Vi sparar varje val du gör under detta ID, så att vi kan visa vad du har samtyckt till. Ange ID:t om du kontaktar oss om ditt samtycke.',
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
  /** What each cookie is for, by the cookie's id in src/consent/config.ts. */
  cookies: {
    consent: { purpose: 'Sparar ditt val om cookies, så att vi inte behöver fråga igen.' },
    confirmation: {
      purpose:
        'Visar ditt referensnummer på kvittosidan när du har skickat en begäran. Innehåller bara ett slumpat id, ' +
        'som hör ihop med din begäran (pseudonyma personuppgifter). Styrker du din identitet med e-legitimation i ' +
        'formuläret håller samma cookie ihop inloggningen i högst tio minuter. Namn och personnummer finns då bara på vår server, inte i cookien.',
    },
    gaClient: { purpose: 'Skiljer besökare åt i statistiken från Google Analytics.' },
    gaSession: {
      purpose: 'Håller ihop ditt besök (sessionen) i statistiken från Google Analytics.',
      /** The name shown before the site's measurement ID is set. */
      placeholderName: '_ga_<mätnings-ID>',
    },
  },
  /** The table of cookies, on /cookies/ and in the preferences. */
  table: {
    heading: 'Cookies som webbplatsen använder',
    caption: 'Cookies på webbplatsen',
    /** One word each: the preferences' table builds its cells' `headers` ids from them, and a space would split an id. */
    headers: {
      name: 'Namn',
      provider: 'Leverantör',
      party: 'Part',
      purpose: 'Syfte',
      duration: 'Lagringstid',
      category: 'Kategori',
    },
  },
  /**
   * The site's own supplement on /cookies/, beside the client's text: what the site does today, from its config.
   * Google's facts as Google states them in its Analytics help pages and data processing terms.
   */
  supplement: {
    id: 'kompletterande-information',
    heading: 'Kompletterande information om webbplatsen',
    lead:
      'Det här avsnittet är inte en del av vår cookietext ovan. Det beskriver hur webbplatsen är inställd i dag ' +
      'och hämtas från webbplatsens inställningar, så att det alltid stämmer med tabellen ovan.',
    provider: {
      term: 'Vem som tar emot uppgifterna',
      text: (provider: string) => `Google Analytics tillhandahålls av ${provider}, som behandlar uppgifterna för vår räkning.`,
    },
    transfer: {
      term: 'Överföring till USA',
      text:
        'Uppgifterna kan föras över till Google LLC i USA. Överföringen sker med stöd av EU-kommissionens beslut ' +
        'om adekvat skyddsnivå för EU–US Data Privacy Framework (10 juli 2023), där Google LLC är certifierat.',
    },
    legalBasis: {
      term: 'Rättslig grund för statistiken',
      text:
        'Vi använder Google Analytics bara om du samtycker. Den rättsliga grunden är ditt samtycke (artikel 6.1 a i ' +
        'dataskyddsförordningen). Samtycke krävs också för att spara och läsa cookies, enligt 9 kap. 28 § lagen (2022:482) ' +
        'om elektronisk kommunikation (LEK).',
    },
    ip: {
      term: 'IP-adresser',
      text:
        'Enligt Google loggar eller lagrar Google Analytics 4 inte IP-adresser. Din IP-adress skickas ändå till Google ' +
        'med varje anrop och används för att räkna fram ungefär var du befinner dig. Därefter raderas den.',
    },
    retention: {
      term: 'Hur länge statistiken sparas',
      text: (period: string) => `Statistiken sparas i Google Analytics i ${period}. Därefter raderas den.`,
    },
    records: {
      term: 'Så sparar vi ditt val',
      text:
        'Varje gång du gör eller ändrar ett val om cookies sparar vi en uppgift om det på vår server: ditt samtyckes-ID ' +
        '(ett slumpat nummer som din webbläsare har fått), tidpunkten, vilka kategorier du godkände och nekade, hur du valde, ' +
        'sidans adress och språk, och vilken version av texterna du såg. Vi sparar inte din IP-adress eller något annat som ' +
        'pekar ut dig. Om uppgiften inte kan skickas direkt väntar den i din webbläsares lokala lagring tills den har skickats.',
    },
    recordsPurpose: {
      term: 'Varför vi sparar ditt val',
      text:
        'Vi måste kunna visa att du har samtyckt (artikel 7.1 i dataskyddsförordningen). Den rättsliga grunden är att vi ' +
        'har en rättslig förpliktelse (artikel 6.1 c).',
    },
    recordsRetention: {
      term: 'Hur länge valet sparas',
      text: (period: string) => `Uppgiften om ditt val sparas i ${period}. Därefter raderas den automatiskt.`,
    },
    withdraw: {
      term: 'Så återkallar du ditt samtycke',
      text: (cookies: string) =>
        'Välj Cookieinställningar längst ned på varje sida, eller knappen under Ditt val nedan, och välj Neka alla. ' +
        `Då samlas inget mer in med Google Analytics, och cookies ${cookies} raderas ur din webbläsare. ` +
        'Uppgifter som redan har skickats till Google raderas inte när du återkallar, utan sparas så länge Google Analytics är inställt att spara dem.',
    },
    policyLink: 'Kompletterande information om webbplatsen',
  },
  /** The visitor's current choice, on /cookies/. */
  status: {
    heading: 'Ditt val',
    noScript:
      'Ditt val visas här när JavaScript är påslaget i din webbläsare. ' +
      'Utan JavaScript används inte Google Analytics. Den enda cookie som webbplatsen då kan spara är den nödvändiga ' +
      'kvittocookien, när du skickar en begäran om registerutdrag eller rättelse.',
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
  /** First or third party, as the table's Part column says it. */
  party: { first: 'Förstapart', third: 'Tredjepart' },
  /** Units of a duration ("182 dagar", "2 år"), by Intl.PluralRules category; `other` serves every category not listed. */
  units: {
    year: { one: 'år', other: 'år' },
    month: { one: 'månad', other: 'månader' },
    day: { one: 'dag', other: 'dagar' },
    hour: { one: 'timme', other: 'timmar' },
    minute: { one: 'minut', other: 'minuter' },
  },
};

export type ConsentText = typeof consent;
