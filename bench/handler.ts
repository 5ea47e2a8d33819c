/**
 * The request handler under load: valid submissions posted to a production server (one per concurrency level,
 * started fresh) that delivers to a real SMTP server on loopback. Throughput, latency percentiles and the
 * server's peak memory (VmHWM). The rate limit is raised through RATE_LIMIT_MAX, as every post comes from 127.0.0.1.
 */
import nodemailer from 'nodemailer';
import { budgets, handlerLoad } from './config.ts';
import { latency, round } from './latency.ts';
import type { BenchContext, BenchSection, HandlerLevel, HandlerResult, Latency } from './types.ts';
import { anna } from '../tests/support/fixtures/anna.ts';
import { MAIL_FROM, MAIL_TO } from '../tests/support/fixtures/mail.ts';
import { startSmtp, type TestSmtp } from '../tests/support/smtp.ts';
import { inParallel, isDelivered, postRequestForm, processMemory } from '../tests/support/load.ts';


/** `count` posts of a complete, valid request, at most `concurrency` at a time; the latencies of the delivered ones and the number of others. */
async function load(origin: string, count: number, concurrency: number): Promise<{ latencies: number[]; failed: number; seconds: number }> {
  const started = performance.now();
  const answers = await inParallel(count, concurrency, () =>
    postRequestForm(origin, { ...anna }, AbortSignal.timeout(30_000)).catch(() => undefined),
  );
  const latencies = answers.flatMap((answer) => (answer && isDelivered(answer) ? [answer.ms] : []));
  return { latencies, failed: count - latencies.length, seconds: (performance.now() - started) / 1000 };
}

/**
 * One mail at a time straight to the same SMTP server, with nodemailer as the app uses it, no app in between:
 * what the mail server alone adds to each submission (smtp-server waits 100 ms before its greeting, by design).
 */
async function smtpAlone(url: string, count: number): Promise<Latency> {
  const { hostname, port } = new URL(url);
  const transport = nodemailer.createTransport({ host: hostname, port: Number(port), secure: false, ignoreTLS: true });
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await transport.sendMail({ from: MAIL_FROM, to: MAIL_TO, subject: 'bench', text: 'bench' });
    times.push(performance.now() - started);
  }
  transport.close();
  return latency(times);
}

/** Waits until the sink has `count` mails (the receipts leave after the answers), or gives up after `ms`. */
async function drained(smtp: TestSmtp, count: number, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (smtp.accepted < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function measureLevel(context: BenchContext, smtp: TestSmtp, concurrency: number): Promise<HandlerLevel> {
  const server = await context.startApp({
    SMTP_URL: smtp.url,
    MAIL_TO,
    MAIL_FROM,
    RATE_LIMIT_MAX: String(10 * (handlerLoad.warmUp + handlerLoad.requests)),
    RATE_LIMIT_WINDOW_MS: '600000',
  });
  try {
    // Idle: started and listening, before any request.
    const { rssKiB: idleRss } = await processMemory(server.pid);
    const mailsBefore = smtp.accepted;
    // Warm-up: the server's code loaded and compiled, its connections open; not measured.
    const warm = await load(server.url, handlerLoad.warmUp, concurrency);
    const { latencies, failed, seconds } = await load(server.url, handlerLoad.requests, concurrency);
    const delivered = warm.latencies.length + latencies.length;
    // Each delivered request is two mails: to the company (before the answer) and the receipt (after it).
    await drained(smtp, mailsBefore + 2 * delivered);
    const { peakKiB: peak } = await processMemory(server.pid);
    return {
      concurrency,
      requests: handlerLoad.requests,
      failed: failed + warm.failed,
      mails: smtp.accepted - mailsBefore,
      seconds: round(seconds, 2),
      throughput: round(latencies.length / seconds, 1),
      ...latency(latencies),
      idleRssKiB: idleRss,
      peakMemoryKiB: peak,
    };
  } finally {
    await server.stop();
  }
}

export const handlerThroughput: BenchSection<HandlerResult> = {
  key: 'handler',
  title: `Request handler: valid submissions to a real SMTP server on loopback (${handlerLoad.requests} per level after ${handlerLoad.warmUp} to warm up; budget: VmHWM at most ${budgets.maxPeakMemoryKiB / 1024} MiB at concurrency ${budgets.peakMemoryConcurrency})`,

  async run(context) {
    const smtp = await startSmtp({ keep: false });
    const levels: HandlerLevel[] = [];
    try {
      context.log(`handler: ${handlerLoad.smtpAlone} mails straight to the SMTP server, for comparison`);
      const alone = await smtpAlone(smtp.url, handlerLoad.smtpAlone);
      for (const concurrency of handlerLoad.concurrency) {
        context.log(`handler: ${handlerLoad.requests} submissions at concurrency ${concurrency}`);
        levels.push(await measureLevel(context, smtp, concurrency));
      }
      return { levels, smtpAlone: { mails: handlerLoad.smtpAlone, ...alone } };
    } finally {
      await smtp.stop();
    }
  },

  table({ levels, smtpAlone: alone }) {
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    return [
      ['concurrency', 'requests', 'throughput', 'p50', 'p95', 'p99', 'failed', 'mails', 'idle RSS', 'peak memory (VmHWM)'],
      ...levels.map((l) => [
        String(l.concurrency),
        String(l.requests),
        `${l.throughput.toFixed(1)} req/s`,
        ms(l.p50Ms),
        ms(l.p95Ms),
        ms(l.p99Ms),
        String(l.failed),
        String(l.mails),
        `${(l.idleRssKiB / 1024).toFixed(0)} MiB`,
        `${(l.peakMemoryKiB / 1024).toFixed(0)} MiB`,
      ]),
      ['1 (mail server alone, no app)', String(alone.mails), '', ms(alone.p50Ms), ms(alone.p95Ms), ms(alone.p99Ms), '', String(alone.mails), '', ''],
    ];
  },

  budgets({ levels }) {
    // Not a speed budget: figures from a run in which requests failed would measure something else.
    const broken = levels
      .filter((l) => l.failed > 0 || l.mails !== 2 * (handlerLoad.warmUp + l.requests))
      .map((l) => `handler at concurrency ${l.concurrency}: ${l.failed} submissions not delivered, ${l.mails} mails for ${2 * (handlerLoad.warmUp + l.requests)} expected`);
    for (const l of levels.filter((level) => level.concurrency === budgets.peakMemoryConcurrency && level.peakMemoryKiB > budgets.maxPeakMemoryKiB)) {
      broken.push(`handler at concurrency ${l.concurrency}: peak memory (VmHWM) ${(l.peakMemoryKiB / 1024).toFixed(0)} MiB, budget ${budgets.maxPeakMemoryKiB / 1024} MiB`);
    }
    return broken;
  },
};
