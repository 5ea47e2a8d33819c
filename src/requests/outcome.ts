/**
 * Every way a submitted form can end, named once: the handler returns them, the Action carries them, the page shows
 * them and the log records them under these names.
 */
import type { RequestType } from './schema.ts';

/** The outcomes of a submission, as the page and the log name them. */
export const OUTCOMES = [
  /** The company's mail server accepted the request (250). */
  'delivered',
  /** The bound passed before the mail server's final answer: the request may have arrived. */
  'unconfirmed',
  /** Certainly not delivered: refused, or no connection. */
  'delivery-failed',
  /** Some answers were not accepted (the Action's input validation). */
  'invalid',
  /** The hidden field was filled in. */
  'honeypot',
  /** Too many requests from one client. */
  'rate-limited',
  /** The post was larger than any real form (Astro refuses it before the Action). */
  'too-large',
  /** Anything else: not one of ours. */
  'unknown',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the confirmation page shows after a request went to the mail server: nothing personal. */
export interface Confirmation {
  status: Extract<Outcome, 'delivered' | 'unconfirmed'>;
  /** e.g. JA-7K3F9QXM */
  reference: string;
  type: RequestType;
  /** ISO time the request was received. */
  receivedAt: string;
  /** Whether a receipt goes to an e-mail address the visitor gave. */
  receipt: boolean;
}
