/**
 * What the confirmation page shows after the redirect (Post/Redirect/Get), kept in the visitor's session
 * (src/lib/session.ts) under a random id: a made-up or tampered cookie finds nothing, and the confirmation is shown
 * once. Nothing personal is kept: a reference, a type, a time and whether a receipt goes out.
 */
import type { AstroSession } from 'astro';
import type { Confirmation } from './outcome.ts';

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
