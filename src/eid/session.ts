/**
 * What the e-ID keeps in the visitor's server-side session (src/lib/session.ts, shared with the form's confirmation):
 * the login under way, the verified identity for a short time, and a notice for the form page. The browser holds only
 * the session's random id; no claim reaches a URL, a cookie value or a log.
 */
import type { AstroSession } from 'astro';
import type { Locale } from '../i18n/locales.ts';
import type { PendingLogin } from './client.ts';
import type { VerifiedIdentity } from './identity.ts';
import { SESSION_SECONDS } from '../lib/session.ts';

/** A login under way, with the language of the form it started from. */
export interface PendingInSession extends PendingLogin {
  locale: Locale;
}

/** What the form page says after a return from the broker, or when a verified identity has run out. */
export type EidNotice = 'cancelled' | 'refused' | 'unavailable' | 'expired';

interface StoredIdentity extends VerifiedIdentity {
  /** When the site accepted the login (ms since the epoch): the identity lasts EID_VERIFIED_SECONDS from then. */
  verifiedAtMs: number;
}

const PENDING = 'eid-pending';
const VERIFIED = 'eid-verified';
const NOTICE = 'eid-notice';
/** The language of the last login started in this session: where a return without one under way is sent. */
const LOCALE = 'eid-locale';

export function rememberPending(session: AstroSession, pending: PendingInSession, ttlSeconds: number): void {
  session.set(PENDING, pending, { ttl: ttlSeconds });
  session.set(LOCALE, pending.locale, { ttl: ttlSeconds });
}

/** The language of the last login started in this session, if any. */
export async function lastLoginLocale(session: AstroSession): Promise<Locale | undefined> {
  return session.get<Locale>(LOCALE).catch(() => undefined);
}

/** The login under way, once: a second return (a replayed code) finds nothing. */
export async function takePending(session: AstroSession): Promise<PendingInSession | undefined> {
  const pending = await session.get<PendingInSession>(PENDING).catch(() => undefined);
  if (pending) session.delete(PENDING);
  return pending;
}

/**
 * Keeps the verified identity, under a new session id (an id known before the login never carries it). It is kept as
 * long as the session, so that once its own time is up the form can say so (currentIdentity) before forgetting it.
 */
export async function rememberIdentity(session: AstroSession, identity: VerifiedIdentity, now: Date): Promise<void> {
  session.set(VERIFIED, { ...identity, verifiedAtMs: now.getTime() } satisfies StoredIdentity, { ttl: SESSION_SECONDS });
  await session.regenerate();
}

/** The verified identity while it lasts; 'expired' (and forgotten) once its time has passed. */
export async function currentIdentity(session: AstroSession, ttlSeconds: number, now: Date): Promise<VerifiedIdentity | 'expired' | undefined> {
  const stored = await session.get<StoredIdentity>(VERIFIED).catch(() => undefined);
  if (!stored) return undefined;
  if (now.getTime() - stored.verifiedAtMs >= ttlSeconds * 1000) {
    session.delete(VERIFIED);
    return 'expired';
  }
  const { verifiedAtMs: _, ...identity } = stored;
  return identity;
}

/** Forgets the verified identity: once the request is sent, or when another login begins. */
export function forgetIdentity(session: AstroSession): void {
  session.delete(VERIFIED);
}

export function setNotice(session: AstroSession, notice: EidNotice): void {
  session.set(NOTICE, notice);
}

/** The notice to show, once. */
export async function takeNotice(session: AstroSession): Promise<EidNotice | undefined> {
  const notice = await session.get<EidNotice>(NOTICE).catch(() => undefined);
  if (notice) session.delete(NOTICE);
  return notice;
}
