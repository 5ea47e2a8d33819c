interface ImportMetaEnv {
  /** GA4 measurement ID ("G-…"), read at build time; a placeholder stands in when unset. */
  readonly PUBLIC_GA_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

declare namespace App {
  /** What the production server hands Astro with each on-demand request (src/server/app.ts); in `astro dev`, src/middleware.ts. */
  interface Locals {
    /** The running services, built once at start (src/server/services.ts). */
    services: import('./server/services.ts').Services;
    /** The visitor's address by the server's own proxy rule (TRUST_PROXY): for the rate limit, never logged. */
    clientAddress: string;
  }
}
