/**
 * The e-ID in its other configurations, without a browser (the form and the e-ID routes run no script): a broker
 * that gives the personnummer only from UserInfo (as Signicat's `nin`), a broker that is down, and a verified identity
 * that runs out. Each is the built app with those settings, started once for its tests, with a real OpenID provider
 * on loopback (tests/support/oidc.ts) where there is one. The default configuration: ./login.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EID_WORDS, Visitor, eidState, eva, linkNamed, loginWithEid, startEidSite, textbox, type EidSite, type Visited } from '../../support/oidc-visitor';
import { anna, annaRegisterutdrag, personalDataIn } from '../../support/fixtures/anna';
import { MAIL_TO } from '../../support/fixtures/mail';
import { ACCEPTED_ACR } from '../../support/oidc';
import { LOCALES, type Locale } from '../../../src/i18n/locales';
import { ROUTES } from '../../../src/i18n/routes';

const sites = {} as Record<'userinfo' | 'down' | 'expiry', EidSite>;

// The three apps start together, once for the file. Starting the built app is the slow part on a busy machine: a
// bound on waiting, as the tests' own.
beforeAll(async () => {
  [sites.userinfo, sites.down, sites.expiry] = await Promise.all([
    startEidSite({ variant: 'userinfo' }),
    startEidSite({ broker: 'down' }),
    // Long enough to see the verified form after the return on a busy machine; short enough to wait for.
    startEidSite({ env: { EID_VERIFIED_SECONDS: '10' } }),
  ]);
}, 60_000);
afterAll(() => Promise.all(Object.values(sites).map((site) => site.stop())));

/** The form of `page` posted with `fields`, as a browser without JavaScript posts it; the page it ends on. */
function send(visitor: Visitor, page: Visited, fields: Record<string, string>): Promise<Visited> {
  return visitor.submit(page, page.$('form[data-request-form]').attr('action')!, fields);
}

/** The reference on a confirmation page, once the company's mail for it has arrived; that mail's text. */
async function companyMail(site: EidSite, confirmation: Visited, locale: Locale): Promise<string> {
  expect(confirmation.url.pathname).toBe(ROUTES.confirmation[locale]);
  const reference = confirmation.$('[data-reference]').text().trim();
  expect(reference).toMatch(/^JA-[2-9A-HJ-NP-Z]{8}$/);
  const mails = () => site.smtp.mailsTo(MAIL_TO).filter((mail) => mail.parsed.subject?.includes(reference));
  await expect.poll(() => mails().length).toBe(1);
  return mails()[0]!.parsed.text!;
}

describe('a broker that gives the personnummer from UserInfo (nin scope)', () => {
  const site = () => sites.userinfo;

  it('verifies too, and the mail says so', async () => {
    const visitor = new Visitor();
    const form = await loginWithEid(visitor, site().app, 'sv', site().provider!);
    expect(eidState(form).verified).toContain(eva.personnummer);
    const text = await companyMail(site(), await send(visitor, form, { type: 'registerutdrag', address: anna.address, postalCode: anna.postalCode, city: anna.city, answerChannel: 'brev' }), 'sv');
    expect(text).toContain('Personnumret kommer från e-legitimationen.');
    // The accepted method, named; only then no further check.
    expect(text).toContain(`Identiteten är styrkt med e-legitimation: BankID (${ACCEPTED_ACR}) den `);
    expect(text).toContain('ingen ytterligare kontroll behövs');
    expect(text).toContain(`Personnummer/samordningsnummer: ${eva.personnummer}`);
    expect(personalDataIn(site().app.output())).toEqual([]);
  });
});

describe('a broker that is down (nothing listens at the issuer)', () => {
  const site = () => sites.down;

  it.each(LOCALES)('%s: back to the form with a message, and the form without e-ID works', async (locale) => {
    const visitor = new Visitor();
    const form = await visitor.visit(new URL(ROUTES.request[locale], site().app.url));
    const back = await visitor.visit(linkNamed(form, EID_WORDS[locale].start));
    expect(back.url.pathname).toBe(ROUTES.request[locale]);
    expect(eidState(back).notices.join(' ')).toContain(EID_WORDS[locale].unavailable);
    await companyMail(site(), await send(visitor, back, { ...annaRegisterutdrag }), locale);
    expect(personalDataIn(site().app.output())).toEqual([]);
  });
});

// The tests run together, so the run waits for the identity's time once.
describe.concurrent('a verified identity that runs out (EID_VERIFIED_SECONDS=10)', () => {
  const site = () => sites.expiry;

  it.for(LOCALES)('%s: the verified mark is gone, and the form says why', async (locale, { expect }) => {
    const visitor = new Visitor();
    const verified = await loginWithEid(visitor, site().app, locale, site().provider!);
    expect(eidState(verified).verified).toContain(EID_WORDS[locale].verified);
    let page = verified;
    await expect
      .poll(
        async () => {
          page = await visitor.visit(new URL(ROUTES.request[locale], site().app.url));
          return eidState(page).verified;
        },
        { timeout: 25_000, interval: 500 },
      )
      .toBeUndefined();
    expect(eidState(page).notices.join(' ')).toContain(EID_WORDS[locale].expired);
    expect(() => linkNamed(page, EID_WORDS[locale].start)).not.toThrow();
    expect(textbox(page, /^Personnummer/)).toHaveLength(1);
  });

  it('the identity runs out while the form is filled in: sending asks for the personnummer, says why, and sends nothing', async ({ expect }) => {
    const visitor = new Visitor();
    const form = await loginWithEid(visitor, site().app, 'sv', site().provider!);
    const verifiedBy = Date.now();
    expect(eidState(form).verified).toContain(EID_WORDS.sv.verified);
    // The identity's 10 seconds, counted from after the server took it, have passed (the page is not reloaded meanwhile).
    await expect.poll(() => Date.now() - verifiedBy, { timeout: 25_000, interval: 500 }).toBeGreaterThan(10_000);
    const attempts = site().smtp.attempts;
    const answer = await send(visitor, form, { type: 'registerutdrag', address: anna.address, postalCode: anna.postalCode, city: anna.city, answerChannel: 'brev' });
    expect(answer.status).toBe(400);
    expect(answer.url.pathname).toBe(ROUTES.request.sv);
    expect(answer.$('[data-error-summary] h2').text().trim()).toBe('Det finns ett problem');
    expect(answer.$('[data-error-summary] a').toArray().map((link) => answer.$(link).text().trim())).toContain('Skriv ditt personnummer eller samordningsnummer');
    expect(eidState(answer).notices.some((notice) => notice.includes(EID_WORDS.sv.expired))).toBe(true);
    expect(eidState(answer).verified).toBeUndefined();
    expect(textbox(answer, /^Personnummer/)).toHaveLength(1);
    // The other answers are kept.
    expect(textbox(answer, /^Postnummer/).val()).toBe(anna.postalCode);
    expect(site().smtp.attempts).toBe(attempts);
    expect(personalDataIn(site().app.output())).toEqual([]);
  });
});
