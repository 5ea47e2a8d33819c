import { describe, expect, it } from 'vitest';
import type { SendMailOptions } from 'nodemailer';
import { handleSubmission, type HandlerDeps, type Submission } from '../../../src/requests/handler';
import type { DeliveryResult, FinalResult, Mailer } from '../../../src/requests/delivery';
import type { RequestLogEvent } from '../../../src/requests/log';
import { memoryLimiter } from '../../../src/requests/rate-limit';
import { readSubmission } from '../../../src/requests/submission';
import { validateRequest } from '../../support/validate';
import { anna } from '../../support/fixtures/anna';
import { postedForm } from '../../support/fixtures/form';

/** Anna's request as the Action hands it to the handler (from the Swedish form), with changes. */
function submitted(changes: Record<string, string> = {}, honeypot = ''): Submission {
  const result = validateRequest({ ...anna, type: 'registerutdrag', email: 'anna@example.test', ...changes });
  if (!result.success) throw new Error(JSON.stringify(result.errors));
  return { request: result.data, honeypot, locale: 'sv' };
}
const valid = submitted();

/** A mailer that records what it was given and answers as told. */
function fakeMailer(answer: (mail: SendMailOptions) => DeliveryResult = () => ({ status: 'accepted' })) {
  const sent: SendMailOptions[] = [];
  const mailer: Mailer = {
    send: (mail) => {
      sent.push(mail);
      return Promise.resolve(answer(mail));
    },
    close: () => undefined,
  };
  return { mailer, sent };
}

function deps(mailer: Mailer, max = 5): HandlerDeps & { events: RequestLogEvent[] } {
  const events: RequestLogEvent[] = [];
  return {
    mailer,
    route: { to: 'arenden@jainkasso.test', from: 'webb@jainkasso.test' },
    limiter: memoryLimiter({ max, windowMs: 600_000 }),
    log: (event) => events.push(event),
    now: () => new Date('2026-11-25T10:00:00Z'),
    newReference: (() => {
      let n = 0;
      return () => `JA-TEST000${++n}`;
    })(),
    events,
  };
}

