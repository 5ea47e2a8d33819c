/**
 * Verifying with e-ID in a browser, against a real OpenID provider on loopback that gives the personnummer in the ID
 * token (as Idura's `ssn`): the form shows the verified identity (as text, in no field), the company's mail states it
 * and carries the e-ID's personnummer whatever the page posted; no personnummer reaches the log, a URL, a cookie or
 * the browser's storage; axe on the verified form and on the notice after a cancel. What needs no browser (a cancel, a
 * forged state, a replayed code, wrong tokens, the other configurations) is in tests/site/eid/.
 */
import type { Page } from '@playwright/test';
import { eidTest, loginWithEid, EID_WORDS, EVA_PIECES, eva, expect } from '../../support/e2e/eid';
import { axeViolations, fillForm, submitAndConfirm, anna, MAIL_TO } from '../../support/e2e/requests';
import { htmlProblems } from '../../support/e2e/html';
import { LOCALES, type Locale } from '../../../src/i18n/locales';
import { ROUTES } from '../../../src/i18n/routes';
import { ACCEPTED_ACR } from '../../support/oidc';

const test = eidTest('id-token');

/** Eva's personnummer as the e-ID gives it and the company's mail states it. */
const EVA_PNR = eva.personnummer;

/** The rest of the form, as Eva fills it in after verifying: her address, and the answer electronically. */
async function fillTheRest(page: Page, locale: Locale): Promise<void> {
  // The channel first: the e-mail field appears under "Elektroniskt" (fillForm chooses it before typing).
  await fillForm(page, { type: 'registerutdrag', address: anna.address, postalCode: anna.postalCode, city: anna.city, answerChannel: 'elektroniskt', email: 'eva@example.test' }, locale);
  await expect(page.getByRole('radio', { name: EID_WORDS[locale].electronic })).toBeChecked();
}

/** Every URL the page asked for or went to, for the leak check. */
function urlsSeen(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  return urls;
}

for (const locale of LOCALES) {
  test(`${locale}: verify, send: the mail states the e-ID and carries its personnummer, even from a tampered page`, async ({ page, context, provider, smtp, app }) => {
    const urls = urlsSeen(page);
    if (locale === 'en') {
      await test.step('a cancel at the provider first: its notice is accessible', async () => {
        await loginWithEid(page, locale, provider, { cancel: true });
        await expect(page.getByRole('alert')).toContainText(EID_WORDS[locale].cancelled);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
    await loginWithEid(page, locale, provider);
    const panel = page.locator('[data-eid-verified]');
    await expect(panel.getByRole('heading', { name: EID_WORDS[locale].verified })).toBeVisible();
    await expect(panel).toContainText(eva.name);
    await expect(panel).toContainText(EVA_PNR);
    // Read-only: nothing on the page lets the visitor type another name or personnummer.
    await expect(page.getByRole('textbox', { name: /^(Namn|Name)/ })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: /^Personnummer/ })).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    // The verified form as served (the browser's cookie, so the same session) is valid HTML.
    const served = await (await page.request.get(ROUTES.request[locale])).text();
    expect(await htmlProblems(served, `verified-${locale}`)).toEqual([]);
    // Shown, never held in a field: no input of the form carries her personnummer or name, hidden or not.
    const inputs = served.match(/<input\b[^>]*>/g) ?? [];
    expect(inputs.length).toBeGreaterThan(0);
    for (const piece of [...EVA_PIECES, eva.name]) expect(inputs.filter((input) => input.includes(piece))).toEqual([]);
    await expect(page.locator('input[name="personnummer"], input[name="name"], input[name="idType"]')).toHaveCount(0);

    await fillTheRest(page, locale);
    // Someone edits the page, adding another person's name and personnummer to the post: the server takes both from
    // the session, whatever is posted.
    await page.evaluate(
      ([pnr, name]) => {
        const form = document.querySelector('form[data-request-form]')!;
        for (const [field, value] of [['idType', 'personnummer'], ['personnummer', pnr!], ['name', name!]] as const) {
          const input = Object.assign(document.createElement('input'), { type: 'hidden', name: field, value });
          form.append(input);
        }
      },
      [anna.personnummer, anna.name],
    );
    await expect(page.locator('input[name="personnummer"]')).toHaveValue(anna.personnummer);
    const reference = await submitAndConfirm(page, locale);

    await expect.poll(() => smtp.mailsTo(MAIL_TO).filter((mail) => mail.parsed.subject?.includes(reference)).length).toBe(1);
    const text = smtp.mailsTo(MAIL_TO).find((mail) => mail.parsed.subject?.includes(reference))!.parsed.text!;
    // The accepted method by name and acr, the time, the issuer: no brackets inside brackets.
    expect(text).toMatch(new RegExp(`Identiteten är styrkt med e-legitimation: BankID \\(${ACCEPTED_ACR}\\) den [^()]+ \\(svensk tid\\) genom ${provider.issuer.replace(/[.:/]/g, '\\$&')}\\. Personnumret kommer från e-legitimationen\\.`));
    expect(text).toContain(`Personnummer/samordningsnummer: ${EVA_PNR}`);
    expect(text).toContain(`Namn: ${eva.name}`);
    expect(text).toContain('ingen ytterligare kontroll behövs');
    expect(text).not.toContain('850415');
    expect(text).not.toContain(anna.name);

    // Once sent, the identity is forgotten: the form is empty again.
    await page.goto(ROUTES.request[locale]);
    await expect(page.getByRole('link', { name: EID_WORDS[locale].start })).toBeVisible();
    await expect(page.locator('[data-eid-verified]')).toHaveCount(0);

    // Nowhere but the page and the mail: not the log, a URL, a cookie or the browser's storage.
    const storage = await page.evaluate(() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]));
    const cookies = JSON.stringify(await context.cookies());
    for (const piece of [...EVA_PIECES, 'Legitimerad']) {
      expect(app.output()).not.toContain(piece);
      expect(storage).not.toContain(piece);
      expect(cookies).not.toContain(piece);
    }
    for (const piece of EVA_PIECES) expect(urls.filter((url) => url.includes(piece))).toEqual([]);
    expect(app.output()).toContain('"event":"e-id","outcome":"verified"');
  });
}
