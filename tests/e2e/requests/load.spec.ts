import { deliveryTest as test, expect, anna, MAIL_TO } from '../../support/e2e/requests';
import { inParallel, submitAsVisitor, type VisitorAnswer } from '../../support/load';
import type { ReceivedMail, TestSmtp } from '../../support/smtp';

// Many visitors at once against the built server and a real SMTP server, all from 127.0.0.1: deliveryTest's limit is raised.
test.describe.configure({ mode: 'default' });

/** Each visitor writes their own case number, so their mail can be told apart from the others' (and other tests'). */
const caseNumber = (run: string, visitor: number) => `${run}-${visitor}`;

/** Mails to the company from one run, by the case number its visitor wrote: the reference each carries. */
function companyMails(mails: ReceivedMail[], run: string): Map<string, { reference: string }> {
  const byCase = new Map<string, { reference: string }>();
  for (const mail of mails.filter((m) => m.envelope.to.includes(MAIL_TO))) {
    const text = mail.parsed.text ?? '';
    // Another test's mail may have no case number, or one of its own.
    const written = /^Ärendenummer: (.+)$/m.exec(text)?.[1];
    if (!written?.startsWith(`${run}-`)) continue;
    expect(byCase.has(written), `two mails for ${written}`).toBe(false);
    byCase.set(written, { reference: /^Referens: (JA-\w+)$/m.exec(text)![1]! });
  }
  return byCase;
}

/** Receipts for these references that have arrived. */
function receiptsFor(smtp: TestSmtp, references: Set<string>): string[] {
  return smtp
    .mailsTo(anna.email)
    .map((mail) => /JA-\w+/.exec(mail.parsed.subject ?? '')?.[0] ?? '')
    .filter((reference) => references.has(reference));
}

function statuses(answers: VisitorAnswer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

test('200 valid requests, 20 at a time: 200 mails, 200 distinct references, and every confirmation has its mail', async ({ app, smtp }) => {
  test.setTimeout(240_000);
  const run = 'LAST';
  const answers = await inParallel(200, 20, (visitor) => submitAsVisitor(app.url, { ...anna, caseNumber: caseNumber(run, visitor) }));

  expect(statuses(answers)).toEqual({ 303: 200 });
  const mails = companyMails(smtp.mails, run);
  expect(mails.size).toBe(200);
  const references = new Set([...mails.values()].map((m) => m.reference));
  expect(references.size).toBe(200);
  answers.forEach((answer, visitor) => {
    // What this visitor was shown is the reference of the mail the company got from them.
    expect(answer.confirmed, `visitor ${visitor}`).toBe(mails.get(caseNumber(run, visitor))?.reference);
  });

  // The receipts follow on their own; each reference gets one, and no second mail to the company comes with them.
  await expect.poll(() => receiptsFor(smtp, references).length, { timeout: 60_000 }).toBe(200);
  expect(new Set(receiptsFor(smtp, references)).size).toBe(200);
  expect(companyMails(smtp.mails, run).size).toBe(200);
});

test('a mail server refusing every third request: those visitors get the error, the others the confirmation, none more', async ({ app, smtp }) => {
  test.setTimeout(120_000);
  const run = 'VARTREDJE';
  let offered = 0;
  smtp.answer = (_, to) => (to.includes(MAIL_TO) && ++offered % 3 === 0 ? 'refuse' : 'accept');
  const refusedBefore = smtp.refused.length;
  try {
    const answers = await inParallel(60, 10, (visitor) => submitAsVisitor(app.url, { ...anna, caseNumber: caseNumber(run, visitor) }));
    expect(offered).toBe(60);

    const accepted = companyMails(smtp.mails, run);
    const refused = companyMails(smtp.refused.slice(refusedBefore), run);
    expect([accepted.size, refused.size]).toEqual([40, 20]);
    expect(statuses(answers)).toEqual({ 303: 40, 503: 20 });

    answers.forEach((answer, visitor) => {
      const mine = caseNumber(run, visitor);
      if (refused.has(mine)) {
        expect(answer.status, `visitor ${visitor}`).toBe(503);
        expect(answer.confirmed).toBeUndefined();
        expect(answer.html).toContain('Din begäran kunde inte skickas');
      } else {
        expect(answer.status, `visitor ${visitor}`).toBe(303);
        expect(answer.confirmed, `visitor ${visitor}`).toBe(accepted.get(mine)?.reference);
      }
    });
    const confirmations = answers.filter((a) => a.confirmed).length;
    expect(confirmations).toBe(accepted.size);

    // Receipts only for the delivered requests.
    const delivered = new Set([...accepted.values()].map((m) => m.reference));
    const failed = new Set([...refused.values()].map((m) => m.reference));
    await expect.poll(() => receiptsFor(smtp, delivered).length, { timeout: 60_000 }).toBe(40);
    expect(receiptsFor(smtp, failed)).toEqual([]);
  } finally {
    smtp.answer = 'accept';
  }
});
