/**
 * The handler's outcome as the Astro Action's answer: plain data for every outcome the handler decides (the page sets
 * the HTTP status from outcome.ts). The only ActionErrors the page sees are Astro's own: invalid input, a post too large.
 */
import { ActionError } from 'astro:actions';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { ROUTES } from '../i18n/routes.ts';
import type { SubmissionOutcome } from './handler.ts';
import type { ActionAnswer } from './outcome.ts';

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
