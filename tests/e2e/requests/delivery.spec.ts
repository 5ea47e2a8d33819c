/**
 * The form sent in the browser with its scripts running, and what the visitor sees after. Without JavaScript the same
 * flows are plain posts, as are the posts that must send nothing, caching and header injection
 * (tests/site/requests/delivery.test.ts); nothing typed in the log: every request test's teardown (tests/support/e2e/requests.ts).
 */
import type { Page } from '@playwright/test';
import {
  deliveryTest as test,
  expect,
  axeViolations,
  anna,
  fillForm,
  mailsFor,
  submitAndConfirm,
  MAIL_TO,
  MAIL_FROM,
  PERSONAL_VALUES,
} from '../../support/e2e/requests';
import { addresses } from '../../support/fixtures/mail';

// Its tests run in order in one worker, on the app and SMTP server the request files share (deliveryTest).
test.describe.configure({ mode: 'default' });

/** Swedish date today, as the mail writes it ("25 november 2026"). */
function swedishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
}

/** The confirmation page's heading and reference, if any. */
async function shown(page: Page): Promise<{ heading: string; reference: string | null }> {
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const reference = (await page.locator('[data-reference]').count()) ? (await page.locator('[data-reference]').textContent())!.trim() : null;
  return { heading, reference };
}
const NOTHING = { heading: 'Det finns ingen bekräftelse att visa', reference: null };

test('a Rättelse reaches the inbox with every field, the visitor gets the reference, the receipt repeats it and nothing typed; then the confirmation has no axe violations and is shown once', async ({ page, smtp }) => {
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
});
