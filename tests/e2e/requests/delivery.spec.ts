/**
 * The form sent in the browser with its scripts running, and what the visitor sees after. Without JavaScript the same
 * flows are plain posts, as are the posts that must send nothing, caching and header injection
 * (tests/site/requests/delivery.test.ts); nothing typed in the log: every request test's teardown (tests/support/e2e/requests.ts).
 */
import type { Page } from '@playwright/test';
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

// Its tests run in order in one worker, on the app and SMTP server the request files share (deliveryTest).
test.describe.configure({ mode: 'default' });

/** The confirmation page's heading and reference, if any. */
async function shown(page: Page): Promise<{ heading: string; reference: string | null }> {
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const reference = (await page.locator('[data-reference]').count()) ? (await page.locator('[data-reference]').textContent())!.trim() : null;
  return { heading, reference };
}
const NOTHING = { heading: 'Det finns ingen bekräftelse att visa', reference: null };

test('a Rättelse sent in the browser: the inbox and the visitor get their mails with the reference, the page states the deadline; the confirmation has no axe violations and is shown once', async ({ page, smtp }) => {
  await page.goto('/dina-uppgifter/');
  await fillForm(page, anna);
  const reference = await submitAndConfirm(page);
  const { company, receipt } = await mailsFor(smtp, reference);

  // Both mails went out, each naming the reference; what each holds, word for word, is checked on the same post made
  // without a browser (tests/site/requests/delivery.test.ts): the form has no script of its own.
  expect(company.envelope).toEqual({ from: MAIL_FROM, to: [MAIL_TO] });
  expect(receipt.envelope).toEqual({ from: MAIL_FROM, to: [anna.email] });
  expect(receipt.parsed.subject).toBe(`Vi har tagit emot din begäran ${reference}`);
  // The confirmation states the same deadline as the mail.
  const deadline = /Svara senast: (\d{1,2} \p{L}+ \d{4})/u.exec(company.parsed.text!)![1]!;
  await expect(page.locator('main')).toContainText(`Vi svarar senast ${deadline}.`);
  await expect(page.locator('main')).toContainText('Din begäran gäller: Rättelse');

  await test.step('the confirmation has no WCAG 2.2 AA violations (axe)', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  await test.step('the confirmation is shown once: a reload shows a neutral page, sends nothing, and its URL carries nothing personal', async () => {
    const attempts = smtp.attempts;
    const reload = await page.reload();
    expect(reload?.request().method()).toBe('GET');
    expect(reload?.headers()['cache-control']).toBe('no-store');
    expect(await shown(page)).toEqual(NOTHING);
    await expect(page.locator('main')).not.toContainText(reference);
    await page.goBack();
    await page.goForward();
    expect(await shown(page)).toEqual(NOTHING);
    expect(smtp.attempts).toBe(attempts);

    expect(page.url()).toMatch(/\/dina-uppgifter\/tack\/$/);
    for (const value of PERSONAL_VALUES) expect(decodeURIComponent(page.url())).not.toContain(value);
  });
});
