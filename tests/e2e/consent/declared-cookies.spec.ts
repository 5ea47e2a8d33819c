/**
 * Every cookie the browser holds after each way through the site is one the cookie table on /cookies/ declares:
 * a cookie added anywhere without its row in src/consent/config.ts fails here (the checker: tests/support/e2e/consent.ts).
 */
import { test, expect } from '../../support/e2e/fixtures';
import { declaredCookies, undeclared } from '../../support/e2e/consent';
import { anna, fillForm } from '../../support/e2e/requests';

// After "Godkänn alla" and after "Neka alla": steps of the walks in analytics.spec.ts.

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the data-request form with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    test('sending a request and reading the confirmation sets only cookies in the table', async ({ page, context }) => {
      // The confirmation's cookie lives only until the confirmation is shown, so what the server set is read from
      // its answers' Set-Cookie headers, and what the browser still holds afterwards from the browser.
      const setCookies: Promise<string[]>[] = [];
      page.on('response', (response) => {
        setCookies.push(response.headerValue('set-cookie').then((value) => (value ?? '').split('\n').filter(Boolean).map((line) => line.split('=', 1)[0]!.trim())));
      });
      await page.goto('/dina-uppgifter/');
      await fillForm(page, anna);
      await page.getByRole('button', { name: 'Skicka begäran' }).click();
      await expect(page).toHaveURL(/\/dina-uppgifter\/tack\/$/);
      await expect(page.locator('h1')).toHaveText('Vi har tagit emot din begäran');
      await page.reload();
      const set = (await Promise.all(setCookies)).flat();
      expect(set).toContain('dina-uppgifter-kvitto');
      const declared = await declaredCookies(page);
      expect(set.filter((name) => !declared.some((pattern) => pattern.test(name)))).toEqual([]);
      expect(await undeclared(page, context)).toEqual([]);
    });
  });
}

test('the detector works: a cookie the table does not declare is reported', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'odeklarerad', value: '1', url: baseURL! }]);
  await page.goto('/');
  expect(await undeclared(page, context)).toEqual(['odeklarerad']);
});
