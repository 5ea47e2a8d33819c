/**
 * The handler's outcome as the Astro Action's result: a confirmation when the request went to the mail server,
 * an ActionError with one code per outcome otherwise. The page reads the code back in page-state.ts.
 */
import { ActionError } from 'astro:actions';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { ROUTES } from '../i18n/routes.ts';
import type { SubmissionOutcome } from './handler.ts';
import type { Confirmation, Outcome } from './outcome.ts';

/** The ActionError code of each outcome that is not a confirmation ('invalid' is Astro's own input error). */
export const ERROR_CODES = {
  honeypot: 'UNPROCESSABLE_CONTENT',
  'rate-limited': 'TOO_MANY_REQUESTS',
  'delivery-failed': 'SERVICE_UNAVAILABLE',
  'too-large': 'CONTENT_TOO_LARGE',
} as const satisfies Partial<Record<Outcome, ActionError['code']>>;

/** The Action's answer for an outcome. */
export function actionResult(outcome: SubmissionOutcome): Confirmation {
  switch (outcome.kind) {
    case 'delivered':
    case 'unconfirmed':
      return outcome.confirmation;
    case 'honeypot':
      throw new ActionError({ code: ERROR_CODES.honeypot });
    case 'rate-limited':
      // The wait in whole seconds: the one detail the page needs (for Retry-After and the message).
      throw new ActionError({ code: ERROR_CODES['rate-limited'], message: String(outcome.retryAfterSeconds) });
    case 'delivery-failed':
      throw new ActionError({ code: ERROR_CODES['delivery-failed'] });
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
