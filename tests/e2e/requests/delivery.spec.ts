import type { Page } from '@playwright/test';
import { requestTest, expect, axeViolations, anna, fillForm, postForm, MAIL_TO, MAIL_FROM, PERSONAL_VALUES } from '../support/requests';
import type { ReceivedMail, TestSmtp } from '../../support/smtp';
import { addresses } from '../../fixtures/mail';

const test = requestTest({ env: () => ({ RATE_LIMIT_MAX: '1000' }) });
// One app and one SMTP server for the whole file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

/** The mail to the company and the receipt for one reference, once both have arrived. */
async function mailsFor(smtp: TestSmtp, reference: string): Promise<{ company: ReceivedMail; receipt: ReceivedMail }> {
  const find = (to: string) => smtp.mailsTo(to).filter((mail) => mail.parsed.subject?.includes(reference));
  await expect.poll(() => find(MAIL_TO).length).toBe(1);
  await expect.poll(() => find(anna.email).length).toBe(1);
  return { company: find(MAIL_TO)[0]!, receipt: find(anna.email)[0]! };
}

/** Swedish date today, as the mail writes it ("25 november 2026"). */
function swedishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
}

async function submitAndConfirm(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
  await expect(page).toHaveURL(/\/dina-uppgifter\/tack\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vi har tagit emot din begäran');
  const reference = (await page.locator('[data-reference]').textContent())!.trim();
  expect(reference).toMatch(/^JA-[2-9A-HJ-NP-Z]{8}$/);
  return reference;
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a Rättelse reaches the inbox with every field, and the visitor gets the reference', async ({ page, smtp }) => {
      await page.goto('/dina-uppgifter/');
      await fillForm(page, anna);
      const reference = await submitAndConfirm(page);
      const { company } = await mailsFor(smtp, reference);

      expect(company.envelope).toEqual({ from: MAIL_FROM, to: [MAIL_TO] });
      expect(addresses(company.parsed.from)).toEqual([MAIL_FROM]);
      expect(addresses(company.parsed.to)).toEqual([MAIL_TO]);
      expect(addresses(company.parsed.replyTo)).toEqual([anna.email]);
      expect(company.parsed.subject).toBe(`Begäran om rättelse ${reference}`);
      expect(company.parsed.cc).toBeUndefined();
      expect(company.parsed.bcc).toBeUndefined();

      const body = company.parsed.text!;
      for (const line of [
        'Gäller: Begäran om rättelse (GDPR artikel 16)',
        `Referens: ${reference}`,
        'Namn: Anna Testsson',
        'Personnummer: 19850415-2383',
        'Adress: Provgatan 12',
        'Postnummer: 123 45',
        'Ort: Testköping',
        `E-post: ${anna.email}`,
        'Telefon: 070-765 43 21',
        'Ärendenummer: ARENDE-4711',
        'Svar önskas som: E-post',
        'Vilka uppgifter är fel och hur ska de rättas?\nMin adress är fel.\nDen rätta är Provgatan 12.',
      ]) {
        expect(body).toContain(line);
      }
      expect(body).toMatch(new RegExp(`Mottagen: ${swedishToday()} kl\\. \\d{2}:\\d{2} \\(svensk tid\\)`));

      // The confirmation states the same deadline as the mail.
      const deadline = /Svara senast: (\d{1,2} \p{L}+ \d{4})/u.exec(body)![1]!;
      await expect(page.locator('main')).toContainText(`Vi svarar senast ${deadline}.`);
      await expect(page.locator('main')).toContainText('Din begäran gäller: Rättelse');
    });

    test('a Registerutdrag without the optional fields reaches the inbox too', async ({ page, smtp }) => {
      await page.goto('/dina-uppgifter/');
      // The Rättelse question is not asked (with JavaScript it is hidden) for a Registerutdrag.
      const { correction: _, ...registerutdrag } = anna;
      await fillForm(page, { ...registerutdrag, type: 'registerutdrag', phone: '', caseNumber: '', replyBy: 'brev' });
      const reference = await submitAndConfirm(page);
      const { company } = await mailsFor(smtp, reference);
      expect(company.parsed.subject).toBe(`Begäran om registerutdrag ${reference}`);
      expect(company.parsed.text).toContain('Telefon: (ej angivet)');
      expect(company.parsed.text).toContain('Svar önskas som: Brev till folkbokföringsadressen');
      expect(company.parsed.text).not.toContain('Vilka uppgifter är fel');
    });
  });
}

