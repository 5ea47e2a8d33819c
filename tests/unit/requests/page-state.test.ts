import { describe, expect, it } from 'vitest';
import { ActionError } from 'astro:actions';
import { actionAnswer } from '../../../src/requests/action';
import type { SubmissionOutcome } from '../../../src/requests/handler';
import { OUTCOMES, type Confirmation, type Outcome } from '../../../src/requests/outcome';
import { pageState, type ActionResult, type PageState } from '../../../src/requests/page-state';
import { fieldProblems } from '../../../src/requests/schema';
import { readSubmission } from '../../../src/requests/submission';
import { requestText } from '../../../src/i18n/requests';
import type { Locale } from '../../../src/i18n/locales';
import { postedForm } from '../../support/fixtures/form';

const p = requestText('sv').problems;
const confirmation = (status: Confirmation['status']): Confirmation => ({
  status,
  reference: 'JA-7K3F9QXM',
  type: 'rattelse',
  answerChannel: 'brev',
  receivedAt: '2026-11-25T10:00:00.000Z',
  receipt: true,
});

/** The handler's outcome through the Action (actionAnswer), as the page receives it. */
function through(outcome: SubmissionOutcome): ActionResult {
  return { data: actionAnswer(outcome), error: undefined };
}

/** The Action's answer to a post the schema refused (src/requests/action.ts): the first problem of each field. */
function invalidPost(values: Record<string, string>): ActionResult {
  const read = readSubmission(postedForm(values), undefined);
  if (read.ok) throw new Error('expected answers the schema refuses');
  return { data: { status: 'invalid', problems: read.problems }, error: undefined };
}

/** One result per outcome, each produced the way the server produces it. */
const results: Record<Outcome, ActionResult> = {
  delivered: through({ kind: 'delivered', confirmation: confirmation('delivered'), receipt: undefined }),
  unconfirmed: through({ kind: 'unconfirmed', confirmation: confirmation('unconfirmed'), final: new Promise(() => undefined) }),
  'delivery-failed': through({ kind: 'delivery-failed', reference: 'JA-7K3F9QXM' }),
  invalid: invalidPost({ type: 'radering', personnummer: '850415-2384', email: 'anna@' }),
  honeypot: through({ kind: 'honeypot' }),
  'rate-limited': through({ kind: 'rate-limited', retryAfterSeconds: 540 }),
  'too-large': { data: undefined, error: new ActionError({ code: 'CONTENT_TOO_LARGE' }) },
  unknown: { data: undefined, error: new ActionError({ code: 'INTERNAL_SERVER_ERROR' }) },
};

type Problem = Extract<PageState, { summary: unknown }>;
function problem(outcome: Outcome, locale: Locale = 'sv'): Problem {
  const state = pageState(results[outcome], locale);
  if (!('summary' in state)) throw new Error(`expected a problem for ${outcome}`);
  return state;
}

