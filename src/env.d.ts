interface ImportMetaEnv {
  /** GA4 measurement ID ("G-…"), read at build time; a placeholder stands in when unset. */
  readonly PUBLIC_GA_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
