interface ImportMetaEnv {
  /** GA4 measurement ID ("G-…"), read at build time; a placeholder stands in when unset. */
  readonly PUBLIC_GA_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

declare namespace App {
  /** What the production server hands Astro with each on-demand request (src/server/plugins/astro.ts); in `astro dev`, src/middleware.ts. */
  interface Locals {
    /** The page's language, strings and route, set by src/middleware.ts for every page (src/i18n/page-context.ts). */
    page: import('./i18n/page-context.ts').PageContext;
    /** The running services, built once at start (src/server/services.ts). */
    services: import('./server/services.ts').Services;
    /** The visitor's address by the server's own proxy rule (TRUST_PROXY): for the rate limit, never logged. */
    clientAddress: string;
  }
}
