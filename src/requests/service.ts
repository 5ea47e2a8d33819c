/**
 * The data-request service of a running server, built once at start (src/server/services.ts) and handed to the
 * Action through Astro's `locals`: the mailer, the rate limit, the log and the work still in flight.
 */
import type { Logger } from '../log/logger.ts';
import { createMailer } from './delivery.ts';
import { checkMailServer, describeMailServerCheck } from './mail-check.ts';
import { handleSubmission, type Submission, type SubmissionOutcome } from './handler.ts';
import { timedLog, type RequestLogEvent } from './log.ts';
import type { MailConfig } from './mail-config.ts';
import { PendingWork } from './pending-work.ts';
import type { RequestLimiter } from './rate-limit.ts';
import type { FieldName } from './schema.ts';

export interface RequestServiceOptions {
  /** Where the mails go (mail-config.ts). */
  mail: MailConfig;
  /** Delivered requests per visitor per window: shared through Redis, or in this process's memory (rate-limit.ts). */
  limiter: RequestLimiter;
  logger: Logger;
  /** NODE_ENV is production: mail written to the outbox folder reaches no one, so each one is a warning. */
  production?: boolean;
}

export interface RequestService {
  /** Handles one valid submitted form, in its page's language, from the client at `clientAddress` (never logged). */
  submit(submitted: Submission, clientAddress: string): Promise<SubmissionOutcome>;
  /** Logs a post whose answers were not accepted: the fields' names, never their values. */
  rejected(fields: FieldName[]): void;
  /** Connects to the mail server and logs in, once: a warning naming the server and the reason when it fails, never a throw. */
  checkMailServer(): Promise<void>;
  /** Resolves when every receipt and late mail-server answer has settled, then lets go of the mail server. */
  close(): Promise<void>;
}

/** What the operator must act on: a request not delivered (error), a receipt lost or a delivery unconfirmed (warn). */
const LEVELS: Partial<Record<RequestLogEvent['outcome'], 'warn' | 'error'>> = {
  'delivery-failed': 'error',
  unconfirmed: 'warn',
  'receipt-failed': 'warn',
};

export function createRequestService({ mail, limiter, logger, production = false }: RequestServiceOptions): RequestService {
  const mailer = createMailer(mail);
  const pending = new PendingWork();
  const toOutbox = mail.mode === 'outbox' && production;
  const log = (event: RequestLogEvent) => {
    if (toOutbox && event.outcome === 'delivered') {
      logger.warn({ event: 'data-request', ...event, outbox: mail.dir }, 'Written to the outbox folder, not sent: SMTP_URL is not set.');
      return;
    }
    logger[LEVELS[event.outcome] ?? 'info']({ event: 'data-request', ...event });
  };
  return {
    async submit(submitted, clientAddress) {
      const outcome = await handleSubmission(submitted, clientAddress, { mailer, route: mail.route, limiter, log: timedLog(log) });
      // The receipt, or the mail server's late answer, is still on its way when the visitor gets the page.
      if (outcome.kind === 'delivered' && outcome.receipt) pending.track(outcome.receipt);
      if (outcome.kind === 'unconfirmed') pending.track(outcome.final);
      return outcome;
    },
    rejected(fields) {
      log({ outcome: 'invalid', fields });
    },
    async checkMailServer() {
      try {
        const check = await checkMailServer(mail);
        if (!check) return;
        if (check.ok) logger.info({ event: 'mail-server', status: 'ok', server: check.server });
        else logger.warn({ event: 'mail-server', status: 'unusable', server: check.server, code: check.code }, describeMailServerCheck(check));
      } catch (error) {
        logger.warn({ event: 'mail-server', status: 'unchecked', code: (error as { code?: unknown }).code ?? 'ERROR' });
      }
    },
    async close() {
      await pending.settled();
      mailer.close();
    },
  };
}

