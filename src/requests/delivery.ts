/**
 * Hands a composed mail to the mail server (or the outbox folder) and says honestly whether it was accepted,
 * within a fixed time. One transport serves all requests; each mail opens its own SMTP connection,
 * so concurrent requests share no state.
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { MailConfig } from './mail-config';

export type DeliveryResult =
  | { accepted: true }
  | {
      accepted: false;
      /** A machine code for the log: nodemailer's error code (ECONNECTION, ETIMEDOUT, EENVELOPE…), the SMTP reply code, or TIMEOUT. */
      code: string;
    };

export interface Mailer {
  /** Sends one mail. `label` names the outbox file (e.g. the reference); it is never personal. */
  send(mail: SendMailOptions, label: string): Promise<DeliveryResult>;
}

/** nodemailer's and the SMTP server's failure, reduced to a code that cannot carry an address or a name. */
function failureCode(error: unknown): string {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number') return String(responseCode);
  if (typeof code === 'string' && /^[A-Z_]{2,30}$/.test(code)) return code;
  return 'ERROR';
}

/**
 * Starts `send` and resolves with its result, or with a TIMEOUT failure after `ms`, whichever comes first.
 * The bound starts before the send does, so it also ends first when nodemailer's own timeouts (same length,
 * started inside the send) expire in the same moment on a busy machine.
 */
async function within(ms: number, send: () => Promise<unknown>): Promise<DeliveryResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<DeliveryResult>((resolve) => {
    timer = setTimeout(() => resolve({ accepted: false, code: 'TIMEOUT' }), ms);
  });
  const sent = send().then(
    (): DeliveryResult => ({ accepted: true }),
    (error: unknown): DeliveryResult => ({ accepted: false, code: failureCode(error) }),
  );
  try {
    return await Promise.race([sent, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A mailer over SMTP: accepted means the server answered 250 to the message for every recipient. */
function smtpMailer(transport: Transporter, timeoutMs: number): Mailer {
  return {
    send: (mail) =>
      within(timeoutMs, () =>
        transport.sendMail(mail).then((info) => {
          // nodemailer resolves when at least one recipient was accepted; every recipient must be.
          if ((info.rejected?.length ?? 0) > 0) throw Object.assign(new Error('recipient rejected'), { code: 'EENVELOPE' });
          return info;
        }),
      ),
  };
}

/** A mailer into a folder of .eml files, for machines without a mail server (`npm start` on a fresh machine). */
function outboxMailer(dir: string, timeoutMs: number): Mailer {
  const render = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: (mail, label) =>
      within(timeoutMs, () =>
        render.sendMail(mail).then(async (info) => {
          const stamp = new Date().toISOString().replace(/[:.]/g, '-');
          const safeLabel = label.replace(/[^A-Za-z0-9-]/g, '');
          // The files hold personal data: readable by the server's user only.
          await writeFile(path.join(dir, `${stamp}-${safeLabel}.eml`), info.message as Buffer, { mode: 0o600, flag: 'wx' });
        }),
      ),
  };
}

/** The mailer for a configuration. The outbox folder is created now, so the start-up log names a folder that exists. */
export function createMailer(config: MailConfig): Mailer {
  if (config.mode === 'outbox') {
    mkdirSync(config.dir, { recursive: true, mode: 0o700 });
    return outboxMailer(config.dir, config.timeoutMs);
  }
  return smtpMailer(nodemailer.createTransport(config.transport), config.timeoutMs);
}
