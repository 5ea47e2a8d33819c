/** The site's routes with their expected headings, for tests that walk every page. */
export const pages = [
  { path: '/', h1: 'J A Inkasso & Consulting AB' },
  { path: '/integritetspolicy/', h1: 'Integritetspolicy' },
  { path: '/cookies/', h1: 'Hur använder vi cookies?' },
  { path: '/kontakt/', h1: 'Kontakt' },
  { path: '/dina-uppgifter/', h1: 'Begär registerutdrag eller rättelse' },
  { path: '/tillganglighet/', h1: 'Tillgänglighet för jainkasso.se' },
] as const;

/** Pages that load GA after opt-in: every page but the data-request form, which renders BaseLayout with analytics={false}. */
export const analyticsPages = pages.filter(({ path }) => path !== '/dina-uppgifter/');
