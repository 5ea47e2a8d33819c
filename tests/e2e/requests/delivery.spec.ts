import type { Page } from '@playwright/test';
import {
  deliveryTest as test,
  expect,
  axeViolations,
  anna,
  fillForm,
  mailsFor,
  postForm,
  submitAndConfirm,
  MAIL_TO,
  MAIL_FROM,
  PERSONAL_VALUES,
  personalDataIn,
} from '../../support/e2e/requests';
import { addresses } from '../../support/fixtures/mail';

// Its tests run in order in one worker, on the app and SMTP server the request files share (deliveryTest).
test.describe.configure({ mode: 'default' });

/** Swedish date today, as the mail writes it ("25 november 2026"). */
function swedishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a Rättelse reaches the inbox with every field, the visitor gets the reference, and the receipt repeats it and nothing typed', async ({ page, smtp }) => {
      await page.goto('/dina-uppgifter/');
      await fillForm(page, anna);
      const reference = await submitAndConfirm(page);
      const { company, receipt } = await mailsFor(smtp, reference);

      expect(company.envelope).toEqual({ from: MAIL_FROM, to: [MAIL_TO] });
      expect(addresses(company.parsed.from)).toEqual([MAIL_FROM]);
      expect(addresses(company.parsed.to)).toEqual([MAIL_TO]);
      expect(addresses(company.parsed.replyTo)).toEqual([anna.email]);
      expect(company.parsed.subject).toMatch(new RegExp(`^Begäran om rättelse ${reference} – svara senast \\d{1,2} \\p{L}+ \\d{4}$`, 'u'));
      expect(company.parsed.cc).toBeUndefined();
      expect(company.parsed.bcc).toBeUndefined();

      const body = company.parsed.text!;
      for (const line of [
        'Gäller: Begäran om rättelse (GDPR artikel 16)',
        // The language to answer in: the Swedish form's (english.spec.ts has the English form's).
        'Språk: svenska',
        `Referens: ${reference}`,
        'Namn: Anna Testsson',
        'Personnummer/samordningsnummer: 19850415-2383',
        'Adress: Provgatan 12',
        'Postnummer: 123 45',
        'Ort: Testköping',
        `E-post: ${anna.email}`,
        'Telefon: 070-765 43 21',
        'Ärendenummer: ARENDE-4711',
        'går till adressen i folkbokföringen (SPAR), även om adressen ovan är en annan',
        'Svaret önskas: med brev',
        'Rättelse: bekräfta rättelsen med personen',
        'Vilka uppgifter är fel eller saknas, och hur ska de rättas eller kompletteras?\nMin adress är fel.\nDen rätta är Provgatan 12.',
      ]) {
        expect(body).toContain(line);
      }
      expect(body).toMatch(new RegExp(`Mottagen: ${swedishToday()} kl\\. \\d{2}:\\d{2} \\(svensk tid\\)`));

      // The confirmation states the same deadline as the mail and its subject.
      const deadline = /Svara senast: (\d{1,2} \p{L}+ \d{4})/u.exec(body)![1]!;
      expect(company.parsed.subject).toContain(`svara senast ${deadline}`);
      await expect(page.locator('main')).toContainText(`Vi svarar senast ${deadline}.`);
      await expect(page.locator('main')).toContainText('Din begäran gäller: Rättelse');

      // The receipt repeats reference, type and deadline, in Swedish, and nothing the visitor typed.
      expect(receipt.envelope).toEqual({ from: MAIL_FROM, to: [anna.email] });
      expect(addresses(receipt.parsed.from)).toEqual([MAIL_FROM]);
      expect(addresses(receipt.parsed.replyTo)).toEqual(['info@jainkasso.se']);
      expect(receipt.parsed.subject).toBe(`Vi har tagit emot din begäran ${reference}`);
      expect(receipt.parsed.headers.get('content-language')).toBe('sv');
      expect(receipt.parsed.text).toContain('Vi har tagit emot din begäran om rättelse.');
      expect(receipt.parsed.text).toContain(`Referensnummer: ${reference}`);
      expect(receipt.parsed.text).toContain(`Vi svarar senast: ${deadline}`);
      const typed = PERSONAL_VALUES.concat(['Anna', 'Den rätta']);
      for (const value of typed) expect(receipt.raw.slice(receipt.raw.indexOf('\r\n\r\n'))).not.toContain(value);
      expect(receipt.raw).not.toContain('Anna');
    });

    test('a Registerutdrag without the optional fields, e-mail included, is delivered with no receipt', async ({ page, smtp, appLog }) => {
      await page.goto('/dina-uppgifter/');
      const { correction: _, ...registerutdrag } = anna;
      await fillForm(page, { ...registerutdrag, type: 'registerutdrag', email: '', phone: '', caseNumber: '' });
      const attempts = smtp.attempts;
      const reference = await submitAndConfirm(page);
      await expect.poll(() => smtp.mailsTo(MAIL_TO).filter((mail) => mail.parsed.subject?.includes(reference)).length).toBe(1);
      const company = smtp.mailsTo(MAIL_TO).find((mail) => mail.parsed.subject?.includes(reference))!;
      expect(company.parsed.subject).toContain(`Begäran om registerutdrag ${reference}`);
      expect(company.parsed.text).toContain('Telefon: (ej angivet)');
      expect(company.parsed.text).toContain('E-post: (ej angivet: ingen bekräftelse skickas)');
      expect(company.parsed.text).not.toContain('Vilka uppgifter är fel');
      expect(company.parsed.replyTo).toBeUndefined();
      // The page promises no receipt, and none is attempted: one message only.
      await expect(page.locator('main')).not.toContainText('bekräftelse till din e-postadress');
      expect(smtp.attempts).toBe(attempts + 1);
      expect(appLog()).not.toContain(`"outcome":"receipt-sent","reference":"${reference}"`);
      expect(appLog()).not.toContain(`"outcome":"receipt-failed","reference":"${reference}"`);
    });
  });
}

