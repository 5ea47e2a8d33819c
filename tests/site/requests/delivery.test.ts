/**
 * What reaches the mail, read without a browser: a visitor without JavaScript posts the served form (both languages)
 * to the built app, which delivers to a real SMTP server on loopback. The company's mail and the receipt, the
 * confirmation shown once, how the answer reaches the person and people not folkbokförda in Sweden, posts that must
 * send nothing, caching, header injection. Each test ends only once its receipts have gone, and no log line of it
 * holds anything the requester typed. The browser's flows (scripts running, focus, axe) are in tests/e2e/requests/.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personalDataIn, receiptsUnderWay, startRequestServer, type RequestServer } from '../../support/requests';
import { accessibleDescription, referenceOn, Visitor, type Answer } from '../../support/visitor';
import { readableText } from '../../support/served';
import type { ReceivedMail } from '../../support/smtp';
import { anna, bo, PERSONAL_VALUES } from '../../support/fixtures/anna';
import { addresses, MAIL_FROM, MAIL_TO } from '../../support/fixtures/mail';
import { LOCALES, type Locale } from '../../../src/i18n/locales';

let server: RequestServer;
// Headroom for starting the app on a busy two-core machine: a limit on waiting, never a speed goal.
beforeAll(async () => {
  server = await startRequestServer(() => ({ RATE_LIMIT_MAX: '100000' }));
}, 60_000);
afterAll(() => server?.stop());

/** Where this test's log lines begin. */
let from = 0;
const appLog = () => server.app.output().slice(from);
beforeEach(() => {
  server.smtp.answer = 'accept';
  from = server.app.output().length;
});
afterEach(async () => {
  // A test leaves no mail on its way for the next one to count, and nothing the visitor typed in the log.
  await expect.poll(() => receiptsUnderWay(appLog(), server.smtp), { timeout: 60_000 }).toEqual([]);
  expect(personalDataIn(appLog()), "pieces of Anna's request in the app's log").toEqual([]);
});

/** The mail to the company and the receipt to the requester (Anna unless told) for one reference, once both have arrived. */
async function mailsFor(reference: string, requester: string = anna.email): Promise<{ company: ReceivedMail; receipt: ReceivedMail }> {
  const find = (to: string) => server.smtp.mailsTo(to).filter((mail) => mail.parsed.subject?.includes(reference));
  await expect.poll(() => find(MAIL_TO).length).toBe(1);
  await expect.poll(() => find(requester).length).toBe(1);
  return { company: find(MAIL_TO)[0]!, receipt: find(requester)[0]! };
}

const CONFIRMATION = { sv: { form: '/dina-uppgifter/', page: '/dina-uppgifter/tack/' }, en: { form: '/en/your-data/', page: '/en/your-data/confirmation/' } } as const;
/** The answer to a post of Anna's request was the confirmation: its heading, and the reference it shows. */
function confirmed(shown: Answer, locale: Locale = 'sv'): string {
  expect(shown.status).toBe(200);
  expect(shown.url.pathname).toBe(CONFIRMATION[locale].page);
  expect(readableText(shown.$, shown.$('main h1').get(0))).toBe(locale === 'sv' ? 'Vi har tagit emot din begäran' : 'We have received your request');
  const reference = referenceOn(shown.$)!;
  expect(reference).toMatch(/^JA-[2-9A-HJ-NP-Z]{8}$/);
  return reference;
}

/** Swedish date today, as the mail writes it ("25 november 2026"). */
function swedishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
}

/** The confirmation page's heading and reference, if any. */
function shownOn({ $ }: Answer): { heading: string; reference: string | null } {
  return { heading: readableText($, $('main h1').get(0)), reference: referenceOn($) ?? null };
}
const NOTHING = { heading: 'Det finns ingen bekräftelse att visa', reference: null };

