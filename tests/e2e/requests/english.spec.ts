/**
 * The form in English (/en/your-data/), as a person who reads only English files a request: the confirmation and
 * the receipt in English, with and without JavaScript; the company's mail in Swedish, saying that the request was
 * made in English. The same handler, schema and Action as the Swedish form. (Wrong answers: form.spec.ts runs its
 * cases in every language.)
 */
import type { Locator, Page } from '@playwright/test';
import {
  deliveryTest as test,
  expect,
  axeViolations,
  anna,
  fillForm,
  mailsFor,
  postForm,
  submitAndConfirm,
  FORM_LABELS,
  MAIL_TO,
  MAIL_FROM,
  PERSONAL_VALUES,
} from '../../support/e2e/requests';
import { addresses } from '../../support/fixtures/mail';

// Its tests run in order in one worker, on the app and SMTP server the request files share (deliveryTest).
test.describe.configure({ mode: 'default' });

const FORM = '/en/your-data/';
const CONFIRMATION = '/en/your-data/confirmation/';
const TITLE = 'Ask for a copy of your data or for rectification';

/** A text question of the English form, found by its English label. */
function question(page: Page, field: keyof (typeof FORM_LABELS)['en']['fields']): Locator {
  return page.getByRole('textbox', { name: FORM_LABELS.en.fields[field] });
}


