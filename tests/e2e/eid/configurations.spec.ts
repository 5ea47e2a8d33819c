/**
 * The e-ID in its other configurations: a broker that gives the personnummer only from UserInfo (as Signicat's `nin`),
 * a broker that is down, a verified identity that runs out, and no e-ID at all, where the form is exactly as without it.
 */
import { requestTest, fillForm, submitAndConfirm, anna, MAIL_TO } from '../../support/e2e/requests';
import { eidTest, loginWithEid, EID_WORDS, RETURN_PATH, eva, expect } from '../../support/e2e/eid';
import { test as siteTest } from '../../support/e2e/fixtures';
import { eidEnv } from '../../support/oidc';
import { unusedPort } from '../../support/smtp';
import { LOCALES } from '../../../src/i18n/locales';
import { EID_START_ROUTES, ROUTES } from '../../../src/i18n/routes';

const userInfoTest = eidTest('userinfo');

userInfoTest('a broker that gives the personnummer from UserInfo (nin scope) verifies too, and the mail says so', async ({ page, provider, smtp }) => {
  await loginWithEid(page, 'sv', provider);
  await expect(page.locator('[data-eid-verified]')).toContainText(eva.personnummer);
  await fillForm(page, { type: 'registerutdrag', address: anna.address, postalCode: anna.postalCode, city: anna.city }, 'sv');
  const reference = await submitAndConfirm(page, 'sv');
  await expect.poll(() => smtp.mailsTo(MAIL_TO).filter((mail) => mail.parsed.subject?.includes(reference)).length).toBe(1);
  const text = smtp.mailsTo(MAIL_TO).find((mail) => mail.parsed.subject?.includes(reference))!.parsed.text!;
  expect(text).toContain('Personnumret kommer från e-legitimationen.');
  expect(text).toContain(`Personnummer/samordningsnummer: ${eva.personnummer}`);
});

// Nothing listens at the issuer: the broker is down.
const downTest = requestTest({ env: async () => ({ RATE_LIMIT_MAX: '1000', ...eidEnv(`http://127.0.0.1:${await unusedPort()}`, 'id-token') }) });

for (const locale of LOCALES) {
  downTest(`${locale}: the broker is down: back to the form with a message, and the form without e-ID works`, async ({ page }) => {
    await page.goto(ROUTES.request[locale]);
    await page.getByRole('link', { name: EID_WORDS[locale].start }).click();
    await expect(page).toHaveURL(new RegExp(`${ROUTES.request[locale]}$`));
    await expect(page.getByRole('alert')).toContainText(EID_WORDS[locale].unavailable);
    await fillForm(page, { ...anna, type: 'registerutdrag' }, locale);
    await submitAndConfirm(page, locale);
  });
}

// Long enough to see the verified form after the return on a busy machine; short enough to wait for.
const expiryTest = eidTest('id-token', { EID_VERIFIED_SECONDS: '10' });

for (const locale of LOCALES) {
  expiryTest(`${locale}: a verified identity runs out: the verified mark is gone, and the form says why`, async ({ page, provider }) => {
    await loginWithEid(page, locale, provider);
    await expect(page.locator('[data-eid-verified]')).toBeVisible();
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.locator('[data-eid-verified]').count();
        },
        { timeout: 30_000 },
      )
      .toBe(0);
    await expect(page.getByRole('alert')).toContainText(EID_WORDS[locale].expired);
    await expect(page.getByRole('link', { name: EID_WORDS[locale].start })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Personnummer/ })).toBeVisible();
  });
}

expiryTest('the identity runs out while the form is filled in: sending asks for the personnummer, says why, and sends nothing', async ({ page, provider, smtp }) => {
  await loginWithEid(page, 'sv', provider);
  const verifiedBy = Date.now();
  await expect(page.locator('[data-eid-verified]')).toBeVisible();
  await fillForm(page, { type: 'registerutdrag', address: anna.address, postalCode: anna.postalCode, city: anna.city }, 'sv');
  // The identity's 10 seconds, counted from after the server took it, have passed (the page is not reloaded meanwhile).
  await expect.poll(() => Date.now() - verifiedBy, { timeout: 30_000 }).toBeGreaterThan(10_000);
  const attempts = smtp.attempts;
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
  await expect(page.getByRole('heading', { name: 'Det finns ett problem' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skriv ditt personnummer' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: EID_WORDS.sv.expired })).toBeVisible();
  await expect(page.locator('[data-eid-verified]')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: /^Personnummer/ })).toBeVisible();
  // The other answers are kept.
  await expect(page.getByRole('textbox', { name: /^Postnummer/ })).toHaveValue(anna.postalCode);
  expect(smtp.attempts).toBe(attempts);
});

/** The e-ID parts of a form page, cut out: its stylesheet link, the start link and its hint, the fact under the form. */
function withoutEid(html: string): string {
  return html
    .replace(/<link rel="stylesheet" href="\/_astro\/e-id\.[^"]+\.css">/, '')
    .replace(/<div class="eid-start">.*?<\/p><\/div>/s, '')
    .replace(/<dt[^>]*>(Om du styrker din identitet med e-legitimation|If you verify your identity with e-ID)<\/dt><dd[^>]*>[^<]*<\/dd>/, '');
}

const withEid = eidTest('id-token');

siteTest.describe('without e-ID (the default)', () => {
  for (const locale of LOCALES) {
    siteTest(`${locale}: the form has no e-ID and sets no cookie, and its e-ID routes are 404`, async ({ request }) => {
      const form = await request.get(ROUTES.request[locale]);
      const html = await form.text();
      expect(html).not.toContain(EID_WORDS[locale].start);
      expect(html).not.toContain('e-id.');
      expect(form.headers()['set-cookie']).toBeUndefined();
      expect((await request.get(EID_START_ROUTES[locale], { maxRedirects: 0 })).status()).toBe(404);
      expect((await request.get(`${RETURN_PATH}?code=x&state=y`, { maxRedirects: 0 })).status()).toBe(404);
    });
  }
});

for (const locale of LOCALES) {
  withEid(`${locale}: with e-ID on, the form differs from the form without it by the e-ID's parts only, and its CSP not at all`, async ({ request, playwright }) => {
    const on = await request.get(ROUTES.request[locale]);
    // The suite's own server (playwright.config.ts), which runs without e-ID.
    const off = await playwright.request.newContext({ baseURL: withEid.info().project.use.baseURL! });
    try {
      const plain = await off.get(ROUTES.request[locale]);
      expect(on.headers()['content-security-policy']).toBe(plain.headers()['content-security-policy']);
      const html = await on.text();
      expect(html).toContain(EID_WORDS[locale].start);
      expect(withoutEid(html)).toBe(await plain.text());
      // Opening the form with e-ID on starts no session either.
      expect(on.headers()['set-cookie']).toBeUndefined();
    } finally {
      await off.dispose();
    }
  });
}
