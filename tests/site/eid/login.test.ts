/**
 * The e-ID without a browser (the form and the e-ID routes run no script), against a real OpenID provider on loopback
 * (tests/support/oidc.ts) and the built app with e-ID, both started once for this file: the form with e-ID on is the
 * form without it (the run's own server) but for the e-ID's parts; and the returns from the broker that verify no one:
 * a cancel, a forged state, a replayed code, ID tokens the site must refuse (among them a method it does not accept). Each ends on the form with a notice and
 * nothing verified; the form still sends; no personnummer reaches the log, a URL or a cookie. The verified flow in a
 * browser, with axe and the mail: tests/e2e/eid/verify.spec.ts; the other configurations: ./configurations.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EID_WORDS, EVA_PIECES, RETURN_PATH, Visitor, eidState, loginWithEid, startEidSite, textbox, type EidSite, type Visited } from '../../support/oidc-visitor';
import { ACCEPTED_ACR, OTHER_ACR, type Tamper, type TestProvider } from '../../support/oidc';
import { annaRegisterutdrag, personalDataIn } from '../../support/fixtures/anna';
import { MAIL_TO } from '../../support/fixtures/mail';
import { LOCALES, type Locale } from '../../../src/i18n/locales';
import { EID_START_ROUTES, ROUTES } from '../../../src/i18n/routes';
import { siteUrl } from '../../support/served';

let site: EidSite;
let provider: TestProvider;

// Starting the built app is the slow part on a busy machine: a bound on waiting, as the tests' own.
beforeAll(async () => {
  site = await startEidSite({ variant: 'id-token' });
  provider = site.provider!;
}, 60_000);

afterAll(async () => {
  await site?.stop();
});

/** Back on the form of `locale`, told `notice`, with nothing verified: the personnummer question is empty. */
function expectNotVerified(page: Visited, locale: Locale, notice: 'cancelled' | 'refused'): void {
  expect(page.url.pathname).toBe(ROUTES.request[locale]);
  const state = eidState(page);
  expect(state.notices.join(' ')).toContain(EID_WORDS[locale][notice]);
  expect(state.verified).toBeUndefined();
  expect(page.body).not.toContain(EID_WORDS[locale].verified);
  const personnummer = page.$('input[name="personnummer"]');
  expect(personnummer).toHaveLength(1);
  expect(personnummer.val() ?? '').toBe('');
  expect(textbox(page, /^Personnummer/)).toHaveLength(1);
}

/** Nothing of Eva's personnummer in a URL the visitor went to, a cookie it was given or holds, or the app's log. */
function expectNoLeak(visitor: Visitor): void {
  for (const piece of EVA_PIECES) {
    expect(visitor.urls.filter((url) => url.includes(piece))).toEqual([]);
    expect(visitor.setCookies.filter((line) => line.includes(piece))).toEqual([]);
    expect(visitor.cookies()).not.toContain(piece);
    expect(site.app.output()).not.toContain(piece);
  }
  expect(site.app.output()).not.toContain('Legitimerad');
}

/** The e-ID's log lines of one outcome, with their codes. */
function logged(outcome: string): string[] {
  return [...site.app.output().matchAll(new RegExp(`"event":"e-id","outcome":"${outcome}"(?:,"code":"([A-Za-z_-]+)")?`, 'g'))].map((match) => match[1] ?? '');
}

/** Each wrong token, and the check of openid-client's (oauth4webapi's error code) that must refuse it. */
const TAMPERED: Record<Tamper, string> = {
  audience: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  nonce: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  expired: 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
  signature: 'OAUTH_INVALID_RESPONSE',
};

