/**
 * How the answer reaches the person (art. 15(3)), and people not folkbokförda in Sweden, in both languages, in the
 * browser with its scripts running: the questions that apply appear, the server asks only for them, and the choice
 * reaches the company's mail, the confirmation and the receipt. Without JavaScript the same flows are plain posts
 * (tests/site/requests/delivery.test.ts); the questions appearing without JavaScript, and axe with them showing, are in
 * form.spec.ts.
 */
import type { Page } from '@playwright/test';
import { deliveryTest as test, expect, fillForm, submitAndConfirm, mailsFor, bo, MAIL_TO } from '../../support/e2e/requests';
import { LOCALES, type Locale } from '../../../src/i18n/locales';

test.describe.configure({ mode: 'default' });

/** What a visitor reads, in each language: the test's own words, not the site's strings. */
const WORDS = {
  sv: {
    path: '/dina-uppgifter/',
    submit: 'Skicka begäran',
    abroad: 'Nej, jag är inte folkbokförd i Sverige',
    electronic: 'Elektroniskt',
    noNumber: 'Nej, jag har inget svenskt personnummer eller samordningsnummer',
    hasNumber: 'Ja',
    birthDate: 'Födelsedatum',
    abroadFields: { abroadAddress: 'Adressrad 1', abroadAddress2: 'Adressrad 2 (frivilligt)', abroadPostalCode: 'Postnummer (frivilligt)', abroadCity: 'Ort', country: 'Land' },
    email: 'E-post',
    emailMissing: 'Skriv din e-postadress, eller välj att få svaret med brev',
    error: 'Fel:',
    saysElectronic: 'Vi kontrollerar först att det är du. Sedan skickar vi svaret elektroniskt på ett skyddat sätt, aldrig som vanlig e-post.',
  },
  en: {
    path: '/en/your-data/',
    submit: 'Send request',
    abroad: 'No, I am not registered in Sweden',
    electronic: 'Electronically',
    noNumber: 'No, I have neither a Swedish personnummer nor a coordination number',
    hasNumber: 'Yes',
    birthDate: 'Date of birth',
    abroadFields: { abroadAddress: 'Address line 1', abroadAddress2: 'Address line 2 (optional)', abroadPostalCode: 'Postcode (optional)', abroadCity: 'Town or city', country: 'Country' },
    email: 'Email',
    emailMissing: 'Enter your email address, or choose to get the answer by post',
    error: 'Error:',
    saysElectronic: 'We first make sure that it is you. Then we send the answer electronically in a protected way, never as ordinary email.',
  },
} as const satisfies Record<Locale, unknown>;

/** Fills in Bo's request as a person would: the address abroad appears once "abroad" is chosen. */
async function fillAbroad(page: Page, locale: Locale): Promise<void> {
  const w = WORDS[locale];
  await fillForm(page, { type: 'registerutdrag', name: bo.name, personnummer: bo.personnummer }, locale);
  const abroadAddress = page.getByRole('textbox', { name: w.abroadFields.abroadAddress, exact: true });
  await expect(abroadAddress).toBeHidden();
  await page.getByRole('radio', { name: w.abroad }).check();
  for (const [field, label] of Object.entries(w.abroadFields) as [keyof typeof w.abroadFields, string][]) {
    await page.getByRole('textbox', { name: label, exact: true }).fill(bo[field]);
  }
  // The Swedish postcode is hidden, and ignored by the server.
  await expect(page.getByRole('textbox', { name: locale === 'sv' ? 'Postnummer' : 'Postcode', exact: true })).toBeHidden();
}

for (const locale of LOCALES) {
  const w = WORDS[locale];
  test(`${locale}: a samordningsnummer and an address abroad, answered electronically: without an e-mail address the field error, then delivered with how to verify identity; confirmation and receipt say electronically`, async ({ page, smtp }) => {
    await page.goto(w.path);
    await fillAbroad(page, locale);
    await page.getByRole('radio', { name: w.electronic }).check();
    await page.getByRole('radio', { name: w.noNumber }).check();
    await expect(page.getByRole('textbox', { name: w.birthDate, exact: true })).toBeVisible();
    await page.getByRole('radio', { name: w.hasNumber, exact: true }).check();

    await test.step('electronically without an e-mail address gets the field error, the choice kept, nothing sent', async () => {
      const attempts = smtp.attempts;
      await page.getByRole('button', { name: w.submit }).click();
      const summary = page.locator('[data-error-summary]');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('link')).toHaveText([w.emailMissing]);
      const email = page.getByRole('textbox', { name: w.email, exact: true });
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(email).toHaveAccessibleDescription(new RegExp(`${w.error} ${w.emailMissing}`));
      await expect(page.getByRole('radio', { name: w.electronic })).toBeChecked();
      await expect(page.getByRole('textbox', { name: w.abroadFields.country, exact: true })).toHaveValue(bo.country);
      expect(smtp.attempts).toBe(attempts);
    });

    await test.step('with the e-mail address: delivered, the company told how to verify identity; confirmation and receipt say electronically', async () => {
      await page.getByRole('textbox', { name: w.email, exact: true }).fill(bo.email);
      const reference = await submitAndConfirm(page, locale);
      await expect(page.locator('main')).toContainText(w.saysElectronic);
      const { company, receipt } = await mailsFor(smtp, reference, bo.email);
      // What the company's mail says of the address abroad and of verifying identity, word for word, is checked on the
      // same post made without a browser (tests/site/requests/delivery.test.ts).
      expect(company.envelope.to).toEqual([MAIL_TO]);
      expect(company.parsed.text).toContain('Svaret önskas: elektroniskt');
      expect(receipt.parsed.text).toContain(w.saysElectronic);
    });
  });
}
