import { requestTest, expect, anna, MAIL_TO, requestLog } from '../../support/e2e/requests';
import { inParallel, processMemory, socketsTo, submitAsVisitor } from '../../support/load';
import { MAX_CONNECTIONS } from '../../../src/requests/mail-config';

/**
 * A mail server that accepts the connection and the message and then never answers, under load.
 * The bound is SMTP_TIMEOUT_MS, set low here (the default is DEFAULT_SMTP_TIMEOUT_MS): each silent connection is held for
 * twice the bound, and the test waits for the pool to let go of 80 of them, five at a time. Every answer in these
 * batches is "could not confirm" whatever the bound, and the warm-up accepts either answer, so a short one costs no
 * certainty on a loaded machine. MARGIN_MS is what the server may take beyond it
 * to answer on a busy two-core machine: a correctness bound (the visitor is answered, with "could not confirm",
 * because the bound expired), not a speed goal. The mail may have arrived, so nobody is told "not sent".
 */
const TIMEOUT_MS = 1500;
const MARGIN_MS = 3000;
const BATCH = 20;
const BATCHES = 3;
const WARM_UP = 400;

const test = requestTest({ env: () => ({ SMTP_TIMEOUT_MS: String(TIMEOUT_MS), RATE_LIMIT_MAX: '100000' }) });
test.describe.configure({ mode: 'default' });

test(`${BATCH * BATCHES} visitors, ${BATCH} at a time, each told "could not confirm" within the bound; the server stays up, its memory flat`, async ({ app, smtp }) => {
  test.setTimeout(300_000);
  const batch = () => inParallel(BATCH, BATCH, () => submitAsVisitor(app.url, { ...anna }));
  /**
   * Until the server has let go of every connection to the hanging mail server: each waits twice the bound for a late
   * answer, and the pool's few connections work through the queued mails in turn.
   */
  const settled = async () => expect.poll(() => smtp.openConnections, { timeout: 90_000 }).toBe(0);

  let mostSockets = 0;
  let sampler: NodeJS.Timeout | undefined;
  try {
    // Warm up first: V8 grows its heap lazily over the first few hundred requests (to a plateau; no leak), and
    // the code paths are compiled. Then RSS before and after the hanging batches says whether they leave anything behind.
    smtp.answer = 'accept';
    // Five at a time: the pool's five SMTP connections, so no warm-up mail waits past the short bound for a free one.
    const warm = await inParallel(WARM_UP, 5, () => submitAsVisitor(app.url, { ...anna }));
    // Every visitor answered with a reference (on a busy machine a few may pass the short bound: "could not confirm").
    expect(warm.filter((a) => a.confirmed ?? a.unconfirmed)).toHaveLength(WARM_UP);
    smtp.answer = 'hang';
    await batch();
    await settled();
    const before = { memory: await processMemory(app.pid), mails: smtp.mailsTo(MAIL_TO).length };
    const logBefore = requestLog(app.output()).length;

    // The server's sockets to the mail server, sampled all along: bounded by the pool, however many requests hang.
    sampler = setInterval(() => {
      void socketsTo(app.pid, smtp.port).then((count) => (mostSockets = Math.max(mostSockets, count)), () => undefined);
    }, 100);
    for (let i = 0; i < BATCHES; i++) {
      const answers = await batch();
      for (const answer of answers) {
        expect(answer.status).toBe(303);
        expect(answer.unconfirmed).toMatch(/^JA-/);
        expect(answer.confirmed).toBeUndefined();
      }
    }
    // Every one answered "could not confirm" because the bound expired, as the server measured it (its log). The
    // late answers that follow (the silent server's connections timing out) are logged as lines of their own.
    const givenUp = requestLog(app.output()).slice(logBefore).filter((line) => line.outcome === 'unconfirmed');
    expect(givenUp).toHaveLength(BATCH * BATCHES);
    for (const line of givenUp) {
      expect(line.durationMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(line.durationMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    }
    await settled();
    expect(smtp.mailsTo(MAIL_TO)).toHaveLength(before.mails);

    // Nothing kept per given-up request: never more sockets of the server's to the mail server than its pool holds
    // (counted on the server's side, not this test's connections to the server; the pool may still be retrying the
    // mails it could not confirm), and no memory beyond a generous allowance.
    clearInterval(sampler);
    mostSockets = Math.max(mostSockets, await socketsTo(app.pid, smtp.port));
    expect(mostSockets, 'the most sockets to the mail server at once').toBeGreaterThan(0);
    expect(mostSockets, 'the most sockets to the mail server at once').toBeLessThanOrEqual(MAX_CONNECTIONS);
    const after = await processMemory(app.pid);
    expect(after.rssKiB - before.memory.rssKiB, `RSS ${before.memory.rssKiB} → ${after.rssKiB} KiB`).toBeLessThan(32 * 1024);
    expect(app.output()).not.toMatch(/Error|ERR_/);

    // Still up: the pages, and a request delivered once the mail server answers again. Whether it is confirmed
    // within the short bound depends on the machine's load (the pool may still be retrying), so the mail is what counts.
    smtp.answer = 'accept';
    expect((await fetch(new URL('/', app.url))).status).toBe(200);
    const answer = await submitAsVisitor(app.url, { ...anna });
    const reference = answer.confirmed ?? answer.unconfirmed;
    expect(reference).toMatch(/^JA-/);
    await expect
      .poll(() => smtp.mailsTo(MAIL_TO).filter((mail) => mail.parsed.subject?.includes(reference!)).length, { timeout: 60_000 })
      .toBe(1);
  } finally {
    clearInterval(sampler);
    smtp.answer = 'accept';
  }
});
