import { describe, expect, it } from 'vitest';
import type { SendMailOptions } from 'nodemailer';
import { handleSubmission, type HandlerDeps } from '../../../src/requests/handler';
import type { DeliveryResult, Mailer } from '../../../src/requests/delivery';
import type { RequestLogEvent } from '../../../src/requests/log';
import { memoryLimiter } from '../../../src/requests/rate-limit';
import { annaRegisterutdrag } from '../../fixtures/anna';

const valid = annaRegisterutdrag;

/** A mailer that records what it was given and answers as told. */
function fakeMailer(answer: (mail: SendMailOptions) => DeliveryResult = () => ({ accepted: true })) {
  const sent: SendMailOptions[] = [];
  const mailer: Mailer = {
    send: (mail) => {
      sent.push(mail);
      return Promise.resolve(answer(mail));
    },
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
    expect(outcome).toMatchObject({ kind: 'delivered', reference: 'JA-TEST0001', type: 'registerutdrag' });
    if (outcome.kind !== 'delivered') return;
    expect(await outcome.receipt).toBe(true);
    expect(sent.map((mail) => mail.to)).toEqual(['arenden@jainkasso.test', valid.email]);
    expect(d.events).toEqual([
      { outcome: 'delivered', reference: 'JA-TEST0001' },
      { outcome: 'receipt-sent', reference: 'JA-TEST0001' },
    ]);
  });

  it('never confirms a request the mail server did not accept', async () => {
    const { mailer, sent } = fakeMailer(() => ({ accepted: false, code: '550' }));
    const d = deps(mailer);
    expect(await handleSubmission(valid, '192.0.2.1', d)).toEqual({ kind: 'delivery-failed', reference: 'JA-TEST0001' });
    expect(sent).toHaveLength(1); // no receipt for an undelivered request
    expect(d.events).toEqual([{ outcome: 'delivery-failed', reference: 'JA-TEST0001', code: '550' }]);
  });

  it('treats a mailer that throws as a failed delivery', async () => {
    const d = deps({ send: () => Promise.reject(new Error(`${valid.email} refused`)) });
    expect((await handleSubmission(valid, '192.0.2.1', d)).kind).toBe('delivery-failed');
    expect(JSON.stringify(d.events)).not.toContain('anna');
  });

  it('keeps a delivered request delivered when the receipt fails', async () => {
    const { mailer } = fakeMailer((mail) => (mail.to === valid.email ? { accepted: false, code: 'TIMEOUT' } : { accepted: true }));
    const d = deps(mailer);
    const outcome = await handleSubmission(valid, '192.0.2.1', d);
    expect(outcome.kind).toBe('delivered');
    if (outcome.kind === 'delivered') expect(await outcome.receipt).toBe(false);
    expect(d.events.at(-1)).toEqual({ outcome: 'receipt-failed', reference: 'JA-TEST0001', code: 'TIMEOUT' });
  });

  it('sends nothing for invalid answers and logs the field names, not the values', async () => {
    const { mailer, sent } = fakeMailer();
    const d = deps(mailer);
    const outcome = await handleSubmission({ ...valid, personnummer: '850415-2384', email: 'x' }, '192.0.2.1', d);
    expect(outcome).toMatchObject({ kind: 'invalid', errors: { personnummer: expect.any(String), email: expect.any(String) } });
    expect(sent).toHaveLength(0);
    expect(d.events).toEqual([{ outcome: 'invalid', fields: ['personnummer', 'email'] }]);
  });

  it('sends nothing when the honeypot is filled in', async () => {
    const { mailer, sent } = fakeMailer();
    const d = deps(mailer);
    expect(await handleSubmission({ ...valid, website: 'x' }, '192.0.2.1', d)).toEqual({ kind: 'honeypot' });
    expect(sent).toHaveLength(0);
  });

  it('limits requests that would send mail per client, and says when to come back', async () => {
    const { mailer, sent } = fakeMailer();
    const d = deps(mailer, 2);
    await handleSubmission({ ...valid, name: '' }, '192.0.2.1', d); // invalid: not counted
    expect((await handleSubmission(valid, '192.0.2.1', d)).kind).toBe('delivered');
    expect((await handleSubmission(valid, '192.0.2.1', d)).kind).toBe('delivered');
    expect(await handleSubmission(valid, '192.0.2.1', d)).toEqual({ kind: 'rate-limited', retryAfterSeconds: 600 });
    expect((await handleSubmission(valid, '192.0.2.2', d)).kind).toBe('delivered');
    expect(sent.filter((mail) => mail.to === 'arenden@jainkasso.test')).toHaveLength(3);
    expect(JSON.stringify(d.events)).not.toContain('192.0.2');
  });

  it('does not count a request the mail server refused: only delivered requests use up the allowance', async () => {
    let refuse = true;
    const { mailer } = fakeMailer(() => (refuse ? { accepted: false, code: '451' } : { accepted: true }));
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
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => handleSubmission({ ...valid, name: `Person ${i}` }, `198.51.100.${i}`, d)));
    const references = outcomes.map((outcome) => (outcome.kind === 'delivered' ? outcome.reference : 'none'));
    expect(new Set(references).size).toBe(50);
    const company = sent.filter((mail) => mail.to === 'arenden@jainkasso.test');
    expect(company).toHaveLength(50);
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.kind !== 'delivered') throw new Error('expected delivered');
      const mail = company.find((m) => String(m.subject).endsWith(outcome.reference))!;
      expect(mail.text).toContain(`Namn: Person ${i}`);
    }
  });
});
