/**
 * The mail server's refusal in the browser, its scripts running: the honest "not sent" takes focus and has no axe
 * violations, and the same answers go through once the server is back. Every fault without a browser (refused, down,
 * silent, answering after the bound, a refused receipt; the bound as the server measured it) is in
 * tests/site/requests/smtp-faults.test.ts.
 */
import { deliveryTest as test, expect, axeViolations, anna, fillForm, MAIL_TO, personalDataIn } from '../../support/e2e/requests';

// Its tests run in order in one worker, on the app and SMTP server the request files share (deliveryTest).
test.describe.configure({ mode: 'default' });

/** What no log line may hold after these failures: anything Anna typed, or the refusing server's words (which quote her address). */
const NEVER_LOGGED = [anna.email, 'Anna', 'refused by test'];

test('a mail server that refuses the mail (550) is never shown as success: the honest error takes focus, has no axe violations, and the same answers go through once the server is back', async ({ page, smtp, appLog }) => {
  smtp.answer = 'refuse';
  const attempts = smtp.attempts;
  const mails = smtp.mailsTo(MAIL_TO).length;
  await page.goto('/dina-uppgifter/');
  await fillForm(page, anna);
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Skicka begäran' }).click()]);
  expect(response.status()).toBe(503);
  expect(response.headers()['set-cookie'] ?? '').not.toContain('dina-uppgifter-kvitto');
  await expect(page).toHaveURL(/\/dina-uppgifter\/\?_action=/);
  await expect(page).toHaveTitle(/^Fel: /);
  const notice = page.locator('[data-error-summary]');
  await expect(notice).toBeFocused();
  await expect(notice.getByRole('heading')).toHaveText('Din begäran kunde inte skickas');
  await expect(notice).toContainText('Den har inte kommit fram till oss.');
  await expect(notice.getByRole('link', { name: '026-16 64 70' })).toHaveAttribute('href', 'tel:+4626166470');
  await expect(page.getByText('Vi har tagit emot din begäran')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Rättelse' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: /^Namn/ })).toHaveValue(anna.name);
  await expect(page.getByRole('textbox', { name: /^Vilka uppgifter/ })).toHaveValue(anna.correction);
  expect(smtp.attempts).toBe(attempts + 1);
  expect(smtp.mailsTo(MAIL_TO)).toHaveLength(mails);
  expect(appLog()).toMatch(/"outcome":"delivery-failed","reference":"JA-[A-Z0-9]{8}","code":"550"/);
  expect(personalDataIn(appLog(), NEVER_LOGGED)).toEqual([]);

  await test.step('the error page has no WCAG 2.2 AA violations (axe)', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  await test.step('when the mail server is back, the same answers go through', async () => {
    smtp.answer = 'accept';
    await page.getByRole('button', { name: 'Skicka begäran' }).click();
    await expect(page).toHaveURL(/\/dina-uppgifter\/tack\/$/);
    const reference = (await page.locator('[data-reference]').textContent())!.trim();
    await expect.poll(() => smtp.mailsTo(MAIL_TO).filter((m) => m.parsed.subject?.includes(reference)).length).toBe(1);
  });
});
