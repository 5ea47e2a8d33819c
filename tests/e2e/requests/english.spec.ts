/**
 * The form in English (/en/your-data/), as a person who reads only English files a request in the browser, its
 * scripts running: the confirmation and the receipt in English; the company's mail in Swedish, saying that the
 * request was made in English. The same handler, schema and Action as the Swedish form. Without JavaScript the same
 * flow is a plain post, as are the confirmation cookie, the posts that must send nothing and the English form's
 * facts (tests/site/requests/); wrong answers, and axe with them: form.spec.ts in every language.
 */
import {
  deliveryTest as test,
  expect,
  axeViolations,
  anna,
  fillForm,
  mailsFor,
  submitAndConfirm,
  MAIL_TO,
  MAIL_FROM,
  PERSONAL_VALUES,
} from '../../support/e2e/requests';
import { addresses } from '../../support/fixtures/mail';

// Its tests run in order in one worker, on the app and SMTP server the request files share (deliveryTest).
test.describe.configure({ mode: 'default' });

const FORM = '/en/your-data/';

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
  expect(await axeViolations(page)).toEqual([]);
});
