/**
 * The data-request service of the running server, built once from the environment.
 * src/fetch.ts imports this module when the server starts, so a wrong mail setting stops the server
 * at start-up with a clear message, and the start-up log says where mail goes.
 */
import {
  SMTP_URL,
  MAIL_TO,
  MAIL_FROM,
  MAIL_OUTBOX_DIR,
  SMTP_TIMEOUT_MS,
  RATE_LIMIT_MAX,
  RATE_LIMIT_WINDOW_MS,
} from 'astro:env/server';
import { site } from '../site.config';
import { createMailer } from './delivery';
import { handleSubmission, type SubmissionOutcome } from './handler';
import { logStartup, logToStdout } from './log';
import { MailConfigError, parseMailConfig, type MailConfig } from './mail-config';
import { RateLimiter } from './rate-limit';
import type { FieldName, SubmittedRequest } from './schema';

function loadConfig(): MailConfig {
  try {
    return parseMailConfig({ SMTP_URL, MAIL_TO, MAIL_FROM, MAIL_OUTBOX_DIR, SMTP_TIMEOUT_MS }, { email: site.email, cwd: process.cwd() });
  } catch (error) {
    if (!(error instanceof MailConfigError)) throw error;
    // A clean message and a failed start, rather than a server that accepts requests it cannot deliver.
    process.stderr.write(`${error.message}\nSee the README, section on configuration.\n`);
    process.exit(1);
  }
}

const config = loadConfig();
const mailer = createMailer(config);
const limiter = new RateLimiter({ max: RATE_LIMIT_MAX, windowMs: RATE_LIMIT_WINDOW_MS });
logStartup(config.description);
logStartup(`At most ${RATE_LIMIT_MAX} requests per client per ${Math.round(RATE_LIMIT_WINDOW_MS / 1000)} s.`);

/** Handles one valid submitted form from the client at `clientAddress`. */
export function submitDataRequest(submitted: SubmittedRequest, clientAddress: string): Promise<SubmissionOutcome> {
  return handleSubmission(submitted, clientAddress, { mailer, route: config.route, limiter, log: logToStdout });
}

/** Logs a post whose answers were not accepted: the fields' names, never their values. */
export function logInvalid(fields: FieldName[]): void {
  logToStdout({ outcome: 'invalid', fields });
}
