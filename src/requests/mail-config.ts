/**
 * How data requests leave the server (start time): SMTP_URL, MAIL_TO, MAIL_FROM, MAIL_OUTBOX_DIR, SMTP_TIMEOUT_MS.
 * A wrong setting stops the server (src/server/settings.ts), so a request is never accepted and then lost.
 */
import path from 'node:path';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { z } from 'astro/zod';
import { optionalText, settingsGroup, unsetIfEmpty, wholeNumber, type SettingsContext } from '../lib/settings.ts';
import type { MailRoute } from './mail.ts';

/** The hard bound on a visitor's wait for the mail server, whatever SMTP_TIMEOUT_MS says. */
export const MAX_SMTP_TIMEOUT_MS = 30_000;
/** The wait when SMTP_TIMEOUT_MS is not set. */
export const DEFAULT_SMTP_TIMEOUT_MS = 15_000;
/** Pooled SMTP connections at most: enough for a small site's bursts, few enough for any mail provider's limits. */
export const MAX_CONNECTIONS = 5;

export type MailConfig =
  | {
      mode: 'smtp';
      route: MailRoute;
      /** nodemailer's pooled SMTP options: host, port, TLS, credentials and timeouts. */
      transport: SMTPPool.Options;
      timeoutMs: number;
      /** For the start-up log: where mail goes, without credentials. */
      description: string;
    }
  | { mode: 'outbox'; route: MailRoute; dir: string; timeoutMs: number; description: string };

/** localhost, 127.0.0.0/8 and ::1: the only hosts mail may reach without TLS. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** What is wrong with an SMTP_URL, naming the part, never the URL itself: it may hold a password. */
function smtpUrlProblems(value: string): string[] {
  // A password with #, /, ? or @ ends the user part early, and the URL reads as something else (a path, a fragment).
  const afterScheme = value.slice(value.indexOf('://') + 3);
  if (value.includes('://') && /[#/?@]/.test(afterScheme.slice(0, Math.max(afterScheme.lastIndexOf('@'), 0)))) {
    return ['SMTP_URL: the user name or password holds #, /, ? or @, which must be percent-encoded (# as %23, / as %2F, ? as %3F, @ as %40).'];
  }
  if (!URL.canParse(value)) return ['SMTP_URL is not a URL. Write it as smtps://user:password@mail.example.se:465 or smtp://…:587 (percent-encode any #, /, ? or @ in the password).'];
  const url = new URL(value);
  const problems: string[] = [];
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') problems.push('SMTP_URL must start with smtp:// or smtps://.');
  if (!url.hostname) problems.push('SMTP_URL has no host name.');
  if (url.search || url.hash || (url.pathname && url.pathname !== '/')) {
    problems.push('SMTP_URL must not have a path or ?options: TLS and timeouts are set by the server.');
  }
  return problems;
}

interface MailValues {
  SMTP_URL?: string | undefined;
  MAIL_TO?: string | undefined;
  MAIL_FROM?: string | undefined;
  MAIL_OUTBOX_DIR?: string | undefined;
  SMTP_TIMEOUT_MS: number;
}

function emailAddress(error: string) {
  return z.preprocess(unsetIfEmpty, z.email({ error }).optional());
}

/**
 * The mail settings. SMTP to another machine always uses TLS: `smtps://` (TLS from the start) or `smtp://` with
 * STARTTLS required, certificates verified. Plain SMTP is allowed only on loopback.
 */
export const mailSettings = settingsGroup({
  variables: {
    /** `smtp://user:password@host:port` or `smtps://…`; unset: the outbox folder. */
    SMTP_URL: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .superRefine((value, ctx) => {
          for (const message of smtpUrlProblems(value)) ctx.addIssue({ code: 'custom', message });
        })
        .optional(),
    ),
    /** The inbox for requests; default: the e-mail in the site config. */
    MAIL_TO: emailAddress('MAIL_TO must be one e-mail address, e.g. info@example.se.'),
    /** The sender address; default: the e-mail in the site config. */
    MAIL_FROM: emailAddress('MAIL_FROM must be one e-mail address, e.g. webb@example.se.'),
    /** Where mails are written without SMTP_URL; default `outbox` in the working directory. */
    MAIL_OUTBOX_DIR: optionalText('MAIL_OUTBOX_DIR must be a folder path.'),
    /** The longest a visitor waits for the mail server's answer. */
    SMTP_TIMEOUT_MS: wholeNumber('SMTP_TIMEOUT_MS', 1, MAX_SMTP_TIMEOUT_MS, DEFAULT_SMTP_TIMEOUT_MS, 'milliseconds'),
  },
  build: mailConfig,
});

/** The mail settings as the mailer uses them: the route, and the SMTP transport or the outbox folder. */
function mailConfig(values: MailValues, { siteEmail, cwd }: SettingsContext): MailConfig {
  const timeoutMs = values.SMTP_TIMEOUT_MS;
  const to = values.MAIL_TO ?? siteEmail;
  const from = values.MAIL_FROM ?? siteEmail;
  const route = { to, from };

  if (!values.SMTP_URL) {
    const dir = path.resolve(cwd, values.MAIL_OUTBOX_DIR ?? 'outbox');
    return {
      mode: 'outbox',
      route,
      dir,
      timeoutMs,
      description: `SMTP_URL is not set: data requests are written as .eml files to ${dir} (nothing is sent).`,
    };
  }

  const url = new URL(values.SMTP_URL);
  const secure = url.protocol === 'smtps:';
  const loopback = isLoopback(url.hostname);
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const user = decodeURIComponent(url.username);
  const tlsMode = secure ? 'TLS' : loopback ? 'no TLS (loopback)' : 'STARTTLS required';
  return {
    mode: 'smtp',
    route,
    timeoutMs,
    description: `Data requests go by SMTP to ${host}:${port} (${tlsMode}) for ${to}.`,
    transport: {
      // One connection serves many mails: no greeting and TLS handshake per request.
      pool: true,
      maxConnections: MAX_CONNECTIONS,
      maxMessages: 100,
      host,
      port,
      secure,
      // Off this machine, refuse to send unless the connection is encrypted; on loopback TLS adds nothing.
      requireTLS: !secure && !loopback,
      ignoreTLS: !secure && loopback,
      tls: { rejectUnauthorized: true, minVersion: 'TLSv1.2' },
      auth: user ? { user, pass: decodeURIComponent(url.password) } : undefined,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      // After the visitor's bound, the connection stays open as long again for the server's late answer (the log
      // and the receipt learn it); then a silent server is given up on and its connection closed.
      socketTimeout: 2 * timeoutMs,
      dnsTimeout: timeoutMs,
      logger: false,
      debug: false,
    },
  };
}
