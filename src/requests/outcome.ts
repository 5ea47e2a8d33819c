/**
 * The bridge between the handler's outcome and Astro Actions: a failed submission travels as an ActionError
 * (its HTTP status becomes the page's), and the page reads back what went wrong to explain it.
 */
import { ActionError } from 'astro:actions';
import { z } from 'astro/zod';
import { FIELD_ORDER, REQUEST_TYPES, type FieldErrors } from './schema';
import type { SubmissionOutcome } from './handler';

/** What the visitor is told went wrong. */
export type Problem =
  | { problem: 'invalid'; errors: FieldErrors }
  | { problem: 'honeypot' }
  | { problem: 'rate-limited'; retryAfterSeconds: number }
  | { problem: 'delivery' }
  | { problem: 'too-large' }
  | { problem: 'unknown' };

const problemSchema = z.discriminatedUnion('problem', [
  z.object({ problem: z.literal('invalid'), errors: z.partialRecord(z.enum(FIELD_ORDER), z.string()) }),
  z.object({ problem: z.literal('honeypot') }),
  z.object({ problem: z.literal('rate-limited'), retryAfterSeconds: z.number().int().positive() }),
  z.object({ problem: z.literal('delivery') }),
]);

/** What the action returns when the company's mail server accepted the request: nothing personal. */
export interface Delivered {
  reference: string;
  type: (typeof REQUEST_TYPES)[number];
  /** ISO time the request was received. */
  receivedAt: string;
}

/** The action's answer for an outcome: data when delivered, an ActionError otherwise. */
export function actionResult(outcome: SubmissionOutcome): Delivered {
  switch (outcome.kind) {
    case 'delivered':
      return { reference: outcome.reference, type: outcome.type, receivedAt: outcome.receivedAt.toISOString() };
    case 'invalid':
      throw problem('BAD_REQUEST', { problem: 'invalid', errors: outcome.errors });
    case 'honeypot':
      throw problem('BAD_REQUEST', { problem: 'honeypot' });
    case 'rate-limited':
      throw problem('TOO_MANY_REQUESTS', { problem: 'rate-limited', retryAfterSeconds: outcome.retryAfterSeconds });
    case 'delivery-failed':
      throw problem('SERVICE_UNAVAILABLE', { problem: 'delivery' });
  }
}

function problem(code: ActionError['code'], body: Problem): ActionError {
  return new ActionError({ code, message: JSON.stringify(body) });
}

/** What went wrong, from the action's error (ours, or Astro's own for an oversized body). */
export function readProblem(error: ActionError): Problem {
  if (error.code === 'CONTENT_TOO_LARGE') return { problem: 'too-large' };
  try {
    const parsed = problemSchema.safeParse(JSON.parse(error.message));
    if (parsed.success) return parsed.data;
  } catch {
    // Not one of ours.
  }
  return { problem: 'unknown' };
}