/** The confirmation page's heading and reference, if any. */
async function shown(page: Page): Promise<{ heading: string; reference: string | null }> {
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const reference = (await page.locator('[data-reference]').count()) ? (await page.locator('[data-reference]').textContent())!.trim() : null;
  return { heading, reference };
}
const NOTHING = { heading: 'Det finns ingen bekräftelse att visa', reference: null };

test('after a confirmation: no axe violations, shown once, replayed and forged cookies show nothing, the log has only references and outcomes', async ({ page, context, request, baseURL, smtp, appLog }) => {
  await page.goto('/dina-uppgifter/');
  await fillForm(page, anna);
  const posted = page.waitForResponse((response) => response.request().method() === 'POST');
  const reference = await submitAndConfirm(page);
  const captured = /dina-uppgifter-kvitto=([^;]+)/.exec((await (await posted).headerValue('set-cookie')) ?? '')![1]!;
  await mailsFor(smtp, reference);

  await test.step('the confirmation has no WCAG 2.2 AA violations (axe)', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  await test.step('the confirmation is shown once: a reload shows a neutral page, sends nothing, and its URL carries nothing personal', async () => {
    const attempts = smtp.attempts;
    const reload = await page.reload();
    expect(reload?.request().method()).toBe('GET');
    expect(reload?.headers()['cache-control']).toBe('no-store');
    expect(await shown(page)).toEqual(NOTHING);
    await expect(page.locator('main')).not.toContainText(reference);
    await page.goBack();
    await page.goForward();
    expect(await shown(page)).toEqual(NOTHING);
    expect(smtp.attempts).toBe(attempts);

    expect(page.url()).toMatch(/\/dina-uppgifter\/tack\/$/);
    for (const value of PERSONAL_VALUES) expect(decodeURIComponent(page.url())).not.toContain(value);
  });

  await test.step('a replayed confirmation cookie shows nothing, and a forged one neither', async () => {
    // Someone who copied the cookie and sends it again, after the visitor saw the page.
    const url = new URL('/dina-uppgifter/', baseURL).href;
    for (const value of [captured, '00000000-0000-4000-8000-000000000000', JSON.stringify({ reference: 'JA-ZZZZZZZZ', type: 'rattelse', receivedAt: new Date().toISOString() })]) {
      await context.clearCookies();
      await context.addCookies([{ name: 'dina-uppgifter-kvitto', value: encodeURIComponent(value), url }]);
      await page.goto('/dina-uppgifter/tack/');
      expect(await shown(page)).toEqual(NOTHING);
      await expect(page.locator('main')).not.toContainText(reference);
      await expect(page.locator('main')).not.toContainText('JA-ZZZZZZZZ');
    }
  });

  await test.step("nothing the visitor typed reaches the server's log: only references and outcomes", async () => {
    await postForm(request, baseURL!, { ...anna, personnummer: '850415-2384', postalCode: 'x' });
    const log = appLog();
    expect(log).toContain(`"outcome":"delivered","reference":"${reference}"`);
    expect(log).toContain(`"outcome":"receipt-sent","reference":"${reference}"`);
    expect(log).toContain('"outcome":"invalid","fields":["personnummer","postalCode"]');
    expect(personalDataIn(log, ['Anna', anna.email, '127.0.0.1"'])).toEqual([]);
  });
});

test('the confirmation page without a confirmation is a neutral page that leads to the form', async ({ page }) => {
  const response = await page.goto('/dina-uppgifter/tack/');
  expect(response?.status()).toBe(200);
  expect(await shown(page)).toEqual(NOTHING);
  await expect(page.getByRole('link', { name: 'Till formuläret för registerutdrag och rättelse' })).toHaveAttribute('href', '/dina-uppgifter/');
});

test('a post of the form to the confirmation page, or to the Action endpoint, sends nothing', async ({ request, baseURL, smtp }) => {
  const attempts = smtp.attempts;
  for (const path of ['/dina-uppgifter/tack/?_action=requests.submit', '/_actions/requests.submit', '/dina-uppgifter/tack/']) {
    const response = await request.post(path, { form: { ...anna }, headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect([404, 405]).toContain(response.status());
  }
  expect(smtp.attempts).toBe(attempts);
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
  const first = smtp.mails.length;
  const before = smtp.mailsTo(MAIL_TO).length;
  const response = await postForm(request, baseURL!, {
    ...anna,
    name: `Anna Testsson${evil}`,
    address: `Provgatan 12${evil}`,
    city: `Testköping${evil}`,
    caseNumber: `A1${evil}`.slice(0, 45),
    correction: `Fel.${evil}\r\n.\r\nRCPT TO:<evil@example.test>`,
  });
  expect(response.status()).toBe(303);
  await expect.poll(() => smtp.mailsTo(MAIL_TO).length).toBe(before + 1);
  const reference = /JA-[2-9A-HJ-NP-Z]{8}/.exec(smtp.mailsTo(MAIL_TO).at(-1)!.parsed.subject!)![0];
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
  expect(smtp.mails.slice(first).some((mail) => mail.envelope.to.includes('evil@example.test'))).toBe(false);
  // The text is still there, on one line, for the company to read.
  expect(company.parsed.text).toContain('Namn: Anna Testsson Bcc: evil@example.test X-Injected: yes');

  // And a line break in the e-mail address is an error, not a second recipient.
  const attempts = smtp.attempts;
  const rejected = await postForm(request, baseURL!, { ...anna, email: `${anna.email}\r\nevil@example.test` });
  expect(rejected.status()).toBe(400);
  expect(await rejected.text()).toContain('Skriv e-postadressen i rätt format');
  expect(smtp.attempts).toBe(attempts);
});

test('a name with a right-to-left override and an encoded word reaches the mail with neither in Reply-To', async ({ request, baseURL, smtp }) => {
  const name = 'Anna \u202eadnA\u202c =?UTF-8?B?DQpCY2M6IGV2aWxAZXhhbXBsZS50ZXN0?= Testsson';
  const before = smtp.mailsTo(MAIL_TO).length;
  expect((await postForm(request, baseURL!, { ...anna, name, city: 'Test\u2067köping' })).status()).toBe(303);
  await expect.poll(() => smtp.mailsTo(MAIL_TO).length).toBe(before + 1);
  const company = smtp.mailsTo(MAIL_TO).at(-1)!;
  const head = company.raw.slice(0, company.raw.indexOf('\r\n\r\n'));
  const replyTo = /^Reply-To:.*(?:\r\n[ \t].*)*/im.exec(head)![0];
  expect(replyTo).not.toMatch(/=\?UTF-8\?B\?DQpC/i);
  expect(company.parsed.replyTo?.value).toEqual([{ address: anna.email, name: 'Anna adnA Testsson' }]);
  expect(company.parsed.headers.has('bcc')).toBe(false);
  expect(company.parsed.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
  expect(company.parsed.text).toContain('Ort: Testköping');
});
