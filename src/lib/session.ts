/**
 * The visitor's server-side session (Astro's sessions), which the data requests and the e-ID share: one cookie holding
 * a random id, and behind it, for at most SESSION_SECONDS, what the site keeps from one request to the next:
 * - the data request's confirmation, from the post to the confirmation page (src/requests/confirmation.ts): a
 *   reference, a type, a time and whether a receipt goes out;
 * - with e-ID on (src/eid/session.ts): the login under way at the broker (its state, nonce and PKCE verifier, and the
 *   form's language), then the verified identity: a name and a personnummer, with how, when and by whom they were
 *   verified; and a notice for the form page.
 * Nothing else. It is kept in this process's memory or in Redis (session-store.ts), never in a file, and the cookie is
 * set only once something is kept (a request sent, an e-ID login begun).
 * Read by astro.config.mjs too, so it imports no astro:* module.
 */
import type { StoreOptions } from './session-store.ts';

/** The cookie's name (the cookie table lists it): named after the form's receipt, the first thing it carried. */
export const SESSION_COOKIE = 'dina-uppgifter-kvitto';
/**
 * The form's pages in both languages (/dina-uppgifter/, /en/your-data/) and the e-ID's routes share no narrower path,
 * and Astro's session has one cookie: so the whole site.
 */
export const SESSION_COOKIE_PATH = '/';
/**
 * How long the cookie, and everything behind it, lives: long enough to follow the redirect on a slow phone, to log in at
 * the e-ID broker, and to fill in the form once verified. A verified identity lasts at most this long too.
 */
export const SESSION_SECONDS = 10 * 60;
/** Sessions kept in memory at most; beyond that the oldest go first. */
const MAX_SESSIONS = 10_000;

/** Astro's `session` option (astro.config.mjs), given the path of session-store.ts: the cookie, the lifetime, the store. */
export function sessionConfig(storeEntrypoint: string) {
  return {
    driver: { entrypoint: storeEntrypoint, config: { ttlSeconds: SESSION_SECONDS, maxEntries: MAX_SESSIONS } satisfies StoreOptions },
    cookie: { name: SESSION_COOKIE, maxAge: SESSION_SECONDS, path: SESSION_COOKIE_PATH, sameSite: 'lax' as const },
    ttl: SESSION_SECONDS,
  };
}