describe('the form page state, for every outcome', () => {
  it('names each outcome as the handler and the log do', () => {
    for (const outcome of OUTCOMES) expect(pageState(results[outcome], 'sv').outcome).toBe(outcome);
  });

  it('is an empty form when nothing was posted', () => {
    expect(pageState(undefined, 'sv')).toEqual({ outcome: 'none' });
  });

  it('is a confirmation to remember when the request went to the mail server, delivered or unconfirmed', () => {
    expect(pageState(results.delivered, 'sv')).toEqual({ outcome: 'delivered', confirmation: confirmation('delivered') });
    expect(pageState(results.unconfirmed, 'en')).toEqual({ outcome: 'unconfirmed', confirmation: confirmation('unconfirmed') });
  });

  it('lists every field problem at once, in the form order, linked to its field, when the answers were invalid', () => {
    const state = problem('invalid');
    expect(state.summary.title).toBe(p.invalid.title);
    expect(state.summary.text).toBeUndefined();
    expect(state.summary.items.map((item) => item.target)).toEqual([
      'request-type-registerutdrag',
      'request-name',
      'request-personnummer',
      'request-address',
      'request-postalCode',
      'request-city',
      'request-answerChannel-brev',
      'request-email',
    ]);
    const sv = requestText('sv').errors;
    expect(state.errors).toMatchObject({ type: sv.type, personnummer: sv.personnummerInvalid, email: sv.emailFormat });
    expect(state.summary.items[0]).toEqual({ message: sv.type, target: 'request-type-registerutdrag' });
    expect(state.keepAnswers).toBe(true);
  });

  it('says the request did not arrive only when it certainly did not', () => {
    const state = problem('delivery-failed');
    expect(state.summary).toEqual({ title: p.delivery.title, text: p.delivery.text, footnote: p.inputsKept, items: [] });
    expect(state.keepAnswers).toBe(true);
  });

  it('tells how long to wait when rate-limited, and gives Retry-After', () => {
    const state = problem('rate-limited');
    expect(state.retryAfterSeconds).toBe(540);
    expect(state.summary.text).toBe(p.rateLimited.text(9));
  });

  it('explains the honeypot, a too large post and anything else, and keeps answers only when it could read them', () => {
    expect(problem('honeypot').summary.title).toBe(p.honeypot.title);
    expect(problem('too-large').summary).toEqual({ title: p.tooLarge.title, text: p.tooLarge.text, items: [] });
    expect(problem('too-large').keepAnswers).toBe(false);
    expect(problem('unknown').summary.title).toBe(p.unknown.title);
    expect(problem('unknown').keepAnswers).toBe(true);
  });

  it("puts the schema's message keys into words in the page's language, English on the English page", () => {
    const en = requestText('en');
    const state = problem('invalid', 'en');
    expect(state.summary.title).toBe('There is a problem');
    expect(state.errors).toEqual({
      type: en.errors.type,
      name: en.errors.nameMissing,
      personnummer: en.errors.personnummerInvalid,
      address: en.errors.addressMissing,
      postalCode: en.errors.postalCodeMissing,
      city: en.errors.cityMissing,
      answerChannel: en.errors.answerChannel,
      email: en.errors.emailFormat,
    });
    expect(state.errors.personnummer).toBe('This is not a valid personnummer or coordination number. Check the date and the last 4 digits');
    expect(state.errors.answerChannel).toBe('Choose how you want the answer');
    expect(state.summary.items.map((item) => item.message)).toEqual(Object.values(state.errors));
  });

  it('says every other problem in English on the English page', () => {
    const en = requestText('en').problems;
    expect(problem('delivery-failed', 'en').summary).toEqual({ title: en.delivery.title, text: en.delivery.text, footnote: en.inputsKept, items: [] });
    expect(problem('rate-limited', 'en').summary.text).toBe('Wait 9 minutes and try again, or write to us or call us:');
    expect(problem('honeypot', 'en').summary.title).toBe(en.honeypot.title);
    expect(problem('too-large', 'en').summary.text).toBe(en.tooLarge.text);
    expect(problem('unknown', 'en').summary.text).toBe(en.unknown.text);
  });

  it('shows no message that is not one of ours, whatever the issues carry', () => {
    const problems = fieldProblems({ name: ['<b>Anna</b>', 'nameMissing'], email: ['Invalid input'] });
    const state = pageState({ data: { status: 'invalid', problems }, error: undefined }, 'en');
    if (!('summary' in state)) throw new Error('expected a problem');
    expect(state.errors).toEqual({ name: requestText('en').errors.nameMissing });
  });

  it('gives every problem a heading and either a text or field links', () => {
    for (const outcome of OUTCOMES.filter((o) => o !== 'delivered' && o !== 'unconfirmed')) {
      const { summary } = problem(outcome);
      expect(summary.title.length).toBeGreaterThan(0);
      expect(Boolean(summary.text) !== summary.items.length > 0).toBe(true);
    }
  });
});
