/**
 * What the confirmation page shows after the redirect (Post/Redirect/Get), kept in server-side state (an Astro
 * session) under a random id: a made-up or tampered cookie finds nothing, and the confirmation is shown once.
 * Nothing personal is kept: a reference, a type, a time and whether a receipt goes out.
 * This module is read by astro.config.mjs too (the session cookie), so it imports no astro:* module.
 */
import type { AstroSession } from 'astro';
import type { Confirmation } from './outcome.ts';

/** The session cookie's name (the cookie table lists it). */
export const CONFIRMATION_COOKIE = 'dina-uppgifter-kvitto';
/** How long the cookie, and the state behind it, live: long enough to follow the redirect on a slow phone. */
export const CONFIRMATION_COOKIE_MAX_AGE_SECONDS = 10 * 60;
/**
 * The form's pages in both languages (/dina-uppgifter/, /en/your-data/) share no narrower path, and Astro's session
 * has one cookie: so the whole site. It exists only for the minutes between a request and its confirmation.
 */
export const CONFIRMATION_COOKIE_PATH = '/';

const KEY = 'confirmation';

/** Remembers a request for the confirmation page, under a new session id. */
export async function rememberConfirmation(session: AstroSession, confirmation: Confirmation): Promise<void> {
  session.set(KEY, confirmation);
  // A fresh id for every request: an id set before (by anyone) never carries a confirmation.
  await session.regenerate();
}

/** The confirmation to show, once: the state is destroyed as it is read, so a reload or a replayed cookie finds nothing. */
export async function takeConfirmation(session: AstroSession | undefined): Promise<Confirmation | undefined> {
  if (!session) return undefined;
  const confirmation = await session.get<Confirmation>(KEY).catch(() => undefined);
  if (confirmation) session.destroy();
  return confirmation;
}
