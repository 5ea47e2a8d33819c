/**
 * The e-ID on the form: what the form page shows (the start link, the verified identity, a notice), and the verified
 * identity a submission takes from the session (src/requests/submission.ts puts it into the request). Without e-ID
 * configured nothing here touches the session, and the form is as without it.
 */
import type { AstroSession } from 'astro';
import type { Locale } from '../i18n/locales.ts';
import { EID_START_ROUTES } from '../i18n/routes.ts';
import type { VerifiedIdentity } from './identity.ts';
import type { EidService } from './service.ts';
import { currentIdentity, setNotice, takeNotice, type EidNotice } from './session.ts';

/** What the form page shows of the e-ID when it is configured. */
export interface EidFormState {
  /** The start route of the form's language. */
  startPath: string;
  /** The broker, named in the facts under the form. */
  broker: string;
  /** How long the site keeps a verified identity, in whole minutes (the facts under the form). */
  minutes: number;
  identity?: VerifiedIdentity | undefined;
  notice?: EidNotice | undefined;
}

/** The form page's e-ID state, or undefined without e-ID. */
export async function eidFormState(eid: EidService | undefined, session: AstroSession | undefined, locale: Locale, now = new Date()): Promise<EidFormState | undefined> {
  if (!eid) return undefined;
  const base = { startPath: EID_START_ROUTES[locale], broker: eid.settings.broker, minutes: Math.ceil(eid.settings.verifiedSeconds / 60) };
  if (!session) return base;
  const identity = await currentIdentity(session, eid.settings.verifiedSeconds, now);
  if (identity === 'expired') eid.log({ outcome: 'expired' });
  const notice = await takeNotice(session);
  return { ...base, identity: identity === 'expired' ? undefined : identity, notice: identity === 'expired' ? 'expired' : notice };
}

/**
 * The verified identity for a submission, while it lasts. One that ran out while the form was being filled in is
 * gone: the form, shown again, asks for the personnummer and says why.
 */
export async function submissionIdentity(eid: EidService | undefined, session: AstroSession | undefined, now = new Date()): Promise<VerifiedIdentity | undefined> {
  if (!eid || !session) return undefined;
  const identity = await currentIdentity(session, eid.settings.verifiedSeconds, now);
  if (identity !== 'expired') return identity;
  eid.log({ outcome: 'expired' });
  setNotice(session, 'expired');
  return undefined;
}
