/**
 * The Astro Action of the form: the post read with the session's verified identity, if any, and the handler's outcome
 * as the Action's answer: plain data for every outcome it decides, invalid answers too (the page sets the HTTP status
 * from outcome.ts). The only ActionErrors the page sees are Astro's own (a post too large) and a post off the form's page.
 */
import { ActionError, type ActionAPIContext } from 'astro:actions';
import { submissionIdentity } from '../eid/form.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { ROUTES } from '../i18n/routes.ts';
import type { SubmissionOutcome } from './handler.ts';
import type { ActionAnswer } from './outcome.ts';
import { readSubmission } from './submission.ts';

/**
 * The Action's handler. The form page's path gives the request's language (the receipt's, and the company mail's
 * language line); the session, not the post, says whether the person verified with e-ID.
 */
export async function submitForm(form: FormData, context: ActionAPIContext): Promise<ActionAnswer> {
  const locale = assertFormPage(context.url);
  const read = readSubmission(form, await submissionIdentity(context.locals.services.eid, context.session));
  if (!read.ok) return { status: 'invalid', problems: read.problems };
  return actionAnswer(await context.locals.services.requests.submit({ ...read.submitted, locale }, context.locals.clientAddress));
}

/** The Action's answer for an outcome: what the page needs, nothing still running (receipts stay on the server). */
export function actionAnswer(outcome: SubmissionOutcome): ActionAnswer {
  switch (outcome.kind) {
    case 'delivered':
    case 'unconfirmed':
      return outcome.confirmation;
    case 'rate-limited':
      return { status: 'rate-limited', retryAfterSeconds: outcome.retryAfterSeconds };
    case 'delivery-failed':
    case 'honeypot':
      return { status: outcome.kind };
  }
}

/**
 * The language of the form page the Action was posted to: the request's language, for its receipt and the company
 * mail's language line. Refuses the Action anywhere but a form page (a post to a confirmation page, or to
 * /_actions/…): nothing is sent. The page's path decides, never a form field.
 */
export function assertFormPage(url: URL): Locale {
  const locale = LOCALES.find((candidate) => ROUTES.request[candidate] === url.pathname);
  if (!locale) throw new ActionError({ code: 'METHOD_NOT_ALLOWED' });
  return locale;
}
