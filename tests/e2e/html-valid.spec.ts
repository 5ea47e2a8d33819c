import { requestTest, expect, anna, postForm } from '../support/e2e/requests';
import { htmlProblems as problems } from '../support/e2e/html';
import { LOCALES } from '../../src/i18n/locales';
import { ROUTES } from '../../src/i18n/routes';

// The on-demand pages are not files in dist/, so `npm run lint:html` cannot see them: validate them as served,
// with the same .htmlvalidate.mjs. An app of its own, so its rate limit and mail are this file's alone.
const test = requestTest();

for (const locale of LOCALES) {
  const form = ROUTES.request[locale];
  const name = form.replaceAll('/', '');

  test(`the data-request form is valid HTML (${form})`, async ({ request }) => {
    const response = await request.get(form);
    expect(response.status()).toBe(200);
    expect(await problems(await response.text(), name)).toEqual([]);
  });

  test(`the form with its errors is valid HTML (${form})`, async ({ request, baseURL }) => {
    const response = await postForm(request, baseURL!, { ...anna, personnummer: '', email: 'anna@' }, baseURL, locale);
    expect(response.status()).toBe(400);
    const html = await response.text();
    expect(html).toContain('data-error-summary');
    expect(await problems(html, `${name}-errors`)).toEqual([]);
  });

  test(`the confirmation after a delivered request is valid HTML (${ROUTES.confirmation[locale]})`, async ({ request, baseURL }) => {
    const delivered = await postForm(request, baseURL!, { ...anna }, baseURL, locale);
    expect(delivered.status()).toBe(303);
    expect(delivered.headers()['location']).toBe(ROUTES.confirmation[locale]);
    const response = await request.get(ROUTES.confirmation[locale], { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await problems(await response.text(), `${name}-confirmation`)).toEqual([]);
  });
}
