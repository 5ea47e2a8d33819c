/**
 * What happens to one valid submission (checked by the schema in the Action: submission.ts): honeypot, rate limit,
 * delivery, receipt. Everything it needs comes in as arguments, so tests (and load tests) can run it with any mailer,
 * clock or limit.
 */
import type { Locale } from '../i18n/locales.ts';
import type { FinalResult, Mailer } from './delivery.ts';
import type { RequestLog } from './log.ts';
import { composeCompanyMail, composeReceipt, type MailRoute, type RequestMeta } from './mail.ts';
import type { Confirmation } from './outcome.ts';
import type { RequestLimiter } from './rate-limit.ts';
import { newReference as defaultReference } from './reference.ts';
import type { DataRequest } from './schema.ts';
import type { CheckedSubmission } from './submission.ts';

/**
 * A checked form (submission.ts: with a verified e-ID's personnummer and name already in the request, and how it was
 * verified) and the language of the page it came from (the form page's path says it: action.ts).
 */
export interface Submission extends CheckedSubmission {
  /** The receipt's language, and the company mail's language line. */
  locale: Locale;
}

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
      confirmation: Confirmation;
      /** Settles when the receipt was sent (true) or failed (false); undefined without an e-mail address. The visitor does not wait for it. */
      receipt: Promise<boolean> | undefined;
    }
  | {
      kind: 'unconfirmed';
      confirmation: Confirmation;
      /** Settles with the mail server's late answer, after which a receipt may still go. */
      final: Promise<FinalResult>;
    }
  | { kind: 'honeypot' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'delivery-failed'; reference: string };

/**
 * Handles one submission from `client` (its IP address; used for the rate limit, never logged).
 * Delivered only when the mail server accepted the mail to the company; failed only when it certainly did not.
 */
export async function handleSubmission(submitted: Submission, client: string, deps: HandlerDeps): Promise<SubmissionOutcome> {
  const { mailer, route, limiter, log, now = () => new Date(), newReference = defaultReference } = deps;
  const { request, honeypot, locale, verifiedBy } = submitted;

  if (honeypot !== '') {
    log({ outcome: 'honeypot' });
    return { kind: 'honeypot' };
  }

  // Only delivered requests count: invalid posts never reach the handler, and an undelivered one is refunded below.
  const decision = await limiter.consume(client);
  if (!decision.allowed) {
    log({ outcome: 'rate-limited' });
    return { kind: 'rate-limited', retryAfterSeconds: Math.max(1, Math.ceil(decision.retryAfterMs / 1000)) };
  }

  const meta: RequestMeta = { reference: newReference(), receivedAt: now(), locale, verifiedBy };
  const delivery = await mailer
    .send(composeCompanyMail(request, meta, route), meta.reference)
    .catch(() => ({ status: 'failed' as const, code: 'ERROR' }));
  const confirmation = (status: Confirmation['status']): Confirmation => ({
    status,
    reference: meta.reference,
    type: request.type,
    answerChannel: request.answerChannel,
    receivedAt: meta.receivedAt.toISOString(),
    receipt: request.email !== undefined,
  });

  switch (delivery.status) {
    case 'failed':
      await limiter.refund(client);
      log({ outcome: 'delivery-failed', reference: meta.reference, code: delivery.code });
      return { kind: 'delivery-failed', reference: meta.reference };
    case 'accepted':
      log({ outcome: 'delivered', reference: meta.reference });
      return { kind: 'delivered', confirmation: confirmation('delivered'), receipt: sendReceipt(request, meta, deps) };
    case 'unconfirmed': {
      log({ outcome: 'unconfirmed', reference: meta.reference });
      // The answer still to come decides, in the log, what became of the request; a late 250 still brings the receipt.
      const final = delivery.final.then((result) => {
        if (result.status === 'accepted') {
          log({ outcome: 'delivered', reference: meta.reference, late: true });
          void sendReceipt(request, meta, deps);
        } else {
          void limiter.refund(client);
          log({ outcome: 'delivery-failed', reference: meta.reference, code: result.code, late: true });
        }
        return result;
      });
      return { kind: 'unconfirmed', confirmation: confirmation('unconfirmed'), final };
    }
  }
}

/** Sends the receipt when the visitor gave an e-mail address; no address, no attempt. */
function sendReceipt(request: DataRequest, meta: RequestMeta, { mailer, route, log }: HandlerDeps): Promise<boolean> | undefined {
  if (request.email === undefined) return undefined;
  return mailer
    .send(composeReceipt({ type: request.type, answerChannel: request.answerChannel, email: request.email }, meta, route), `${meta.reference}-kvitto`)
    .then((result) => {
      if (result.status === 'accepted') log({ outcome: 'receipt-sent', reference: meta.reference });
      else log({ outcome: 'receipt-failed', reference: meta.reference, code: result.status === 'failed' ? result.code : 'TIMEOUT' });
      return result.status === 'accepted';
    });
}
