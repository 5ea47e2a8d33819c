import type { Page } from '@playwright/test';
import { requestTest, expect, anna, fillForm, postForm } from '../support/requests';
import { recordCspViolations } from '../support/csp';
import { banner } from '../support/consent';

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

test('no answer of the form is ever cached: the form, every kind of post, the confirmation', async ({ request, baseURL, smtp }) => {
  const noStore = (response: { headers(): Record<string, string> }) => response.headers()['cache-control'];
  expect(noStore(await request.get('/dina-uppgifter/'))).toBe('no-store');

  const delivered = await postForm(request, baseURL!, { ...anna });
  expect(delivered.status()).toBe(303);
  expect(noStore(delivered)).toBe('no-store');
  // The request context keeps the confirmation cookie, as a browser would.
  const confirmation = await request.get('/dina-uppgifter/tack/', { maxRedirects: 0 });
  expect(confirmation.status()).toBe(200);
  expect(await confirmation.text()).toContain('Vi har tagit emot din begäran');
  expect(noStore(confirmation)).toBe('no-store');

  const invalid = await postForm(request, baseURL!, { ...anna, email: 'anna@' });
  expect(invalid.status()).toBe(400);
  expect(noStore(invalid)).toBe('no-store');

  smtp.answer = 'refuse';
  const refused = await postForm(request, baseURL!, { ...anna });
  smtp.answer = 'accept';
  expect(refused.status()).toBe(503);
  expect(noStore(refused)).toBe('no-store');

  const tooLarge = await postForm(request, baseURL!, { ...anna, correction: 'x'.repeat(100 * 1024) });
  expect(tooLarge.status()).toBe(413);
  expect(noStore(tooLarge)).toBe('no-store');
});
