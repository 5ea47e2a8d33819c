/**
 * The mail server failing, read without a browser (a visitor without JavaScript posts the served form): a refusal
 * and a server that is down give the honest "not sent" with the answers kept; a silent server, or one answering after
 * the bound, gives "could not confirm" with the reference; a refused receipt fails nothing. The bound is
 * SMTP_TIMEOUT_MS, as the server measured it (its log). The refusal's page in the browser (focus, axe, sent again
 * once the server is back, with scripts running): tests/e2e/requests/smtp-faults.spec.ts.
 */
import type { CheerioAPI } from 'cheerio';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { personalDataIn, requestLog, startRequestServer, type RequestServer } from '../../support/requests';
import { referenceOn, Visitor, type Answer } from '../../support/visitor';
import { readableText } from '../../support/served';
import { startApp, type RunningApp } from '../../support/app';
import { unusedPort } from '../../support/smtp';
import { anna } from '../../support/fixtures/anna';
import { MAIL_FROM, MAIL_TO } from '../../support/fixtures/mail';

/**
 * A short bound for the SMTP attempt, so the silent server is given up on quickly (production: 15 s), yet long enough
 * for an answering server's mail on a loaded two-core machine. MARGIN_MS: what the server may take beyond it.
 */
const TIMEOUT_MS = 5000;
const MARGIN_MS = 3000;

let server: RequestServer;
/** An app whose mail server is a port where nothing listens. */
let down: RunningApp;
// Headroom for starting the apps on a busy two-core machine: a limit on waiting, never a speed goal.
beforeAll(async () => {
  [server, down] = await Promise.all([
    startRequestServer(() => ({ SMTP_TIMEOUT_MS: String(TIMEOUT_MS), RATE_LIMIT_MAX: '1000' })),
    unusedPort().then((port) => startApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_TO, MAIL_FROM, SMTP_TIMEOUT_MS: String(TIMEOUT_MS) })),
  ]);
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await down?.stop();
});

/** What no log line may hold after these failures: anything Anna typed, or the refusing server's words (which quote her address). */
const NEVER_LOGGED = [anna.email, 'Anna', 'refused by test'];

let from = 0;
const appLog = () => server.app.output().slice(from);
beforeEach(() => {
  server.smtp.answer = 'accept';
  from = server.app.output().length;
});
afterEach(() => {
  expect(personalDataIn(appLog(), NEVER_LOGGED)).toEqual([]);
});

/** The honest failure: status, message naming post, phone and e-mail, no confirmation, the answers kept. */
function expectHonestFailure(posted: Answer): void {
  expect(posted.status).toBe(503);
  expect(posted.headers.get('set-cookie') ?? '').not.toContain('dina-uppgifter-kvitto');
  expect(posted.url.pathname).toBe('/dina-uppgifter/');
  expect(posted.url.search).toMatch(/^\?_action=/);
  const { $ } = posted;
  expect($('title').text()).toMatch(/^Fel: /);
  const notice = $('[data-error-summary]');
  expect(notice.attr('autofocus')).toBeDefined();
  expect(readableText($, notice.find('h2').get(0))).toBe('Din begäran kunde inte skickas');
  const text = readableText($, notice.get(0));
  expect(text).toContain('Den har inte kommit fram till oss.');
  expect(text).toContain('Box 358, 801 05 GÄVLE');
  const link = (name: string) => notice.find('a').filter((_, a) => readableText($, a) === name).attr('href');
  expect(link('026-16 64 70')).toBe('tel:+4626166470');
  expect(link('info@jainkasso.se')).toBe('mailto:info@jainkasso.se');
  expect(readableText($)).not.toContain('Vi har tagit emot din begäran');
  expect($('#request-type-rattelse').attr('checked')).toBeDefined();
  expect($('#request-name').attr('value')).toBe(anna.name);
  expect($('#request-personnummer').attr('value')).toBe(anna.personnummer);
  expect($('#request-correction').text()).toBe(anna.correction);
}

/** The honest "could not confirm" page: the reference, do not send again, phone and post. Returns the reference shown. */
function expectUnconfirmed(shown: Answer): string {
  expect(shown.status).toBe(200);
  expect(shown.url.pathname).toBe('/dina-uppgifter/tack/');
  const { $ } = shown;
  expect(readableText($, $('main h1').get(0))).toBe('Vi kunde inte bekräfta att din begäran kom fram');
  const main = readableText($);
  expect(main).toContain('Skicka inte begäran igen.');
  expect(main).not.toContain('har inte kommit fram');
  expect(main).not.toContain('Vi har tagit emot din begäran');
  expect(main).toContain('Box 358, 801 05 GÄVLE');
  expect(phoneLink($)).toBe('tel:+4626166470');
  const reference = referenceOn($)!;
  expect(reference).toMatch(/^JA-[2-9A-HJ-NP-Z]{8}$/);
  return reference;
}