describe('handling one submission', () => {
  it('delivers to the company, then sends the receipt, and logs the reference only', async () => {
    const { mailer, sent } = fakeMailer();
    const d = deps(mailer);
    const outcome = await handleSubmission(valid, '192.0.2.1', d);
    expect(outcome).toMatchObject({
      kind: 'delivered',
      confirmation: { status: 'delivered', reference: 'JA-TEST0001', type: 'registerutdrag', receivedAt: '2026-11-25T10:00:00.000Z', receipt: true },
    });
    if (outcome.kind !== 'delivered') return;
    expect(await outcome.receipt).toBe(true);
    expect(sent.map((mail) => mail.to)).toEqual(['arenden@jainkasso.test', valid.request.email]);
    expect(d.events).toEqual([
      { outcome: 'delivered', reference: 'JA-TEST0001' },
      { outcome: 'receipt-sent', reference: 'JA-TEST0001' },
    ]);
  });

  it('sends the receipt in the language of the form, and the company its mail in Swedish with the language line', async () => {
    const { mailer, sent } = fakeMailer();
    const outcome = await handleSubmission({ ...valid, locale: 'en' }, '192.0.2.1', deps(mailer));
    if (outcome.kind !== 'delivered') throw new Error(outcome.kind);
    await outcome.receipt;
    const [company, receipt] = sent;
    expect(company!.text).toContain('Språk: engelska');
    expect(company!.subject).toMatch(/^Begäran om registerutdrag JA-TEST0001/);
    expect(receipt!.subject).toBe('We have received your request JA-TEST0001');
    expect(receipt!.headers).toEqual({ 'Content-Language': 'en' });
  });

  it('attempts no receipt without an e-mail address', async () => {
    const { mailer, sent } = fakeMailer();
    const d = deps(mailer);
    const outcome = await handleSubmission(submitted({ email: '' }), '192.0.2.1', d);
    expect(outcome).toMatchObject({ kind: 'delivered', confirmation: { receipt: false }, receipt: undefined });
    expect(sent.map((mail) => mail.to)).toEqual(['arenden@jainkasso.test']);
    expect(d.events).toEqual([{ outcome: 'delivered', reference: 'JA-TEST0001' }]);
  });

  it('never confirms a request the mail server did not accept', async () => {
    const { mailer, sent } = fakeMailer(() => ({ status: 'failed', code: '550' }));
    const d = deps(mailer);
    expect(await handleSubmission(valid, '192.0.2.1', d)).toEqual({ kind: 'delivery-failed', reference: 'JA-TEST0001' });
    expect(sent).toHaveLength(1); // no receipt for an undelivered request
    expect(d.events).toEqual([{ outcome: 'delivery-failed', reference: 'JA-TEST0001', code: '550' }]);
  });

  it('treats a mailer that throws as a failed delivery', async () => {
    const d = deps({ send: () => Promise.reject(new Error('anna@example.test refused')), close: () => undefined });
    expect((await handleSubmission(valid, '192.0.2.1', d)).kind).toBe('delivery-failed');
    expect(JSON.stringify(d.events)).not.toContain('anna');
  });

  it('says "unconfirmed" with the reference when the bound passes, and sends the receipt if the 250 comes late', async () => {
    let late!: (result: FinalResult) => void;
    const final = new Promise<FinalResult>((resolve) => (late = resolve));
    const { mailer, sent } = fakeMailer((mail) => (mail.to === 'arenden@jainkasso.test' ? { status: 'unconfirmed', final } : { status: 'accepted' }));
    const d = deps(mailer);
    const outcome = await handleSubmission(valid, '192.0.2.1', d);
    expect(outcome).toMatchObject({ kind: 'unconfirmed', confirmation: { status: 'unconfirmed', reference: 'JA-TEST0001', receipt: true } });
    expect(sent).toHaveLength(1);
    expect(d.events).toEqual([{ outcome: 'unconfirmed', reference: 'JA-TEST0001' }]);

    late({ status: 'accepted' });
    if (outcome.kind === 'unconfirmed') await outcome.final;
    await expect.poll(() => d.events.at(-1)).toEqual({ outcome: 'receipt-sent', reference: 'JA-TEST0001' });
    expect(d.events).toContainEqual({ outcome: 'delivered', reference: 'JA-TEST0001', late: true });
    expect(sent.map((mail) => mail.to)).toEqual(['arenden@jainkasso.test', 'anna@example.test']);
  });

  it('logs a late failure of an unconfirmed request, and sends no receipt', async () => {
    const final = Promise.resolve<FinalResult>({ status: 'failed', code: 'ETIMEDOUT' });
    const { mailer, sent } = fakeMailer(() => ({ status: 'unconfirmed', final }));
    const d = deps(mailer);
    const outcome = await handleSubmission(valid, '192.0.2.1', d);
    if (outcome.kind === 'unconfirmed') await outcome.final;
    expect(d.events).toEqual([
      { outcome: 'unconfirmed', reference: 'JA-TEST0001' },
      { outcome: 'delivery-failed', reference: 'JA-TEST0001', code: 'ETIMEDOUT', late: true },
    ]);
    expect(sent).toHaveLength(1);
  });

  it('keeps a delivered request delivered when the receipt fails', async () => {
    const { mailer } = fakeMailer((mail) => (mail.to === 'anna@example.test' ? { status: 'failed', code: 'ECONNECTION' } : { status: 'accepted' }));
    const d = deps(mailer);
    const outcome = await handleSubmission(valid, '192.0.2.1', d);
    expect(outcome.kind).toBe('delivered');
    if (outcome.kind === 'delivered') expect(await outcome.receipt).toBe(false);
    expect(d.events.at(-1)).toEqual({ outcome: 'receipt-failed', reference: 'JA-TEST0001', code: 'ECONNECTION' });
  });

  it('sends nothing when the honeypot is filled in', async () => {
    const { mailer, sent } = fakeMailer();
    const d = deps(mailer);
    expect(await handleSubmission(submitted({}, 'x'), '192.0.2.1', d)).toEqual({ kind: 'honeypot' });
    expect(sent).toHaveLength(0);
    expect(d.events).toEqual([{ outcome: 'honeypot' }]);
  });

  it('limits requests that would send mail per client, and says when to come back', async () => {
    const { mailer, sent } = fakeMailer();
    const d = deps(mailer, 2);
    expect((await handleSubmission(valid, '192.0.2.1', d)).kind).toBe('delivered');
    expect((await handleSubmission(valid, '192.0.2.1', d)).kind).toBe('delivered');
    expect(await handleSubmission(valid, '192.0.2.1', d)).toEqual({ kind: 'rate-limited', retryAfterSeconds: 600 });
    expect((await handleSubmission(valid, '192.0.2.2', d)).kind).toBe('delivered');
    expect(sent.filter((mail) => mail.to === 'arenden@jainkasso.test')).toHaveLength(3);
    expect(JSON.stringify(d.events)).not.toContain('192.0.2');
  });

  it('does not count a request the mail server refused: only delivered requests use up the allowance', async () => {
    let refuse = true;
    const { mailer } = fakeMailer(() => (refuse ? { status: 'failed' as const, code: '451' } : { status: 'accepted' as const }));
    const d = deps(mailer, 1);
    expect((await handleSubmission(valid, '192.0.2.1', d)).kind).toBe('delivery-failed');
    expect((await handleSubmission(valid, '192.0.2.1', d)).kind).toBe('delivery-failed');
    refuse = false;
    expect((await handleSubmission(valid, '192.0.2.1', d)).kind).toBe('delivered');
    expect((await handleSubmission(valid, '192.0.2.1', d)).kind).toBe('rate-limited');
  });

  it('gives concurrent submissions their own references and mails', async () => {
    const { mailer, sent } = fakeMailer();
    const d = deps(mailer, 100);
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => handleSubmission(submitted({ name: `Person ${i}` }), `198.51.100.${i}`, d)));
    const references = outcomes.map((outcome) => (outcome.kind === 'delivered' ? outcome.confirmation.reference : 'none'));
    expect(new Set(references).size).toBe(50);
    const company = sent.filter((mail) => mail.to === 'arenden@jainkasso.test');
    expect(company).toHaveLength(50);
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.kind !== 'delivered') throw new Error('expected delivered');
      const mail = company.find((m) => String(m.subject).includes(outcome.confirmation.reference))!;
      expect(mail.text).toContain(`Namn: Person ${i}`);
    }
  });
});