test('the receipt repeats reference, type and deadline, and nothing the visitor typed', async ({ page, smtp }) => {
  await page.goto('/dina-uppgifter/');
  await fillForm(page, anna);
  const reference = await submitAndConfirm(page);
  const { company, receipt } = await mailsFor(smtp, reference);
  const deadline = /Svara senast: (.+)/.exec(company.parsed.text!)![1]!;

  expect(receipt.envelope).toEqual({ from: MAIL_FROM, to: [anna.email] });
  expect(addresses(receipt.parsed.from)).toEqual([MAIL_FROM]);
  expect(addresses(receipt.parsed.replyTo)).toEqual(['info@jainkasso.se']);
  expect(receipt.parsed.subject).toBe(`Vi har tagit emot din begäran ${reference}`);
  expect(receipt.parsed.text).toContain('Vi har tagit emot din begäran om rättelse.');
  expect(receipt.parsed.text).toContain(`Referensnummer: ${reference}`);
  expect(receipt.parsed.text).toContain(`Vi svarar senast: ${deadline}`);
  const typed = PERSONAL_VALUES.concat(['Anna', 'Den rätta']);
  for (const value of typed) expect(receipt.raw.slice(receipt.raw.indexOf('\r\n\r\n'))).not.toContain(value);
  expect(receipt.raw).not.toContain('Anna');
});

test('reloading the confirmation sends nothing again, and its URL carries nothing personal', async ({ page, smtp }) => {
  await page.goto('/dina-uppgifter/');
  await fillForm(page, anna);
  const reference = await submitAndConfirm(page);
  await mailsFor(smtp, reference);
  const attempts = smtp.attempts;

  const reload = await page.reload();
  expect(reload?.request().method()).toBe('GET');
  expect(reload?.headers()['cache-control']).toBe('no-store');
  await expect(page.locator('[data-reference]')).toHaveText(reference);
  await page.goBack();
  await page.goForward();
  await expect(page.locator('[data-reference]')).toHaveText(reference);
  expect(smtp.attempts).toBe(attempts);

  expect(page.url()).toMatch(/\/dina-uppgifter\/tack\/$/);
  for (const value of PERSONAL_VALUES) expect(decodeURIComponent(page.url())).not.toContain(value);
});

test('the confirmation is only for a delivered request: without one it leads back to the form', async ({ page }) => {
  const response = await page.goto('/dina-uppgifter/tack/');
  expect(response?.request().redirectedFrom()?.url()).toMatch(/\/dina-uppgifter\/tack\/$/);
  await expect(page).toHaveURL(/\/dina-uppgifter\/$/);
});

