/**
 * What the two on-demand pages of a data request do, in either language (the page's locale, set once by
 * src/middleware.ts). The pages under src/pages/ call these and render the components; the rules are here.
 */
import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { pathTo } from '../i18n/routes.ts';
import { rememberConfirmation, takeConfirmation } from './confirmation.ts';
import { OUTCOME_STATUS, type Confirmation } from './outcome.ts';
import { pageState, type PageState } from './page-state.ts';
import { formValues, type FieldName } from './schema.ts';
import { eidFormState, type EidFormState } from '../eid/form.ts';
import { forgetIdentity } from '../eid/session.ts';

/** A rejected post: the error summary, each field's message and what to do with the answers. */
export type Problem = Extract<PageState, { summary: unknown }>;

/** What the form page shows: a rejected post's problem, if any, and the answers to put back in the form. */
export interface FormPageProps {
  problem?: Problem | undefined;
  values: Record<string, string>;
  /** The e-ID's part of the form, when e-ID is configured. */
  eid?: EidFormState | undefined;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * The form page's answer: an empty form; a post answered with its problems in the page's language and the answers
 * kept; or a request that went to the mail server, remembered for the confirmation page of the same language, which
 * the visitor is sent to (Post/Redirect/Get). A Response when the page answers without rendering.
 */
export async function formPage(Astro: AstroGlobal): Promise<Response | FormPageProps> {
  const { locale } = Astro.locals.page;
  // The answers carry personal data: no cache may keep them.
  Astro.response.headers.set('Cache-Control', 'no-store');

  const state = pageState(Astro.getActionResult(actions.requests.submit), locale);
  if ('confirmation' in state) {
    // The request is sent: the verified identity has done its work.
    if (Astro.locals.services.eid) forgetIdentity(Astro.session!);
    await rememberConfirmation(Astro.session!, state.confirmation);
    return new Response(null, { status: 303, headers: { Location: pathTo('confirmation', locale), ...NO_STORE } });
  }
  if (state.outcome === 'none') {
    // Only the form's action posts here.
    if (Astro.request.method !== 'GET' && Astro.request.method !== 'HEAD') return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD', ...NO_STORE } });
    return { values: {}, eid: await eidFormState(Astro.locals.services.eid, Astro.session, locale) };
  }

  if (state.outcome === 'invalid') Astro.locals.services.requests.rejected(Object.keys(state.errors) as FieldName[]);
  Astro.response.status = OUTCOME_STATUS[state.outcome];
  if (state.retryAfterSeconds) Astro.response.headers.set('Retry-After', String(state.retryAfterSeconds));
  // Every answer comes back into the form (the action read a copy of the body; this is the original).
  const values = state.keepAnswers ? await Astro.request.formData().then(formValues, () => ({})) : {};
  return { problem: state, values, eid: await eidFormState(Astro.locals.services.eid, Astro.session, locale) };
}

/** What the confirmation page shows: the confirmation, once, or nothing (reloaded, or opened later). */
export interface ConfirmationPageProps {
  shown?: Confirmation | undefined;
}

/** The confirmation page's answer: it takes no post and sends nothing; it shows the confirmation once, from the session. */
export async function confirmationPage(Astro: AstroGlobal): Promise<Response | ConfirmationPageProps> {
  if (Astro.request.method !== 'GET' && Astro.request.method !== 'HEAD') return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD', ...NO_STORE } });
  Astro.response.headers.set('Cache-Control', 'no-store');
  return { shown: await takeConfirmation(Astro.session) };
}
