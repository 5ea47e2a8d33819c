/**
 * The data-request service of the running server, built once from the start-time settings (src/server/config.ts).
 * The production server (src/server/serve.ts) checks those settings before it starts, so they are valid here.
 */
import { serverSettings } from '../server/config.ts';
import { trackPending } from '../server/pending.ts';
import { site } from '../site.config';
import { createMailer } from './delivery';
import { handleSubmission, type Submission, type SubmissionOutcome } from './handler';
import { logToStdout, timedLog } from './log';
import { parseMailConfig } from './mail-config';
import { memoryLimiter, redisLimiter, type RequestLimiter } from './rate-limit';
import type { FieldName } from './schema';

const settings = serverSettings();
const config = parseMailConfig(settings, { email: site.email, cwd: process.cwd() });
const mailer = createMailer(config);
const limits = { max: settings.RATE_LIMIT_MAX, windowMs: settings.RATE_LIMIT_WINDOW_MS };
const limiter: RequestLimiter = settings.REDIS_URL
  ? redisLimiter(limits, settings.REDIS_URL, (status) =>
      process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), event: 'rate-limit-store', status })}\n`),
    )
  : memoryLimiter(limits);

/** Handles one valid submitted form, in its page's language, from the client at `clientAddress`. */
export async function submitDataRequest(submitted: Submission, clientAddress: string): Promise<SubmissionOutcome> {
  const outcome = await handleSubmission(submitted, clientAddress, { mailer, route: config.route, limiter, log: timedLog(logToStdout) });
  // The receipt, or the mail server's late answer, is still on its way when the visitor gets the page; shutdown waits for it.
  if (outcome.kind === 'delivered' && outcome.receipt) trackPending(outcome.receipt);
  if (outcome.kind === 'unconfirmed') trackPending(outcome.final);
  return outcome;
}

/** Logs a post whose answers were not accepted: the fields' names, never their values. */
export function logInvalid(fields: FieldName[]): void {
  logToStdout({ outcome: 'invalid', fields });
}