test('no answer of the form is ever cached: the form, every kind of post, the confirmation', async ({ request, baseURL, smtp }) => {
  const noStore = (response: { headers(): Record<string, string> }) => response.headers()['cache-control'];
  expect(noStore(await request.get('/dina-uppgifter/'))).toBe('no-store');

  const delivered = await postForm(request, baseURL!, { ...anna });
  expect(delivered.status()).toBe(303);
  expect(delivered.headers()['location']).toBe('/dina-uppgifter/tack/');
  expect(noStore(delivered)).toBe('no-store');
  // The request context keeps the confirmation cookie, as a browser would.
  const confirmation = await request.get('/dina-uppgifter/tack/', { maxRedirects: 0 });
  expect(confirmation.status()).toBe(200);
  expect(await confirmation.text()).toContain('Vi har tagit emot din begäran');
  expect(noStore(confirmation)).toBe('no-store');

  const invalid = await postForm(request, baseURL!, { ...anna, personnummer: '' });
  expect(invalid.status()).toBe(400);
  expect(noStore(invalid)).toBe('no-store');

  smtp.answer = 'refuse';
  const refused = await postForm(request, baseURL!, { ...anna }).finally(() => (smtp.answer = 'accept'));
  expect(refused.status()).toBe(503);
  expect(noStore(refused)).toBe('no-store');

  const tooLarge = await postForm(request, baseURL!, { ...anna, correction: 'x'.repeat(100 * 1024) });
  expect(tooLarge.status()).toBe(413);
  expect(noStore(tooLarge)).toBe('no-store');
});

test('CR/LF in every field adds no header and no recipient', async ({ request, baseURL, smtp }) => {
  const evil = '\r\nBcc: evil@example.test\r\nX-Injected: yes';
  const response = await postForm(request, baseURL!, {
    ...anna,
    name: `Anna Testsson${evil}`,
    address: `Provgatan 12${evil}`,
    city: `Testköping${evil}`,
    caseNumber: `A1${evil}`.slice(0, 45),
    correction: `Fel.${evil}\r\n.\r\nRCPT TO:<evil@example.test>`,
  });
  expect(response.status()).toBe(303);
  const { reference } = JSON.parse(decodeURIComponent(/dina-uppgifter-kvitto=([^;]+)/.exec(response.headers()['set-cookie']!)![1]!)) as { reference: string };
  const { company, receipt } = await mailsFor(smtp, reference);

  for (const mail of [company, receipt]) {
    const head = mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'));
    expect(head).not.toMatch(/^(bcc|cc|x-injected):/im);
    expect(mail.parsed.headers.has('bcc')).toBe(false);
    expect(mail.parsed.headers.has('x-injected')).toBe(false);
  }
  expect(company.envelope.to).toEqual([MAIL_TO]);
  expect(receipt.envelope.to).toEqual([anna.email]);
  expect(addresses(company.parsed.replyTo)).toEqual([anna.email]);
  expect(smtp.mails.some((mail) => mail.envelope.to.includes('evil@example.test'))).toBe(false);
  // The text is still there, on one line, for the company to read.
  expect(company.parsed.text).toContain('Namn: Anna Testsson Bcc: evil@example.test X-Injected: yes');

  // And a line break in the e-mail address is an error, not a second recipient.
  const attempts = smtp.attempts;
  const rejected = await postForm(request, baseURL!, { ...anna, email: `${anna.email}\r\nevil@example.test` });
  expect(rejected.status()).toBe(400);
  expect(await rejected.text()).toContain('Skriv e-postadressen i rätt format');
  expect(smtp.attempts).toBe(attempts);
});

test('the confirmation has no WCAG 2.2 AA violations (axe)', async ({ page }) => {
  await page.goto('/dina-uppgifter/');
  await fillForm(page, anna);
  await submitAndConfirm(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("nothing the visitor typed reaches the server's log: only references and outcomes", async ({ page, app, request, baseURL, smtp }) => {
  await page.goto('/dina-uppgifter/');
  await fillForm(page, anna);
  const reference = await submitAndConfirm(page);
  await mailsFor(smtp, reference);
  await postForm(request, baseURL!, { ...anna, personnummer: '850415-2384', postalCode: 'x' });

  const log = app.output();
  expect(log).toContain(`"outcome":"delivered","reference":"${reference}"`);
  expect(log).toContain(`"outcome":"receipt-sent","reference":"${reference}"`);
  expect(log).toContain('"outcome":"invalid","fields":["personnummer","postalCode"]');
  for (const value of [...PERSONAL_VALUES, 'Anna', anna.email, '127.0.0.1"']) expect(log).not.toContain(value);
});