for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a request from the English form: English confirmation (shown once) and receipt, the company mail in Swedish with "Språk: engelska"', async ({ page, smtp }) => {
      await page.goto(FORM);
      await fillForm(page, anna, 'en');
      const reference = await submitAndConfirm(page, 'en');
      const { company, receipt } = await mailsFor(smtp, reference);

      // The company's mail: Swedish, as from the Swedish form, and it names the language to answer in.
      expect(company.envelope).toEqual({ from: MAIL_FROM, to: [MAIL_TO] });
      expect(company.parsed.subject).toMatch(new RegExp(`^Begäran om rättelse ${reference} – svara senast \\d{1,2} \\p{L}+ \\d{4}$`, 'u'));
      expect(addresses(company.parsed.replyTo)).toEqual([anna.email]);
      const body = company.parsed.text!;
      for (const line of ['Gäller: Begäran om rättelse (GDPR artikel 16)', 'Språk: engelska', `Referens: ${reference}`, 'Personnummer/samordningsnummer: 19850415-2383', 'Postnummer: 123 45', 'Svaret önskas: med brev']) {
        expect(body).toContain(line);
      }
      expect(body).toMatch(/Mottagen: .+ kl\. \d{2}:\d{2} \(svensk tid\)/);

      // The receipt: English, with the deadline written in English, and nothing the visitor typed.
      const swedishDeadline = /Svara senast: (\d{1,2} \p{L}+ \d{4})/u.exec(body)![1]!;
      const englishDeadline = /Latest date for our answer: (\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\n/.exec(receipt.parsed.text!)![1]!;
      // The same day in both languages.
      expect(swedishDeadline.split(' ')[0]).toBe(englishDeadline.split(' ')[0]);
      expect(receipt.envelope).toEqual({ from: MAIL_FROM, to: [anna.email] });
      expect(receipt.parsed.headers.get('content-language')).toBe('en');
      expect(receipt.parsed.subject).toBe(`We have received your request ${reference}`);
      const text = receipt.parsed.text!;
      for (const line of [
        'Hello,',
        'We have received your request for rectification.',
        `Reference number: ${reference}`,
        `Latest date for our answer: ${englishDeadline}`,
        'We send the answer by post to the address where you are registered in Sweden, or to your address abroad if you are not registered in Sweden, so that only you get it.',
        'This is an automatic message.',
      ]) {
        expect(text).toContain(line);
      }
      expect(text).not.toMatch(/\b(?:Hej|Vi|Referensnummer|svarar)\b/);
      for (const value of PERSONAL_VALUES) expect(receipt.raw.slice(receipt.raw.indexOf('\r\n\r\n'))).not.toContain(value);

      // The confirmation page: English, the same deadline.
      const main = page.locator('main');
      await expect(main).toContainText('Your reference number');
      await expect(main).toContainText('Write down the reference number. This page is shown only once.');
      await expect(main).toContainText('Your request is for: Rectification of your data (rättelse)');
      await expect(main).toContainText(`We will answer by ${englishDeadline} at the latest.`);
      await expect(main).toContainText('We also send a confirmation to your email address.');
      await expect(main.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en/');

      // Shown once: after that a neutral English page leads back to the English form.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no confirmation to show');
      await expect(main).not.toContainText(reference);
      await expect(page.getByRole('link', { name: 'Go to the form for a copy of your data or for rectification' })).toHaveAttribute('href', FORM);
      // axe runs as a script in the page, so only where scripts run.
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('the confirmation cookie reaches both languages, and lives only minutes', async ({ request, baseURL }) => {
  const posted = await postForm(request, baseURL!, { ...anna }, baseURL, 'en');
  expect(posted.status()).toBe(303);
  expect(posted.headers()['location']).toBe(CONFIRMATION);
  const cookie = posted.headers()['set-cookie']!;
  expect(cookie).toMatch(/dina-uppgifter-kvitto=/);
  expect(cookie).toMatch(/Path=\/(;|$)/);
  expect(cookie).toMatch(/Max-Age=600/);
  const confirmation = await request.get(CONFIRMATION, { maxRedirects: 0 });
  expect(confirmation.headers()['cache-control']).toBe('no-store');
  expect(await confirmation.text()).toContain('We have received your request');
});

test('the English form is refused anywhere but its page: a post to its confirmation page sends nothing', async ({ request, baseURL, smtp }) => {
  const attempts = smtp.attempts;
  for (const path of [`${CONFIRMATION}?_action=requests.submit`, CONFIRMATION, '/en/?_action=requests.submit']) {
    const response = await request.post(path, { form: { ...anna }, headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect([404, 405]).toContain(response.status());
  }
  expect(smtp.attempts).toBe(attempts);
});

test('the English form explains the personnummer, states the art. 12 and 13 facts in English, and with its errors has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto(FORM);
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page).toHaveTitle(new RegExp(`^${TITLE} – `));
  await expect(question(page, 'personnummer')).toHaveAccessibleDescription(
    /Swedish personal identity number \(personnummer\) or coordination number \(samordningsnummer\)\. Write it as YYYYMMDD-XXXX/,
  );
  await expect(question(page, 'email')).toHaveAccessibleName('Email');
  await expect(question(page, 'email')).toHaveAccessibleDescription(/^Needed if you want the answer electronically, otherwise optional\./);
  await expect(page.getByRole('group', { name: 'How do you want the answer?' }).getByRole('radio', { name: 'By post to your registered address (recommended)' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'What do you want to ask for?' }).getByRole('radio')).toHaveCount(2);
  await expect(page.getByRole('group', { name: 'Your registered address in Sweden' }).getByRole('textbox')).toHaveCount(3);

  const facts = page.getByRole('region', { name: 'How we handle the data in your request' });
  for (const text of [
    'J A Inkasso & Consulting AB, Box 358, 801 05 GÄVLE, is the data controller.',
    'Article 15 of the General Data Protection Regulation',
    'to have data about you rectified or completed (Article 16)',
    'Legal obligation (Article 6(1)(c))',
    'What your request is for, your name, your personnummer or samordningsnummer (if you have neither: your date of birth) and your address. If you want the answer electronically, also your email address.',
    'to find you in our records and to send the answer safely to you',
    'Email (when the answer comes by letter), phone and case number.',
    'Without it, we cannot handle your request through the form. You can write to us or call us instead:',
    'We check your address in SPAR, the Swedish state register of personal addresses (statens personadressregister).',
    'If we rectify or complete data about you, we tell those we have disclosed the data to.',
    '(our client) and the Swedish Enforcement Authority (Kronofogden)',
    'data processors',
    'You have the right to get a copy of it, and to have it rectified if it is wrong or incomplete.',
    'The right to object and the right to data portability do not apply here',
    'It is free.',
    'without undue delay and within one month at the latest',
    'at most two more months',
    'within the first month',
    'Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)',
    'You do not need to send a copy of your ID document.',
  ]) {
    await expect(facts).toContainText(text);
  }
  await expect(facts).not.toContainText('How long we keep it');
  await expect(facts).not.toContainText(/No one else|outside the EU\/EEA|correction|extract/);
  await expect(facts.getByRole('link', { name: 'Contact', exact: true })).toHaveAttribute('href', '/en/contact/');
  await expect(page.getByRole('radio', { name: 'Rectification of your data' })).toHaveAccessibleDescription(
    'We correct data about you that is wrong, and complete data that is incomplete (in Swedish: rättelse).',
  );
  await expect(facts.getByRole('link', { name: 'privacy policy' })).toHaveAttribute('href', '/en/privacy-policy/');
  await expect(page.locator('details').getByText('Do you have protected personal details (skyddade personuppgifter)?')).toBeVisible();
  // The empty form's axe check is tour.spec.ts's, on every page; here the form with its errors.

  await page.getByRole('radio', { name: 'Rectification of your data' }).check();
  await expect(question(page, 'correction')).toBeVisible();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});