describe('without JavaScript', () => {
  it('a Rättelse reaches the inbox with every field, the visitor gets the reference, and the receipt repeats it and nothing typed; shown once', async () => {
    const visitor = new Visitor(server.url);
    const { posted, shown } = await visitor.send('/dina-uppgifter/', anna);
    expect(posted.status).toBe(303);
    const reference = confirmed(shown);
    const { company, receipt } = await mailsFor(reference);

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
      'når personen genom adressen i folkbokföringen (SPAR), även om adressen ovan är en annan',
      'Svaret önskas: med brev',
      'Rättelse: begränsa användningen av de uppgifter som personen säger är fel medan ni kontrollerar dem (artikel 18.1 a).',
      'Ändra ingenting förrän identiteten och uppgifterna är kontrollerade.',
      'Vilka uppgifter är fel eller saknas, och hur ska de rättas eller kompletteras?\nMin adress är fel.\nDen rätta är Provgatan 12.',
    ]) {
      expect(body).toContain(line);
    }
    expect(body).toMatch(new RegExp(`Mottagen: ${swedishToday()} kl\\. \\d{2}:\\d{2} \\(svensk tid\\)`));

    // The confirmation states the same deadline as the mail and its subject.
    const deadline = /Svara senast: (\d{1,2} \p{L}+ \d{4})/u.exec(body)![1]!;
    expect(company.parsed.subject).toContain(`svara senast ${deadline}`);
    expect(readableText(shown.$)).toContain(`Vi svarar senast ${deadline}.`);
    expect(readableText(shown.$)).toContain('Din begäran gäller: Rättelse');

    // The receipt repeats reference, type and deadline, in Swedish, and nothing the visitor typed.
    expect(receipt.envelope).toEqual({ from: MAIL_FROM, to: [anna.email] });
    expect(addresses(receipt.parsed.from)).toEqual([MAIL_FROM]);
    expect(addresses(receipt.parsed.replyTo)).toEqual(['info@jainkasso.se']);
    expect(receipt.parsed.subject).toBe(`Vi har tagit emot din begäran ${reference}`);
    expect(receipt.parsed.headers.get('content-language')).toBe('sv');
    expect(receipt.parsed.text).toContain('Vi har tagit emot din begäran om rättelse.');
    expect(receipt.parsed.text).toContain(`Referensnummer: ${reference}`);
    expect(receipt.parsed.text).toContain(`Vi svarar senast: ${deadline}`);
    for (const value of PERSONAL_VALUES.concat(['Anna', 'Den rätta'])) expect(receipt.raw.slice(receipt.raw.indexOf('\r\n\r\n'))).not.toContain(value);
    expect(receipt.raw).not.toContain('Anna');

    // Shown once: the same address again is the neutral page, with no-store, and sends nothing.
    const attempts = server.smtp.attempts;
    const again = await visitor.get('/dina-uppgifter/tack/');
    expect(again.headers.get('cache-control')).toBe('no-store');
    expect(shownOn(again)).toEqual(NOTHING);
    expect(readableText(again.$)).not.toContain(reference);
    expect(server.smtp.attempts).toBe(attempts);
  });

  it('a Registerutdrag without the optional fields, e-mail included, is delivered with no receipt', async () => {
    const attempts = server.smtp.attempts;
    const { shown } = await new Visitor(server.url).send('/dina-uppgifter/', { ...anna, type: 'registerutdrag', correction: '', email: '', phone: '', caseNumber: '' });
    const reference = confirmed(shown);
    await expect.poll(() => server.smtp.mailsTo(MAIL_TO).filter((mail) => mail.parsed.subject?.includes(reference)).length).toBe(1);
    const company = server.smtp.mailsTo(MAIL_TO).find((mail) => mail.parsed.subject?.includes(reference))!;
    expect(company.parsed.subject).toContain(`Begäran om registerutdrag ${reference}`);
    expect(company.parsed.text).toContain('Telefon: (ej angivet)');
    expect(company.parsed.text).toContain('E-post: (ej angivet: ingen bekräftelse skickas)');
    expect(company.parsed.text).not.toContain('Vilka uppgifter är fel');
    expect(company.parsed.replyTo).toBeUndefined();
    // The page promises no receipt, and none is attempted: one message only.
    expect(readableText(shown.$)).not.toContain('bekräftelse till din e-postadress');
    expect(server.smtp.attempts).toBe(attempts + 1);
    expect(appLog()).not.toContain(`"outcome":"receipt-sent","reference":"${reference}"`);
    expect(appLog()).not.toContain(`"outcome":"receipt-failed","reference":"${reference}"`);
  });

  it('a request from the English form: English confirmation (shown once) and receipt, the company mail in Swedish with "Språk: engelska"', async () => {
    const visitor = new Visitor(server.url);
    const { shown } = await visitor.send('/en/your-data/', anna);
    const reference = confirmed(shown, 'en');
    const { company, receipt } = await mailsFor(reference);

    // The company's mail: Swedish, as from the Swedish form, and it names the language to answer in.
    expect(company.envelope).toEqual({ from: MAIL_FROM, to: [MAIL_TO] });
    expect(company.parsed.subject).toMatch(new RegExp(`^Begäran om rättelse ${reference} – svara senast \\d{1,2} \\p{L}+ \\d{4}$`, 'u'));
    expect(addresses(company.parsed.replyTo)).toEqual([anna.email]);
    const body = company.parsed.text!;
    for (const line of ['Gäller: Begäran om rättelse (GDPR artikel 16)', 'Språk: engelska', `Referens: ${reference}`, 'Personnummer/samordningsnummer: 19850415-2383', 'Postnummer: 123 45', 'Svaret önskas: med brev']) {
      expect(body).toContain(line);
    }
    expect(body).toMatch(/Mottagen: .+ kl\. \d{2}:\d{2} \(svensk tid\)/);

    // The receipt: English, with the deadline written in English, and nothing the visitor typed.
    const swedishDeadline = /Svara senast: (\d{1,2} \p{L}+ \d{4})/u.exec(body)![1]!;
    const englishDeadline = /Latest date for our answer: (\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\n/.exec(receipt.parsed.text!)![1]!;
    expect(swedishDeadline.split(' ')[0]).toBe(englishDeadline.split(' ')[0]);
    expect(receipt.envelope).toEqual({ from: MAIL_FROM, to: [anna.email] });
    expect(receipt.parsed.headers.get('content-language')).toBe('en');
    expect(receipt.parsed.subject).toBe(`We have received your request ${reference}`);
    const text = receipt.parsed.text!;
    for (const line of [
      'Hello,',
      'We have received your request for rectification.',
      `Reference number: ${reference}`,
      `Latest date for our answer: ${englishDeadline}`,
      'We send the answer by post to the address where you are registered in Sweden, or to the address you have given if you are not registered in Sweden, so that only you get it.',
      'This is an automatic message.',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toMatch(/\b(?:Hej|Vi|Referensnummer|svarar)\b/);
    for (const value of PERSONAL_VALUES) expect(receipt.raw.slice(receipt.raw.indexOf('\r\n\r\n'))).not.toContain(value);

    // The confirmation page: English, the same deadline.
    const main = readableText(shown.$);
    expect(main).toContain('Your reference number');
    expect(main).toContain('Write down the reference number. This page is shown only once.');
    expect(main).toContain('Your request is for: Rectification of your data (rättelse)');
    expect(main).toContain(`We will answer by ${englishDeadline} at the latest.`);
    expect(main).toContain('We also send a confirmation to your email address.');
    const link = (answer: Answer, name: string) => answer.$('main a').filter((_, a) => readableText(answer.$, a) === name).attr('href');
    expect(link(shown, 'Go to the home page')).toBe('/en/');

    // Shown once: after that a neutral English page leads back to the English form.
    const again = await visitor.get('/en/your-data/confirmation/');
    expect(readableText(again.$, again.$('main h1').get(0))).toBe('There is no confirmation to show');
    expect(readableText(again.$)).not.toContain(reference);
    expect(link(again, 'Go to the form for a copy of your data or for rectification')).toBe('/en/your-data/');
  });
});

/** What a visitor reads about the answer's channel and the address abroad, in each language: the test's own words. */
const CHANNEL = {
  sv: {
    emailMissing: 'Skriv din e-postadress, eller välj att få svaret med brev',
    error: 'Fel:',
    saysElectronic: 'Vi kontrollerar först att det är du. Sedan skickar vi svaret elektroniskt på ett skyddat sätt, aldrig som vanlig e-post.',
    saysLetter: 'Vi skickar svaret med brev till din folkbokföringsadress',
  },
  en: {
    emailMissing: 'Enter your email address, or choose to get the answer by post',
    error: 'Error:',
    saysElectronic: 'We first make sure that it is you. Then we send the answer electronically in a protected way, never as ordinary email.',
    saysLetter: 'We send the answer by post to the address where you are registered in Sweden',
  },
} as const satisfies Record<Locale, unknown>;

describe.each(LOCALES)('how the answer reaches the person, in %s, without JavaScript', (locale) => {
  const w = CHANNEL[locale];
  const form = CONFIRMATION[locale].form;

  it('a samordningsnummer and an address abroad, answered electronically: delivered, with how to verify identity; confirmation and receipt say electronically', async () => {
    const { shown } = await new Visitor(server.url).send(form, bo);
    const reference = confirmed(shown, locale);
    expect(readableText(shown.$)).toContain(w.saysElectronic);
    const { company, receipt } = await mailsFor(reference, bo.email);
    expect(company.envelope.to).toEqual([MAIL_TO]);
    const body = company.parsed.text!;
    for (const line of [
      'Svaret önskas: elektroniskt',
      'Personnummer/samordningsnummer: 19850475-2380',
      `Land: ${bo.country}`,
      `Postnummer (angiven adress): ${bo.abroadPostalCode}`,
      'SPAR kan inte bekräfta adressen',
      'EDPB:s riktlinjer 01/2022, punkt 69–78',
      'radera kopian när kontrollen är gjord',
      'Skicka aldrig uppgifterna okrypterat',
    ]) {
      expect(body).toContain(line);
    }
    // The Swedish postcode of the hidden question is ignored.
    expect(body).not.toContain('Postnummer: ');
    expect(receipt.parsed.text).toContain(w.saysElectronic);
  });

  it('electronically without an e-mail address gets the field error; by letter, no e-mail address is needed', async () => {
    const visitor = new Visitor(server.url);
    const attempts = server.smtp.attempts;
    const { posted } = await visitor.send(form, { ...anna, type: 'registerutdrag', correction: '', email: '', answerChannel: 'elektroniskt' });
    expect(posted.status).toBe(400);
    const { $ } = posted;
    const summary = $('[data-error-summary]');
    expect(summary.attr('autofocus')).toBeDefined();
    expect(summary.find('a').toArray().map((a) => readableText($, a))).toEqual([w.emailMissing]);
    expect($('#request-email').attr('aria-invalid')).toBe('true');
    expect(accessibleDescription($, '#request-email')).toMatch(new RegExp(`${w.error} ${w.emailMissing}`));
    // The choice is kept.
    expect($('#request-answerChannel-elektroniskt').attr('checked')).toBeDefined();
    expect(server.smtp.attempts).toBe(attempts);

    // The same page, by letter: sent.
    const { shown } = await visitor.submit(posted, { answerChannel: 'brev' });
    confirmed(shown, locale);
    expect(readableText(shown.$)).toContain(w.saysLetter);
    expect(server.smtp.attempts).toBe(attempts + 1);
  });
});

describe('the confirmation', () => {
  it('without a confirmation is a neutral page that leads to the form', async () => {
    const answer = await new Visitor(server.url).get('/dina-uppgifter/tack/');
    expect(answer.status).toBe(200);
    expect(shownOn(answer)).toEqual(NOTHING);
    expect(answer.$('main a').filter((_, a) => readableText(answer.$, a) === 'Till formuläret för registerutdrag och rättelse').attr('href')).toBe('/dina-uppgifter/');
  });

  it('a replayed confirmation cookie shows nothing, and a forged one neither; its URL carries nothing personal', async () => {
    const visitor = new Visitor(server.url);
    const { posted, shown } = await visitor.send('/dina-uppgifter/', anna);
    const captured = /dina-uppgifter-kvitto=([^;]+)/.exec(posted.headers.get('set-cookie') ?? '')![1]!;
    const reference = confirmed(shown);
    await mailsFor(reference);
    for (const value of PERSONAL_VALUES) expect(decodeURIComponent(shown.url.href)).not.toContain(value);
    // Someone who copied the cookie and sends it again, after the visitor saw the page.
    for (const value of [captured, '00000000-0000-4000-8000-000000000000', JSON.stringify({ reference: 'JA-ZZZZZZZZ', type: 'rattelse', receivedAt: new Date().toISOString() })]) {
      const replay = new Visitor(server.url);
      replay.cookies.set('dina-uppgifter-kvitto', encodeURIComponent(value));
      const answer = await replay.get('/dina-uppgifter/tack/');
      expect(shownOn(answer)).toEqual(NOTHING);
      expect(readableText(answer.$)).not.toContain(reference);
      expect(readableText(answer.$)).not.toContain('JA-ZZZZZZZZ');
    }
  });

  it('the confirmation cookie reaches both languages, and lives only minutes', async () => {
    const visitor = new Visitor(server.url);
    const posted = await visitor.post('/en/your-data/?_action=requests.submit', { ...anna });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/en/your-data/confirmation/');
    const cookie = posted.headers.get('set-cookie')!;
    expect(cookie).toMatch(/dina-uppgifter-kvitto=/);
    expect(cookie).toMatch(/Path=\/(;|$)/);
    expect(cookie).toMatch(/Max-Age=600/);
    const confirmation = await visitor.get('/en/your-data/confirmation/');
    expect(confirmation.headers.get('cache-control')).toBe('no-store');
    expect(confirmation.html).toContain('We have received your request');
  });
});

it("nothing the visitor typed reaches the server's log: only references and outcomes", async () => {
  const visitor = new Visitor(server.url);
  const reference = confirmed((await visitor.send('/dina-uppgifter/', anna)).shown);
  await mailsFor(reference);
  expect((await visitor.send('/dina-uppgifter/', { ...anna, personnummer: '850415-2384', postalCode: 'x' })).posted.status).toBe(400);
  await expect.poll(() => appLog()).toContain(`"outcome":"receipt-sent","reference":"${reference}"`);
  const log = appLog();
  expect(log).toContain(`"outcome":"delivered","reference":"${reference}"`);
  expect(log).toContain('"outcome":"invalid","fields":["personnummer","postalCode"]');
  expect(personalDataIn(log, ['Anna', anna.email, '127.0.0.1"'])).toEqual([]);
});

it('a post of the form to a confirmation page, to the Action endpoint or to another page sends nothing (both languages)', async () => {
  const attempts = server.smtp.attempts;
  const visitor = new Visitor(server.url);
  for (const path of [
    '/dina-uppgifter/tack/?_action=requests.submit',
    '/_actions/requests.submit',
    '/dina-uppgifter/tack/',
    '/en/your-data/confirmation/?_action=requests.submit',
    '/en/your-data/confirmation/',
    '/en/?_action=requests.submit',
  ]) {
    expect([404, 405], path).toContain((await visitor.post(path, { ...anna })).status);
  }
  expect(server.smtp.attempts).toBe(attempts);
});

it('no answer of the form is ever cached: the form, every kind of post, the confirmation', async () => {
  const visitor = new Visitor(server.url);
  const action = '/dina-uppgifter/?_action=requests.submit';
  expect((await visitor.get('/dina-uppgifter/')).headers.get('cache-control')).toBe('no-store');

  const delivered = await visitor.post(action, { ...anna });
  expect(delivered.status).toBe(303);
  expect(delivered.headers.get('location')).toBe('/dina-uppgifter/tack/');
  expect(delivered.headers.get('cache-control')).toBe('no-store');
  // The visitor keeps the confirmation cookie, as a browser would.
  const confirmation = await visitor.get('/dina-uppgifter/tack/');
  expect(confirmation.status).toBe(200);
  expect(confirmation.html).toContain('Vi har tagit emot din begäran');
  expect(confirmation.headers.get('cache-control')).toBe('no-store');

  const invalid = await visitor.post(action, { ...anna, personnummer: '' });
  expect(invalid.status).toBe(400);
  expect(invalid.headers.get('cache-control')).toBe('no-store');

  server.smtp.answer = 'refuse';
  const refused = await visitor.post(action, { ...anna }).finally(() => (server.smtp.answer = 'accept'));
  expect(refused.status).toBe(503);
  expect(refused.headers.get('cache-control')).toBe('no-store');

  const tooLarge = await visitor.post(action, { ...anna, correction: 'x'.repeat(100 * 1024) });
  expect(tooLarge.status).toBe(413);
  expect(tooLarge.headers.get('cache-control')).toBe('no-store');
});

it('CR/LF in every field adds no header and no recipient', async () => {
  const { smtp } = server;
  const visitor = new Visitor(server.url);
  const action = '/dina-uppgifter/?_action=requests.submit';
  const evil = '\r\nBcc: evil@example.test\r\nX-Injected: yes';
  const first = smtp.mails.length;
  const before = smtp.mailsTo(MAIL_TO).length;
  const response = await visitor.post(action, {
    ...anna,
    name: `Anna Testsson${evil}`,
    address: `Provgatan 12${evil}`,
    city: `Testköping${evil}`,
    caseNumber: `A1${evil}`.slice(0, 45),
    correction: `Fel.${evil}\r\n.\r\nRCPT TO:<evil@example.test>`,
  });
  expect(response.status).toBe(303);
  await expect.poll(() => smtp.mailsTo(MAIL_TO).length).toBe(before + 1);
  const reference = /JA-[2-9A-HJ-NP-Z]{8}/.exec(smtp.mailsTo(MAIL_TO).at(-1)!.parsed.subject!)![0];
  const { company, receipt } = await mailsFor(reference);

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
  const rejected = await visitor.post(action, { ...anna, email: `${anna.email}\r\nevil@example.test` });
  expect(rejected.status).toBe(400);
  expect(rejected.html).toContain('Skriv e-postadressen i rätt format');
  expect(smtp.attempts).toBe(attempts);
});

it('a name with a right-to-left override and an encoded word reaches the mail with neither in Reply-To', async () => {
  const { smtp } = server;
  const name = 'Anna \u202eadnA\u202c =?UTF-8?B?DQpCY2M6IGV2aWxAZXhhbXBsZS50ZXN0?= Testsson';
  const before = smtp.mailsTo(MAIL_TO).length;
  expect((await new Visitor(server.url).post('/dina-uppgifter/?_action=requests.submit', { ...anna, name, city: 'Test\u2067köping' })).status).toBe(303);
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
