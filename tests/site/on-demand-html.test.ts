/**
 * The pages rendered on demand are not files in dist/, so `npm run lint:html` cannot see them: they are validated as
 * served, with the same .htmlvalidate.mjs. The form, the form with its errors and the confirmation, in each language.
 */
import { describe, expect, it } from 'vitest';
import { htmlProblems } from '../support/e2e/html';
import { anna } from '../support/fixtures/anna';
import { siteUrl } from '../support/served';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { ROUTES } from '../../src/i18n/routes';

/** Posts the form of `locale` as a browser without JavaScript would, from the site's own origin; redirects not followed. */
function post(locale: Locale, fields: Record<string, string>): Promise<Response> {
  return fetch(new URL(`${ROUTES.request[locale]}?_action=requests.submit`, siteUrl()), {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { Origin: siteUrl() },
    redirect: 'manual',
  });
}

describe.each(LOCALES)('the on-demand pages in %s are valid HTML', (locale) => {
  const form = ROUTES.request[locale];
  const name = form.replaceAll('/', '');

  it(`the data-request form (${form})`, async () => {
    const response = await fetch(new URL(form, siteUrl()));
    expect(response.status).toBe(200);
    expect(await htmlProblems(await response.text(), name)).toEqual([]);
  });

  it(`the form with its errors (${form})`, async () => {
    const response = await post(locale, { ...anna, personnummer: '', email: 'anna@' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('data-error-summary');
    expect(await htmlProblems(html, `${name}-errors`)).toEqual([]);
  });

  it(`the confirmation after a delivered request (${ROUTES.confirmation[locale]})`, async () => {
    const delivered = await post(locale, { ...anna });
    expect(delivered.status).toBe(303);
    expect(delivered.headers.get('location')).toBe(ROUTES.confirmation[locale]);
    // The cookie the answer set, sent back as the browser would: it carries the confirmation.
    const cookie = delivered.headers.getSetCookie().map((line) => line.split(';', 1)[0]).join('; ');
    const response = await fetch(new URL(ROUTES.confirmation[locale], siteUrl()), { headers: { cookie }, redirect: 'manual' });
    expect(response.status).toBe(200);
    const html = await response.text();
    // The confirmation itself, not the neutral page shown without one.
    expect(html).toContain('data-reference');
    expect(await htmlProblems(html, `${name}-confirmation`)).toEqual([]);
  });
});
