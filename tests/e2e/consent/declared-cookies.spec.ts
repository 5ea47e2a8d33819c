/**
 * Every cookie the browser holds after each way through the site is one the cookie table on /cookies/ declares:
 * a cookie added anywhere without its row in src/consent/config.ts fails here.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../../support/e2e/fixtures';
import { banner, gaCookies, openPage } from '../../support/e2e/consent';
import { anna, fillForm } from '../../support/e2e/requests';
import { QUEUE_KEY } from '../../../src/consent/records/sender';

/** The names the table declares, as patterns: `_ga_<mätnings-ID>` stands for the property's cookie, whatever its ID. */
async function declaredCookies(page: Page): Promise<RegExp[]> {
  await page.goto('/cookies/');
  const names = await page.getByRole('list', { name: 'Cookies på webbplatsen' }).getByRole('heading').allInnerTexts();
  expect(names.length).toBeGreaterThanOrEqual(4);
  return names.map((name) => new RegExp(`^${name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '[A-Z0-9]+')}$`));
}

/**
 * The browser's cookies and web storage that /cookies/ does not declare. The table declares cookies; the only web
 * storage is the queue of consent records not yet sent, which the supplement declares (in local storage, until sent).
 */
async function undeclared(page: Page, context: BrowserContext): Promise<string[]> {
  const held = (await context.cookies()).map((c) => c.name);
  const storage = await page.evaluate(() => [...Object.keys(localStorage).map((k) => `local:${k}`), ...Object.keys(sessionStorage).map((k) => `session:${k}`)]);
  const declared = await declaredCookies(page);
  const queueDeclared = (await page.locator('#kompletterande-information').innerText()).includes('lokala lagring');
  return [
    ...held.filter((name) => !declared.some((pattern) => pattern.test(name))),
    ...storage.filter((item) => !(queueDeclared && item === `local:${QUEUE_KEY}`)),
  ];
}

async function names(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((c) => c.name).sort();
}

test('after "Godkänn alla", every cookie is in the table', async ({ page, context }) => {
  await openPage(page, '/');
  await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
  await expect.poll(() => gaCookies(context)).toHaveLength(2);
  expect(await names(context)).toContain('cc_cookie');
  expect(await undeclared(page, context)).toEqual([]);
});

test('after "Neka alla", every cookie is in the table', async ({ page, context }) => {
  await openPage(page, '/');
  await banner(page).getByRole('button', { name: 'Neka alla' }).click();
  await expect(banner(page)).toBeHidden();
  expect(await names(context)).toEqual(['cc_cookie']);
  expect(await undeclared(page, context)).toEqual([]);
});

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
