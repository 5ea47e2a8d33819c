/**
 * Every way a submitted form can end, named once: the handler returns them, the Action carries them, the page shows
 * them and the log records them under these names.
 */
import type { AnswerChannel, FieldProblems, RequestType } from './schema.ts';

/** The outcomes of a submission, as the page and the log name them. */
export const OUTCOMES = [
  /** The company's mail server accepted the request (250). */
  'delivered',
  /** The bound passed before the mail server's final answer: the request may have arrived. */
  'unconfirmed',
  /** Certainly not delivered: refused, or no connection. */
  'delivery-failed',
  /** Some answers were not accepted (the schema, in the Action). */
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
  /** How the person chose to get the answer: a choice, nothing personal. */
  answerChannel: AnswerChannel;
  /** ISO time the request was received. */
  receivedAt: string;
  /** Whether a receipt goes to an e-mail address the visitor gave. */
  receipt: boolean;
}

/** What the Action answers for an outcome it decided: a confirmation, or a problem with its data. */
export type ActionAnswer =
  | Confirmation
  | { status: Extract<Outcome, 'invalid'>; /** The first problem of each field, as message keys. */ problems: FieldProblems }
  | { status: Extract<Outcome, 'rate-limited'>; /** Seconds until the visitor may send again (Retry-After). */ retryAfterSeconds: number }
  | { status: Extract<Outcome, 'delivery-failed' | 'honeypot'> };

/** The form page's HTTP status for each outcome: one table for the page and the tests. */
export const OUTCOME_STATUS = {
  delivered: 303,
  unconfirmed: 303,
  'delivery-failed': 503,
  invalid: 400,
  honeypot: 422,
  'rate-limited': 429,
  'too-large': 413,
  unknown: 500,
} as const satisfies Record<Outcome, number>;

/** The ActionError codes Astro itself raises for a form post, and the outcome each stands for. */
export const ASTRO_ERROR_OUTCOMES = { CONTENT_TOO_LARGE: 'too-large' } as const satisfies Record<string, Outcome>;
