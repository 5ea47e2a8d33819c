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
} from '../../support/e2e/requests';

// Its tests run in order in one worker, on the app and SMTP server the request files share (deliveryTest).
test.describe.configure({ mode: 'default' });

const FORM = '/en/your-data/';

test('a request from the English form in the browser: both mails go out, the English confirmation states the receipt\'s deadline and is shown once', async ({ page, smtp }) => {
  await page.goto(FORM);
  await fillForm(page, anna, 'en');
  const reference = await submitAndConfirm(page, 'en');
  const { company, receipt } = await mailsFor(smtp, reference);

  // Both mails went out; what each holds, word for word (the company's in Swedish with "Språk: engelska", the receipt
  // in English with nothing typed), is checked on the same post made without a browser (tests/site/requests/delivery.test.ts).
  expect(company.envelope).toEqual({ from: MAIL_FROM, to: [MAIL_TO] });
  expect(receipt.envelope).toEqual({ from: MAIL_FROM, to: [anna.email] });
  expect(receipt.parsed.subject).toBe(`We have received your request ${reference}`);
  const englishDeadline = /Latest date for our answer: (.+)\n/.exec(receipt.parsed.text!)![1]!;

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