describe('a submission verified with e-ID', () => {
  it("carries the e-ID's personnummer and name to the company, whatever the form posted", async () => {
    const { mailer, sent } = fakeMailer();
    const verified = { personnummer: '19900101-0017', name: 'Eva Legitimerad', method: 'BankID', acr: 'urn:grn:authn:se:bankid:same-device', authenticatedAt: '2026-11-25T09:58:00.000Z', issuer: 'https://broker.test' };
    // The post, read with the session's identity as the Action reads it (src/requests/action.ts).
    const read = readSubmission(postedForm({ ...anna, type: 'registerutdrag', email: 'anna@example.test', idType: 'fodelsedatum', birthDate: '1985-04-15' }), verified);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const outcome = await handleSubmission({ ...read.submitted, locale: 'sv' }, '203.0.113.9', deps(mailer));
    expect(outcome.kind).toBe('delivered');
    const text = sent[0]!.text as string;
    expect(text).toContain('Personnummer/samordningsnummer: 19900101-0017');
    expect(text).toContain('Namn: Eva Legitimerad');
    expect(text).not.toContain(anna.name);
    expect(text).not.toContain('Födelsedatum');
    expect(text).toContain('Identiteten är styrkt med e-legitimation: BankID (urn:grn:authn:se:bankid:same-device) den 25 november 2026 kl. 10:58 (svensk tid) genom https://broker.test.');
  });
});

