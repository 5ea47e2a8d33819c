/**
 * The data-request service of the running server, built once from the start-time settings (src/server/config.ts).
 * The production server (src/server/serve.ts) checks those settings before it starts, so they are valid here.
 */
import { serverSettings } from '../server/config.ts';
import { trackPending } from '../server/pending.ts';
import { site } from '../site.config';
import { createMailer } from './delivery';
import { handleSubmission, type SubmissionOutcome } from './handler';
import { logToStdout, timedLog } from './log';
import { parseMailConfig } from './mail-config';
import { memoryLimiter, redisLimiter, type RequestLimiter } from './rate-limit';
import { formValues } from './schema';

const settings = serverSettings();
const config = parseMailConfig(settings, { email: site.email, cwd: process.cwd() });
const mailer = createMailer(config);
const limits = { max: settings.RATE_LIMIT_MAX, windowMs: settings.RATE_LIMIT_WINDOW_MS };
const limiter: RequestLimiter = settings.REDIS_URL
  ? redisLimiter(limits, settings.REDIS_URL, (status) =>
      process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), event: 'rate-limit-store', status })}\n`),
    )
  : memoryLimiter(limits);

/** Handles one submitted form from the client at `clientAddress`. */
export async function submitDataRequest(form: FormData, clientAddress: string): Promise<SubmissionOutcome> {
  const outcome = await handleSubmission(formValues(form), clientAddress, { mailer, route: config.route, limiter, log: timedLog(logToStdout) });
  // The receipt is still on its way when the visitor gets the answer; shutdown waits for it.
  if (outcome.kind === 'delivered') trackPending(outcome.receipt);
  return outcome;
}
