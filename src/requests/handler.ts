/**
 * What happens to one submitted form: honeypot, validation, rate limit, delivery, receipt.
 * Everything it needs comes in as arguments, so tests (and load tests) can run it with any mailer, clock or limit.
 */
import type { Mailer } from './delivery';
import { HONEYPOT_FIELD } from './honeypot';
import type { RequestLog } from './log';
import { composeCompanyMail, composeReceipt, type MailRoute } from './mail';
import type { RequestLimiter } from './rate-limit';
import { newReference as defaultReference } from './reference';
import { validateRequest, type FieldErrors, type RequestType } from './schema';

export interface HandlerDeps {
  mailer: Mailer;
  route: MailRoute;
  limiter: RequestLimiter;
  log: RequestLog;
  now?: () => Date;
  newReference?: () => string;
}

export type SubmissionOutcome =
  | {
      kind: 'delivered';
      reference: string;
      type: RequestType;
      receivedAt: Date;
      /** Settles when the receipt was sent or failed; the visitor does not wait for it. */
      receipt: Promise<boolean>;
    }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'honeypot' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'delivery-failed'; reference: string };

/**
 * Handles one submission from `client` (its IP address; used for the rate limit, never logged).
 * A request counts as delivered only when the mail server accepted the mail to the company.
 */
export async function handleSubmission(values: Record<string, unknown>, client: string, deps: HandlerDeps): Promise<SubmissionOutcome> {
  const { mailer, route, limiter, log, now = () => new Date(), newReference = defaultReference } = deps;

  if (typeof values[HONEYPOT_FIELD] === 'string' && values[HONEYPOT_FIELD] !== '') {
    log({ outcome: 'honeypot' });
    return { kind: 'honeypot' };
  }

  const validation = validateRequest(values);
  if (!validation.success) {
    log({ outcome: 'invalid', fields: Object.keys(validation.errors) });
    return { kind: 'invalid', errors: validation.errors };
  }

  // Only delivered requests count: invalid posts never reach the limit, and an undelivered one is refunded below.
  const decision = await limiter.consume(client);
  if (!decision.allowed) {
    log({ outcome: 'rate-limited' });
    return { kind: 'rate-limited', retryAfterSeconds: Math.max(1, Math.ceil(decision.retryAfterMs / 1000)) };
  }

  const request = validation.data;
  const meta = { reference: newReference(), receivedAt: now() };
  const delivery = await mailer
    .send(composeCompanyMail(request, meta, route), meta.reference)
    .catch(() => ({ accepted: false as const, code: 'ERROR' }));
  if (!delivery.accepted) {
    await limiter.refund(client);
    log({ outcome: 'delivery-failed', reference: meta.reference, code: delivery.code });
    return { kind: 'delivery-failed', reference: meta.reference };
  }
  log({ outcome: 'delivered', reference: meta.reference });

  const receipt = mailer.send(composeReceipt(request, meta, route), `${meta.reference}-kvitto`).then((result) => {
    if (result.accepted) log({ outcome: 'receipt-sent', reference: meta.reference });
    else log({ outcome: 'receipt-failed', reference: meta.reference, code: result.code });
    return result.accepted;
  });
  return { kind: 'delivered', reference: meta.reference, type: request.type, receivedAt: meta.receivedAt, receipt };
}
