/**
 * What the confirmation page needs after the redirect (Post/Redirect/Get): reference, type and time received,
 * carried in a short-lived cookie so the URL stays free of anything and a reload sends nothing.
 * Nothing personal: a reference and a type identify no one.
 */
import type { AstroCookies } from 'astro';
import { z } from 'astro/zod';
import { REFERENCE_PATTERN } from './reference';
import { REQUEST_TYPES } from './schema';
import type { Delivered } from './outcome';

export const CONFIRMATION_COOKIE = 'dina-uppgifter-kvitto';
/** How long the confirmation cookie lives: one hour (the cookie table on /cookies/ says so too). */
export const CONFIRMATION_COOKIE_MAX_AGE_SECONDS = 60 * 60;
/** Where the confirmation is shown. */
export const CONFIRMATION_PATH = '/dina-uppgifter/tack/';

const confirmationSchema = z.object({
  reference: z.string().regex(REFERENCE_PATTERN),
  type: z.enum(REQUEST_TYPES),
  receivedAt: z.iso.datetime(),
});

/** Remembers a delivered request for the confirmation page (one hour, this site's form pages only). */
export function rememberDelivered(cookies: AstroCookies, delivered: Delivered, secure: boolean): void {
  cookies.set(CONFIRMATION_COOKIE, JSON.stringify(confirmationSchema.parse(delivered)), {
    path: '/dina-uppgifter/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: CONFIRMATION_COOKIE_MAX_AGE_SECONDS,
  });
}

/** The delivered request the visitor is confirming, or undefined when there is none (or it was tampered with). */
export function readDelivered(cookies: AstroCookies): Delivered | undefined {
  const raw = cookies.get(CONFIRMATION_COOKIE)?.value;
  if (!raw) return undefined;
  try {
    const parsed = confirmationSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