const phoneLink = ($: CheerioAPI) =>
  $('main a')
    .filter((_, a) => readableText($, a) === '026-16 64 70')
    .attr('href');

it('a mail server that refuses the mail (550) is never shown as success, the log holds nothing personal, and the kept answers go through once it is back', async () => {
  const { smtp } = server;
  smtp.answer = 'refuse';
  const attempts = smtp.attempts;
  const mails = smtp.mailsTo(MAIL_TO).length;
  const visitor = new Visitor(server.url);
  const { posted } = await visitor.send('/dina-uppgifter/', anna);
  expectHonestFailure(posted);
  expect(smtp.attempts).toBe(attempts + 1);
  expect(smtp.mailsTo(MAIL_TO)).toHaveLength(mails);
  expect(appLog()).toMatch(/"outcome":"delivery-failed","reference":"JA-[A-Z0-9]{8}","code":"550"/);

  // The answers the page kept, sent again as they stand.
  smtp.answer = 'accept';
  const { shown } = await visitor.submit(posted, {});
  expect(shown.url.pathname).toBe('/dina-uppgifter/tack/');
  const reference = referenceOn(shown.$)!;
  await expect.poll(() => smtp.mailsTo(MAIL_TO).filter((m) => m.parsed.subject?.includes(reference)).length).toBe(1);
  await expect.poll(() => appLog()).toContain(`"outcome":"receipt-sent","reference":"${reference}"`);
});

it('a mail server that takes the message and never answers: never "not sent", but "could not confirm", with the reference; nothing personal logged', async () => {
  server.smtp.answer = 'hang';
  const visitor = new Visitor(server.url);
  const reference = expectUnconfirmed((await visitor.send('/dina-uppgifter/', anna)).shown);
  expect(appLog()).toContain(`"outcome":"unconfirmed","reference":"${reference}"`);
  // Given up on within the bound as the server measured it (its log), not this test's clock.
  const givenUp = requestLog(appLog()).find((line) => line.reference === reference);
  expect(givenUp).toMatchObject({ outcome: 'unconfirmed' });
  expect(givenUp!.durationMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
  expect(givenUp!.durationMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
  // The server is still there for the next visitor.
  expect((await visitor.get('/dina-uppgifter/')).status).toBe(200);
});

it("a mail server that answers 250 after the bound: the visitor's page shows the mail's reference, and the receipt follows", async () => {
  const { smtp } = server;
  smtp.answer = (_, to) => (to.includes(MAIL_TO) ? 'hold' : 'accept');
  const { shown } = await new Visitor(server.url).send('/dina-uppgifter/', anna);
  const reference = expectUnconfirmed(shown);
  expect(readableText(shown.$)).toContain('Om den har kommit fram får du en bekräftelse till din e-postadress.');
  // The server answers only now, after the visitor was told (the message may still have been on its way: wait for it).
  await expect.poll(() => smtp.held).toBe(1);
  smtp.release();
  await expect.poll(() => smtp.mailsTo(MAIL_TO).filter((mail) => mail.parsed.subject?.includes(reference)).length).toBe(1);
  await expect.poll(() => smtp.mailsTo(anna.email).filter((mail) => mail.parsed.subject?.includes(reference)).length).toBe(1);
  // The log tells the whole story, in order, on the server's own clock.
  const events = [`"outcome":"unconfirmed","reference":"${reference}"`, `"outcome":"delivered","reference":"${reference}","late":true`, `"outcome":"receipt-sent","reference":"${reference}"`];
  await expect.poll(() => appLog()).toContain(events[2]!);
  const log = appLog();
  const positions = events.map((event) => log.indexOf(event));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(log).not.toContain(`"outcome":"delivery-failed","reference":"${reference}"`);
});

it('a refused receipt does not fail a delivered request, and the refusal leaves nothing personal in the log', async () => {
  server.smtp.answer = (_, to) => (to.includes(anna.email) ? 'refuse' : 'accept');
  const { shown } = await new Visitor(server.url).send('/dina-uppgifter/', anna);
  expect(shown.url.pathname).toBe('/dina-uppgifter/tack/');
  const reference = referenceOn(shown.$)!;
  await expect.poll(() => appLog()).toContain(`"outcome":"receipt-failed","reference":"${reference}","code":"550"`);
});

it('a mail server that is down gives the same honest error, with the answers kept', async () => {
  const { posted } = await new Visitor(down.url).send('/dina-uppgifter/', anna);
  expectHonestFailure(posted);
  expect(down.output()).toMatch(/"outcome":"delivery-failed","reference":"JA-[A-Z0-9]{8}","code":"(ECONNECTION|ESOCKET)"/);
  expect(personalDataIn(down.output(), NEVER_LOGGED)).toEqual([]);
});
