import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { requestTest, expect, anna, postForm } from './support/requests';

// The on-demand pages are not files in dist/, so `npm run lint:html` cannot see them: validate them as served,
// with the same .htmlvalidate.mjs. An app of its own, so its rate limit and mail are this file's alone.
const test = requestTest();

const validator = new HtmlValidate(new FileSystemConfigLoader());

async function problems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, `${name}.html`);
  return report.results.flatMap((result) => result.messages.map((m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

test('the data-request form is valid HTML', async ({ request }) => {
  const response = await request.get('/dina-uppgifter/');
  expect(response.status()).toBe(200);
  expect(await problems(await response.text(), 'dina-uppgifter')).toEqual([]);
});

test('the form with its errors is valid HTML', async ({ request, baseURL }) => {
  const response = await postForm(request, baseURL!, { ...anna, personnummer: '', email: 'anna@' });
  expect(response.status()).toBe(400);
  const html = await response.text();
  expect(html).toContain('data-error-summary');
  expect(await problems(html, 'dina-uppgifter-fel')).toEqual([]);
});

test('the confirmation after a delivered request is valid HTML', async ({ request, baseURL }) => {
  const delivered = await postForm(request, baseURL!, { ...anna });
  expect(delivered.status()).toBe(303);
  const response = await request.get('/dina-uppgifter/tack/', { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(await problems(await response.text(), 'dina-uppgifter-tack')).toEqual([]);
});
