/**
 * Hands a composed mail to the mail server (or the outbox folder) and says honestly what became of it within a
 * fixed bound: accepted (250), failed (certainly not delivered), or unconfirmed (the bound passed before the mail
 * server's final answer, so the mail may still arrive). SMTP connections are pooled and reused across requests.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { MailConfig } from './mail-config.ts';
import { SettingsError } from '../lib/settings.ts';

/** What finally became of a mail: the mail server's 250, or a failure code. */
export type FinalResult =
  | { status: 'accepted' }
  | {
      status: 'failed';
      /** A machine code for the log: nodemailer's error code (ECONNECTION, EENVELOPE…), the SMTP reply code, or ERROR. */
      code: string;
    };

export type DeliveryResult =
  | FinalResult
  | {
      /** The bound passed before the mail server's final answer: the mail may still arrive. */
      status: 'unconfirmed';
      /** Settles with the final answer once the mail server gives it (or the connection gives up). */
      final: Promise<FinalResult>;
    };

export interface Mailer {
  /** Sends one mail. `label` names the outbox file (e.g. the reference); it is never personal. */
  send(mail: SendMailOptions, label: string): Promise<DeliveryResult>;
  /** Closes pooled connections (at shutdown and in tests). */
  close(): void;
}

/** nodemailer's and the SMTP server's failure, reduced to a code that cannot carry an address or a name. */
export function failureCode(error: unknown): string {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number') return String(responseCode);
  if (typeof code === 'string' && /^[A-Z_]{2,30}$/.test(code)) return code;
  return 'ERROR';
}

/** Socket errors that mean no connection was ever made, so nothing was sent. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * Whether a failure may still have delivered the mail. A reply code (4xx, 5xx) is the server's own refusal, and a
 * refused or unresolvable connection sent nothing; but a timeout or a broken socket may have come after the server
 * took the message and before its 250 reached us.
 */
export function mayHaveArrived(error: unknown): boolean {
  const { responseCode, code, originalCode } = (error ?? {}) as { responseCode?: unknown; code?: unknown; originalCode?: unknown };
  if (typeof responseCode === 'number') return false;
  if (typeof originalCode === 'string' && NEVER_CONNECTED.has(originalCode)) return false;
  return code === 'ETIMEDOUT' || code === 'ESOCKET';
}

/**
 * The send's result within `ms`. A failure before the bound is final unless it may have come after the server took
 * the message; the bound passing first is `unconfirmed` too (a mail already handed over, or queued for a pooled
 * connection, may still be delivered), with the final answer still to come.
 */
export async function within(ms: number, send: () => Promise<unknown>): Promise<DeliveryResult> {
  type Settled = { result: FinalResult; ambiguous: boolean };
  // The bound starts before the send, so on a busy machine it still ends before nodemailer's own timeouts.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<'bound'>((resolve) => {
    timer = setTimeout(() => resolve('bound'), ms);
  });
  const settled = send().then(
    (): Settled => ({ result: { status: 'accepted' }, ambiguous: false }),
    (error: unknown): Settled => ({ result: { status: 'failed', code: failureCode(error) }, ambiguous: mayHaveArrived(error) }),
  );
  const final = settled.then(({ result }) => result);
  try {
    const first = await Promise.race([settled, bound]);
    if (first === 'bound' || first.ambiguous) return { status: 'unconfirmed', final };
    return first.result;
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
    close: () => transport.close(),
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
    close: () => undefined,
  };
}

/** Creates the outbox folder, or throws SettingsError naming MAIL_OUTBOX_DIR with the fix (no raw EACCES). */
function outboxOrThrow(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.W_OK);
  } catch {
    throw new SettingsError([
      {
        variable: 'MAIL_OUTBOX_DIR',
        sentence: `MAIL_OUTBOX_DIR: the outbox folder ${dir} cannot be created or written by this user: create it writable by the server's user (install -d -m 700 -o jainkasso -g jainkasso ${dir}), or set MAIL_OUTBOX_DIR to a folder it can write.`,
      },
    ]);
  }
}

/** The mailer for a configuration. The outbox folder is created now, so the start-up log names a folder that exists. */
export function createMailer(config: MailConfig): Mailer {
  if (config.mode === 'outbox') {
    outboxOrThrow(config.dir);
    return outboxMailer(config.dir, config.timeoutMs);
  }
  return smtpMailer(nodemailer.createTransport(config.transport), config.timeoutMs);
}
