import fc from 'fast-check';
import { deliveryTest as test, expect, MAIL_TO } from '../../support/e2e/requests';
import { submitAsVisitor } from '../../support/load';
import { hostileForm } from '../../support/hostile-input';
import { addresses, headerNames, MAIL_HEADERS } from '../../support/fixtures/mail';

/**
 * Property-based test (fast-check) of the POST handler of the built server: random Unicode, control characters,
 * injections, very long values and extra fields. Never a 5xx; every mail that leaves has our headers only and our
 * recipients only. Bounded: RUNS posts, one at a time, against a real SMTP server on loopback.
 */
const RUNS = 100;

test(`${RUNS} hostile posts: never a 5xx, never a mail with a header or a recipient the visitor wrote`, async ({ app, smtp }) => {
  test.setTimeout(300_000);
  // The server is shared, but no earlier test's mail is still on its way (deliveryTest): every mail from here on is from these posts.
  const first = smtp.mails.length;
  const delivered = new Set<string>();
  const statuses = new Map<number, number>();
  /** Requests with an e-mail address: each brings a receipt too. */
  let receipts = 0;

  await fc.assert(
    fc.asyncProperty(hostileForm, async (form) => {
      const answer = await submitAsVisitor(app.url, form);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      // 303 delivered, 400 invalid, 422 the honeypot, 413 too large: the only answers; never a server error.
      expect([303, 400, 413, 422]).toContain(answer.status);
      expect(answer.cacheControl).toBe('no-store');
      if (answer.status !== 303) return;

      expect(answer.confirmed).toMatch(/^JA-/);
      delivered.add(answer.confirmed!);
      // The company's mail was accepted before the visitor was answered.
      const mine = smtp.mails.filter((m) => m.envelope.to.includes(MAIL_TO) && m.parsed.subject?.includes(` ${answer.confirmed} `));
      expect(mine).toHaveLength(1);
      const mail = mine[0]!;
      const withReplyTo = mail.parsed.replyTo !== undefined;
      expect(headerNames(mail.raw)).toEqual(withReplyTo ? MAIL_HEADERS : MAIL_HEADERS.filter((name) => name !== 'reply-to'));
      if (withReplyTo) receipts++;
      expect(mail.envelope.to).toEqual([MAIL_TO]);
      expect(addresses(mail.parsed.to)).toEqual([MAIL_TO]);
      expect(addresses(mail.parsed.replyTo).length).toBeLessThanOrEqual(1);
      expect(mail.parsed.subject).toMatch(/^Begäran om (rättelse|registerutdrag) JA-\w+ – svara senast \d{1,2} \p{L}+ \d{4}$/u);
    }),
    { numRuns: RUNS },
  );

  // The posts must reach delivery often enough for the property to say something about the mails.
  expect(delivered.size, JSON.stringify(Object.fromEntries(statuses))).toBeGreaterThanOrEqual(RUNS / 10);
  // Every receipt too: our headers, and one recipient (the address the schema accepted).
  await expect.poll(() => smtp.mails.length - first, { timeout: 60_000 }).toBe(delivered.size + receipts);
  for (const mail of smtp.mails.slice(first)) {
    expect(headerNames(mail.raw).filter((name) => name !== 'reply-to')).toEqual(MAIL_HEADERS.filter((name) => name !== 'reply-to'));
    expect(mail.envelope.to).toHaveLength(1);
    expect(addresses(mail.parsed.to)).toEqual(mail.envelope.to);
    expect(addresses(mail.parsed.cc)).toEqual([]);
    if (!mail.envelope.to.includes(MAIL_TO)) expect(mail.parsed.subject).toMatch(/^Vi har tagit emot din begäran JA-\w+$/);
  }
});