describe.each(LOCALES)('%s', (locale) => {
  it('cancel at the provider: back to the form with a message, and the form still sends', async () => {
    const visitor = new Visitor();
    const form = await loginWithEid(visitor, site.app, locale, provider, { cancel: true });
    expectNotVerified(form, locale, 'cancelled');
    expect(logged('cancelled')).toContain('access_denied');

    const confirmation = await visitor.submit(form, form.$('form[data-request-form]').attr('action')!, { ...annaRegisterutdrag });
    expect(confirmation.url.pathname).toBe(ROUTES.confirmation[locale]);
    const reference = confirmation.$('[data-reference]').text().trim();
    expect(reference).toMatch(/^JA-[2-9A-HJ-NP-Z]{8}$/);
    await expect.poll(() => site.smtp.mailsTo(MAIL_TO).filter((mail) => mail.parsed.subject?.includes(reference)).length).toBe(1);
    expect(personalDataIn(site.app.output())).toEqual([]);
    expectNoLeak(visitor);
  });

  it('a return with a forged state is refused, and nothing is verified', async () => {
    const visitor = new Visitor();
    const returnUrl = await loginWithEid(visitor, site.app, locale, provider, { hold: true });
    const refusedBefore = logged('refused').length;
    returnUrl.searchParams.set('state', 'forged-state');
    expectNotVerified(await visitor.visit(returnUrl), locale, 'refused');
    expect(logged('refused').length).toBe(refusedBefore + 1);
    expectNoLeak(visitor);
  });

  it('a replayed return (the same code again) is refused, in the same browser and in another', async () => {
    const visitor = new Visitor();
    const returnUrl = await loginWithEid(visitor, site.app, locale, provider, { hold: true });
    const verified = await visitor.visit(returnUrl);
    expect(verified.url.pathname).toBe(ROUTES.request[locale]);
    expect(eidState(verified).verified).toContain(EID_WORDS[locale].verified);

    // The same browser: the login under way was used up, and the identity verified before is forgotten.
    expectNotVerified(await visitor.visit(returnUrl), locale, 'refused');
    expect(eidState(await visitor.visit(new URL(ROUTES.request[locale], site.app.url))).verified).toBeUndefined();

    // Another browser, with the code in hand: no login under way there, so no language either (the Swedish form).
    const stranger = new Visitor();
    expectNotVerified(await stranger.visit(returnUrl), 'sv', 'refused');
    expect(logged('refused')).toContain('no-login-under-way');
    expectNoLeak(visitor);
    expectNoLeak(stranger);
  });

  it('a login by a method the site does not accept (its ID token carries another acr) is refused; the accepted method is what the site asks for', async () => {
    const visitor = new Visitor();
    const before = logged('refused').length;
    provider.loginMethodNext(OTHER_ACR);
    expectNotVerified(await loginWithEid(visitor, site.app, locale, provider), locale, 'refused');
    expect(logged('refused').slice(before)).toEqual(['acr-not-allowed']);
    // The site sent the visitor to the broker asking for the accepted method only.
    const asked = visitor.urls.map((url) => new URL(url)).filter((url) => url.origin === new URL(provider.issuer).origin && url.searchParams.has('acr_values'));
    expect(asked.map((url) => url.searchParams.get('acr_values'))).toEqual([ACCEPTED_ACR]);
    expectNoLeak(visitor);
  });

  it('an ID token for another audience, with a wrong nonce, expired, or signed by another key is refused', async () => {
    const visitor = new Visitor();
    for (const [kind, check] of Object.entries(TAMPERED) as [Tamper, string][]) {
      const before = logged('refused').length;
      provider.tamperNext(kind);
      expectNotVerified(await loginWithEid(visitor, site.app, locale, provider), locale, 'refused');
      expect(logged('refused').slice(before), kind).toEqual([check]);
    }
    // Untouched, the same provider verifies: the refusals were the tokens', not the set-up's.
    const verified = await loginWithEid(visitor, site.app, locale, provider);
    expect(eidState(verified).verified).toContain(EID_WORDS[locale].verified);
    expectNoLeak(visitor);
  });
});

/** The e-ID parts of a form page, cut out: its stylesheet link, the start link and its hint, the fact under the form. */
function withoutEid(html: string): string {
  return html
    .replace(/<link rel="stylesheet" href="\/_astro\/e-id\.[^"]+\.css">/, '')
    .replace(/<div class="eid-start">.*?<\/p><\/div>/s, '')
    .replace(/<dt[^>]*>(Om du styrker din identitet med e-legitimation|If you verify your identity with e-ID)<\/dt><dd[^>]*>[^<]*<\/dd>/, '');
}

describe.each(LOCALES)('the form in %s', (locale) => {
  it('without e-ID (the default, the run\'s own server): has no e-ID and sets no cookie, and its e-ID routes are 404', async () => {
    const form = await fetch(new URL(ROUTES.request[locale], siteUrl()), { redirect: 'manual' });
    const html = await form.text();
    expect(html).not.toContain(EID_WORDS[locale].start);
    expect(html).not.toContain('e-id.');
    expect(form.headers.getSetCookie()).toEqual([]);
    // The site's own 404 page, as for any unknown address: the start in the form's language, the return in Swedish.
    const notFound = { sv: 'Sidan finns inte', en: 'Page not found' } as const;
    for (const [path, language] of [[EID_START_ROUTES[locale], locale], [EID_START_ROUTES[locale].replace(/\/$/, ''), locale], [`${RETURN_PATH}?code=x&state=y`, 'sv']] as const) {
      const response = await fetch(new URL(path, siteUrl()), { redirect: 'manual' });
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toMatch(new RegExp(`<h1[^>]*>${notFound[language]}</h1>`));
    }
  });

  it('with e-ID on, differs from the form without it by the e-ID\'s parts only, and its CSP not at all', async () => {
    const on = await fetch(new URL(ROUTES.request[locale], site.app.url), { redirect: 'manual' });
    const plain = await fetch(new URL(ROUTES.request[locale], siteUrl()), { redirect: 'manual' });
    expect(on.headers.get('content-security-policy')).toBe(plain.headers.get('content-security-policy'));
    const html = await on.text();
    expect(html).toContain(EID_WORDS[locale].start);
    expect(withoutEid(html)).toBe(await plain.text());
    // Opening the form with e-ID on starts no session either.
    expect(on.headers.getSetCookie()).toEqual([]);
  });
});
