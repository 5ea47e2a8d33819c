import type { Page } from '@playwright/test';
import { requestTest, expect, anna, fillForm } from '../../support/e2e/requests';
import { recordCspViolations } from '../../support/e2e/csp';
import { banner } from '../../support/e2e/consent';

// The form's flows with JavaScript on, the browser enforcing the Content-Security-Policy of every page they cross.
const test = requestTest({ env: () => ({ RATE_LIMIT_MAX: '1000' }) });
test.describe.configure({ mode: 'default' });

async function send(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
}

async function expectConfirmation(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/dina-uppgifter\/tack\/$/);
  await expect(page.locator('[data-reference]')).toHaveText(/^JA-/);
  await page.waitForLoadState('networkidle');
}

test('errors found by the server, fixed, sent and confirmed: no CSP violation', async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto('/dina-uppgifter/');
  await banner(page).getByRole('button', { name: 'Neka alla' }).click();
  await send(page);
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  await fillForm(page, { ...anna, personnummer: '850415-2384' });
  await send(page);
  await expect(page.getByRole('textbox', { name: /^Personnummer/ })).toHaveAttribute('aria-invalid', 'true');
  await fillForm(page, { personnummer: anna.personnummer });
  await send(page);
  await expectConfirmation(page);
  expect(await violations()).toEqual([]);
});

test("the server's error page, fixed, sent and confirmed: no CSP violation", async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto('/dina-uppgifter/');
  await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
  await fillForm(page, { ...anna, postalCode: '1234' });
  // Past the browser's check, as a browser without the script would post it.
  await Promise.all([page.waitForURL(/_action=/), page.locator('form').evaluate((form: HTMLFormElement) => form.submit())]);
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  await page.waitForLoadState('networkidle');
  await fillForm(page, { postalCode: anna.postalCode });
  await send(page);
  await expectConfirmation(page);
  expect(await violations()).toEqual([]);
});

test("the mail server's refusal, then success: no CSP violation", async ({ page, smtp }) => {
  const violations = await recordCspViolations(page);
  smtp.answer = 'refuse';
  await page.goto('/dina-uppgifter/');
  await fillForm(page, anna);
  await send(page);
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  await page.waitForLoadState('networkidle');
  smtp.answer = 'accept';
  await send(page);
  await expectConfirmation(page);
  // Shown once: the reload is the neutral page.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Det finns ingen bekräftelse att visa');
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
});
