import type { Page } from '@playwright/test';
import { requestTest, expect, axeViolations, anna, fillForm, MAIL_TO, MAIL_FROM, personalDataIn, requestLog } from '../../support/e2e/requests';
import { startApp } from '../../support/app';
import { unusedPort } from '../../support/smtp';

/**
 * A short bound for the SMTP attempt, so the hanging server is given up on quickly (production: 15 s), yet long
 * enough for an answering server's mail on a loaded two-core machine. MARGIN_MS: what the server may take beyond it.
 */
const TIMEOUT_MS = 5000;
const MARGIN_MS = 3000;
const test = requestTest({ env: () => ({ SMTP_TIMEOUT_MS: String(TIMEOUT_MS), RATE_LIMIT_MAX: '1000' }) });
test.describe.configure({ mode: 'default' });

/** What no log line may hold after these failures: anything Anna typed, or the refusing server's words (which quote her address). */
const NEVER_LOGGED = [anna.email, 'Anna', 'refused by test'];

/**
 * Submits a complete request (to the app at `origin`, this file's unless told) and expects the honest failure: status,
 * message naming post, phone and e-mail, answers kept.
 */
async function expectHonestFailure(page: Page, origin = ''): Promise<void> {
  await page.goto(`${origin}/dina-uppgifter/`);
  await fillForm(page, anna);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Skicka begäran' }).click(),
  ]);
  expect(response.status()).toBe(503);
  expect(response.headers()['set-cookie'] ?? '').not.toContain('dina-uppgifter-kvitto');
  await expect(page).toHaveURL(/\/dina-uppgifter\/\?_action=/);
  await expect(page).toHaveTitle(/^Fel: /);
  const notice = page.locator('[data-error-summary]');
  await expect(notice).toBeFocused();
  await expect(notice.getByRole('heading')).toHaveText('Din begäran kunde inte skickas');
  await expect(notice).toContainText('Den har inte kommit fram till oss.');
  await expect(notice).toContainText('Box 358, 801 05 GÄVLE');
  await expect(notice.getByRole('link', { name: '026-16 64 70' })).toHaveAttribute('href', 'tel:+4626166470');
  await expect(notice.getByRole('link', { name: 'info@jainkasso.se' })).toHaveAttribute('href', 'mailto:info@jainkasso.se');
  await expect(page.getByText('Vi har tagit emot din begäran')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Rättelse' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: /^Namn/ })).toHaveValue(anna.name);
  await expect(page.getByRole('textbox', { name: /^Personnummer/ })).toHaveValue(anna.personnummer);
  await expect(page.getByRole('textbox', { name: /^Vilka uppgifter/ })).toHaveValue(anna.correction);
}

/**
 * Submits a complete request to a mail server that does not answer within the bound, and expects the honest
 * "could not confirm" page: the reference, do not send again, phone and post. Returns the reference shown.
 */
async function expectUnconfirmed(page: Page): Promise<string> {
  await page.goto('/dina-uppgifter/');
  await fillForm(page, anna);
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
  await expect(page).toHaveURL(/\/dina-uppgifter\/tack\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vi kunde inte bekräfta att din begäran kom fram');
  const main = page.locator('main');
  await expect(main).toContainText('Skicka inte begäran igen.');
  await expect(main).not.toContainText('har inte kommit fram');
  await expect(main).not.toContainText('Vi har tagit emot din begäran');
  await expect(main).toContainText('Box 358, 801 05 GÄVLE');
  await expect(main.getByRole('link', { name: '026-16 64 70' })).toHaveAttribute('href', 'tel:+4626166470');
  const reference = (await page.locator('[data-reference]').textContent())!.trim();
  expect(reference).toMatch(/^JA-[2-9A-HJ-NP-Z]{8}$/);
  return reference;
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a mail server that refuses the mail (550) is never shown as success, and the log holds nothing personal', async ({ page, smtp, appLog }) => {
      smtp.answer = 'refuse';
      const attempts = smtp.attempts;
      const mails = smtp.mailsTo(MAIL_TO).length;
      await expectHonestFailure(page);
      expect(smtp.attempts).toBe(attempts + 1);
      expect(smtp.mailsTo(MAIL_TO)).toHaveLength(mails);
      expect(appLog()).toMatch(/"outcome":"delivery-failed","reference":"JA-[A-Z0-9]{8}","code":"550"/);
      expect(personalDataIn(appLog(), NEVER_LOGGED)).toEqual([]);
      // axe runs as a script in the page, so only where scripts run; the markup is the same without them.
      if (!javaScriptEnabled) return;

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
  });
}

