/**
 * The consent record, described once: what the banner builds and sends (in the browser), what the server checks
 * (schema.ts satisfies this type), stores (store.ts) and reports (report.ts). No zod and no Node here: the browser's
 * bundle imports its types and constants at no cost.
 */

/** Where the browser posts a record (the server's route, route.ts). */
export const CONSENT_RECORDS_PATH = '/consent-records';

/** The largest record taken, in bytes; a real one is about 400. */
export const MAX_RECORD_BYTES = 2048;

/** How the choice was made. */
export const CONSENT_METHODS = ['accept-all', 'reject-all', 'custom', 'withdrawal', 'gpc'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** A record as the browser sends it: the server adds the time. */
export interface ConsentRecord {
  /** Random, made by the browser for this one record: the same record sent twice is stored once. */
  recordId: string;
  /** The banner's own random ID for this visitor's choices (vanilla-cookieconsent's `consentId`). */
  consentId: string;
  /** Categories accepted, read-only ones included. */
  accepted: string[];
  /** Categories refused. */
  rejected: string[];
  /** The banner's revision the choice was made under. */
  revision: number;
  /** The page's language. */
  locale: string;
  /** The page's path, without query or fragment. */
  path: string;
  /** How the choice was made. */
  method: ConsentMethod;
  /** The hash of the banner and preferences texts shown (text-version.ts). */
  textVersion: string;
}
