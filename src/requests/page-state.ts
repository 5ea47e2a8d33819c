/**
 * The one conversion of an Action result into what the form page shows, in the page's language: nothing posted,
 * a confirmation to remember, or the error summary (its heading, its text, its links to fields) with the answers to keep.
 * The schema's message keys become words here, and only here.
 */
import type { ActionError } from 'astro:actions';
import type { Locale } from '../i18n/locales.ts';
import { requestText } from '../i18n/requests.ts';
import { fieldTarget } from './field-ids.ts';
import { ASTRO_ERROR_OUTCOMES, type ActionAnswer, type Confirmation, type Outcome } from './outcome.ts';
import { FIELD_ORDER, type FieldErrors } from './schema.ts';

/** The Action's result as `Astro.getActionResult` gives it. */
export type ActionResult = { data: ActionAnswer; error: undefined } | { data: undefined; error: ActionError } | undefined;

/** The GOV.UK error summary: a heading, an optional text (a problem that is not a field's), links to fields. */
export interface Summary {
  title: string;
  /** What happened and what to do; the ways to reach us follow it. */
  text?: string | undefined;
  /** Said after the ways to reach us, when the answers are still in the form. */
  footnote?: string | undefined;
  /** One link per field problem, in the form's order. */
  items: { message: string; target: string }[];
}

export type PageState =
  | { outcome: 'none' }
  | { outcome: Confirmation['status']; confirmation: Confirmation }
  | {
      outcome: Exclude<Outcome, Confirmation['status']>;
      summary: Summary;
      errors: FieldErrors;
      /** Whether the post's answers go back into the form (not when the body was too large to read). */
      keepAnswers: boolean;
      /** For Retry-After, when rate-limited. */
      retryAfterSeconds?: number;
    };

/** The outcome an ActionError of Astro's stands for. */
function outcomeOf(error: ActionError): Exclude<Outcome, Confirmation['status']> {
  return error.code in ASTRO_ERROR_OUTCOMES ? ASTRO_ERROR_OUTCOMES[error.code as keyof typeof ASTRO_ERROR_OUTCOMES] : 'unknown';
}

function isConfirmation(answer: ActionAnswer): answer is Confirmation {
  return answer.status === 'delivered' || answer.status === 'unconfirmed';
}

/** What the form page in `locale` shows for an Action result. */
export function pageState(result: ActionResult, locale: Locale): PageState {
  if (!result) return { outcome: 'none' };
  const { data: answer, error } = result;
  if (answer && isConfirmation(answer)) return { outcome: answer.status, confirmation: answer };
  const { problems: p, errors: messages } = requestText(locale);
  const outcome = answer ? answer.status : outcomeOf(error);
  const problem = (title: string, text: string) => ({
    outcome,
    summary: { title, text, footnote: p.inputsKept, items: [] },
    errors: {},
    keepAnswers: true,
  });
  switch (outcome) {
    case 'invalid': {
      const problems = answer?.status === 'invalid' ? answer.problems : {};
      const errors: FieldErrors = {};
      for (const name of FIELD_ORDER) {
        const key = problems[name];
        if (key) errors[name] = messages[key];
      }
      const items = FIELD_ORDER.flatMap((name) => (errors[name] ? [{ message: errors[name], target: fieldTarget(name) }] : []));
      return { outcome, summary: { title: p.invalid.title, items }, errors, keepAnswers: true };
    }
    case 'rate-limited': {
      const seconds = answer?.status === 'rate-limited' ? answer.retryAfterSeconds : 60;
      return { ...problem(p.rateLimited.title, p.rateLimited.text(Math.ceil(seconds / 60))), retryAfterSeconds: seconds };
    }
    case 'delivery-failed':
      return problem(p.delivery.title, p.delivery.text);
    case 'honeypot':
      return problem(p.honeypot.title, p.honeypot.text);
    case 'too-large':
      // The body was not read, so nothing could be kept.
      return { ...problem(p.tooLarge.title, p.tooLarge.text), summary: { title: p.tooLarge.title, text: p.tooLarge.text, items: [] }, keepAnswers: false };
    case 'unknown':
      return problem(p.unknown.title, p.unknown.text);
  }
}