test('a mail server that takes the message and never answers: never "not sent", but "could not confirm", with the reference; nothing personal logged', async ({ page, smtp, request, appLog }) => {
  smtp.answer = 'hang';
  const reference = await expectUnconfirmed(page);
  expect(appLog()).toContain(`"outcome":"unconfirmed","reference":"${reference}"`);
  // Given up on within the bound as the server measured it (its log), not this test's clock.
  const givenUp = requestLog(appLog()).find((line) => line.reference === reference);
  expect(givenUp).toMatchObject({ outcome: 'unconfirmed' });
  expect(givenUp!.durationMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
  expect(givenUp!.durationMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
  // The server is still there for the next visitor.
  expect((await request.get('/dina-uppgifter/')).status()).toBe(200);
  expect(personalDataIn(appLog(), NEVER_LOGGED)).toEqual([]);
});

test("a mail server that answers 250 after the bound: the visitor's page shows the mail's reference, and the receipt follows", async ({ page, smtp, appLog }) => {
  smtp.answer = (_, to) => (to.includes(MAIL_TO) ? 'hold' : 'accept');
  const reference = await expectUnconfirmed(page);
  await expect(page.locator('main')).toContainText('Om den har kommit fram får du en bekräftelse till din e-postadress.');
  // The server answers only now, after the visitor was told (the message may still have been on its way: wait for it).
  await expect.poll(() => smtp.held).toBe(1);
  smtp.release();
  await expect.poll(() => smtp.mailsTo(MAIL_TO).filter((mail) => mail.parsed.subject?.includes(reference)).length).toBe(1);
  await expect.poll(() => smtp.mailsTo(anna.email).filter((mail) => mail.parsed.subject?.includes(reference)).length).toBe(1);
  // The log tells the whole story, in order, on the server's own clock.
  const events = [`"outcome":"unconfirmed","reference":"${reference}"`, `"outcome":"delivered","reference":"${reference}","late":true`, `"outcome":"receipt-sent","reference":"${reference}"`];
  await expect.poll(() => appLog()).toContain(events[2]!);
  const log = appLog();
  const positions = events.map((event) => log.indexOf(event));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(log).not.toContain(`"outcome":"delivery-failed","reference":"${reference}"`);
});

test('a refused receipt does not fail a delivered request, and the refusal leaves nothing personal in the log', async ({ page, smtp, appLog }) => {
  smtp.answer = (_, to) => (to.includes(anna.email) ? 'refuse' : 'accept');
  await page.goto('/dina-uppgifter/');
  await fillForm(page, anna);
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
  await expect(page).toHaveURL(/\/dina-uppgifter\/tack\/$/);
  const reference = (await page.locator('[data-reference]').textContent())!.trim();
  await expect.poll(() => appLog()).toContain(`"outcome":"receipt-failed","reference":"${reference}","code":"550"`);
  expect(personalDataIn(appLog(), NEVER_LOGGED)).toEqual([]);
});

test('a mail server that is down gives the same honest error, with the answers kept', async ({ page }, testInfo) => {
  // An app of its own, for this test only, whose mail server is a port where nothing listens.
  const down = await startApp({ SMTP_URL: `smtp://127.0.0.1:${await unusedPort()}`, MAIL_TO, MAIL_FROM, SMTP_TIMEOUT_MS: String(TIMEOUT_MS) });
  try {
    await expectHonestFailure(page, down.url);
    expect(down.output()).toMatch(/"outcome":"delivery-failed","reference":"JA-[A-Z0-9]{8}","code":"(ECONNECTION|ESOCKET)"/);
    expect(personalDataIn(down.output(), NEVER_LOGGED)).toEqual([]);
  } catch (error) {
    await testInfo.attach('app log (mail server down)', { body: down.output().slice(-20_000), contentType: 'text/plain' });
    throw error;
  } finally {
    await down.stop();
  }
});
