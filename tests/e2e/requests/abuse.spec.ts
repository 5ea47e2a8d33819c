/**
 * Too many requests, in the browser with its scripts running: the answer takes focus and has no axe violations.
 * Every other hostile or excessive post (another site's, oversized, the honeypot, the limit's status, headers and
 * message, behind the proxy) is a plain post in tests/site/requests/abuse.test.ts.
 */
import { requestTest, expect, axeViolations, anna, fillForm, postForm } from '../../support/e2e/requests';

// A low limit, so the test reaches it quickly: two requests per client per 10 minutes.
const test = requestTest({ env: () => ({ RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '600000' }) });

test('the answer to too many requests takes focus, keeps the answers and has no WCAG 2.2 AA violations (axe)', async ({ page, request, baseURL }) => {
  // Use up the limit, then post from the page.
  for (let i = 0; i < 3 && (await postForm(request, baseURL!, { ...anna })).status() !== 429; i++);
  await page.goto('/dina-uppgifter/');
  await fillForm(page, anna);
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Skicka begäran' }).click()]);
  expect(response.status()).toBe(429);
  await expect(page).toHaveTitle(/^Fel: /);
  const notice = page.locator('[data-error-summary]');
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('Du har skickat många förfrågningar på kort tid');
  await expect(page.getByRole('textbox', { name: /^Namn/ })).toHaveValue(anna.name);
  expect(await axeViolations(page)).toEqual([]);
});
