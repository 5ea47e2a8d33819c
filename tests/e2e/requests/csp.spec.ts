import type { Page } from '@playwright/test';
import { deliveryTest as test, expect, anna, fillForm } from '../../support/e2e/requests';
import { recordCspViolations } from '../../support/e2e/csp';
import { banner, consentReady } from '../../support/e2e/consent';

// The form's flows with JavaScript on, the browser enforcing the Content-Security-Policy of every page they cross.
test.describe.configure({ mode: 'default' });

async function send(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
}

/**
 * Until everything the page asks for has come (and so has met its CSP): its own resources (the load event), then the
 * consent script, which the page requests only after its first paint and which marks the page once it has run.
 */
async function loaded(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await consentReady(page);
}

async function expectConfirmation(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/dina-uppgifter\/tack\/$/);
  await expect(page.locator('[data-reference]')).toHaveText(/^JA-/);
  await loaded(page);
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
  await loaded(page);
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
  await loaded(page);
  smtp.answer = 'accept';
  await send(page);
  await expectConfirmation(page);
  // Shown once: the reload is the neutral page.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Det finns ingen bekräftelse att visa');
  await loaded(page);
  expect(await violations()).toEqual([]);
});
