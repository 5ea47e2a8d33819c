/**
 * The two e-ID routes: the start (from the form page, in its language) sends the visitor to the broker; the return
 * checks the answer and goes back to the form with the identity verified, or with a plain notice. Neither answers
 * with a 5xx: a broker that is down, a cancel or a refused token all end on the form, which still sends.
 */
import type { APIContext } from 'astro';
import type { Locale } from '../i18n/locales.ts';
import { pathTo } from '../i18n/routes.ts';
import { SESSION_SECONDS } from '../lib/session.ts';
import { forgetIdentity, lastLoginLocale, rememberIdentity, rememberPending, setNotice, takePending, type EidNotice } from './session.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, ...NO_STORE } });
}

function notFound(): Response {
  return new Response(null, { status: 404, headers: NO_STORE });
}

/** GET on the start route of the form in `locale`: off to the broker, or back to the form when it cannot be reached. */
export async function startLogin(context: APIContext, locale: Locale): Promise<Response> {
  const eid = context.locals.services.eid;
  const session = context.session;
  if (!eid || !session) return notFound();
  // A new login replaces any identity verified before.
  forgetIdentity(session);
  const begun = await eid.client.begin(new URL(eid.settings.redirectPath, context.url.origin).href);
  if (!begun.ok) {
    eid.log({ outcome: 'unavailable', code: begun.code });
    setNotice(session, 'unavailable');
    return redirect(pathTo('request', locale));
  }
  // A login at the broker may take as long as the session lives.
  rememberPending(session, { ...begun.pending, locale }, SESSION_SECONDS);
  eid.log({ outcome: 'started' });
  return redirect(begun.url.href);
}

/** GET on the redirect path: the broker's answer, checked; the visitor goes back to the form they started from. */
export async function finishLogin(context: APIContext): Promise<Response> {
  const eid = context.locals.services.eid;
  const session = context.session;
  if (!eid || !session) return notFound();
  const pending = await takePending(session);
  // Whatever the answer, an identity verified before is not kept. (Not deleted before a new one is set: Astro's
  // session would then drop the new one as it saves.)
  const refuse = (notice: EidNotice) => {
    forgetIdentity(session);
    setNotice(session, notice);
  };
  if (!pending) {
    // No login under way in this session: a replayed or forged return. Nothing is sent to the broker. Back to the
    // form of the last login started here, else the Swedish one.
    eid.log({ outcome: 'refused', code: 'no-login-under-way' });
    refuse('refused');
    return redirect(pathTo('request', (await lastLoginLocale(session)) ?? 'sv'));
  }
  const result = await eid.client.finish(context.url, pending);
  if (result.ok) {
    await rememberIdentity(session, result.identity, new Date());
    eid.log({ outcome: 'verified' });
  } else {
    eid.log({ outcome: result.kind, code: result.code });
    refuse(result.kind);
  }
  return redirect(pathTo('request', pending.locale));
}
