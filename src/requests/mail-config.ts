/**
 * How data requests leave the server, read from the environment once at start-up.
 * A wrong setting is an error that stops the server, so a request is never accepted and then lost.
 */
import path from 'node:path';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { z } from 'astro/zod';
import type { MailRoute } from './mail.ts';

/** The variables this module reads (checked first by src/server/config.ts; README, Configuration). */
export interface MailEnv {
  /** `smtp://user:password@host:port` or `smtps://…`; unset: the outbox folder. */
  SMTP_URL?: string | undefined;
  /** The inbox for requests; default: the e-mail in the site config. */
  MAIL_TO?: string | undefined;
  /** The sender address; default: the e-mail in the site config. */
  MAIL_FROM?: string | undefined;
  /** Where mails are written without SMTP_URL; default `outbox` in the working directory. */
  MAIL_OUTBOX_DIR?: string | undefined;
  /** The longest a visitor waits for the mail server's answer, in milliseconds; at most 30 000. */
  SMTP_TIMEOUT_MS?: number | undefined;
}

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

export class MailConfigError extends Error {
  constructor(problems: string[]) {
    super(`The mail settings are wrong, so the server will not start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'MailConfigError';
  }
}

const address = z.email();

/** localhost, 127.0.0.0/8 and ::1: the only hosts mail may reach without TLS. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Reads the mail settings. SMTP to another machine always uses TLS: `smtps://` (TLS from the start) or
 * `smtp://` with STARTTLS required, certificates verified. Plain SMTP is allowed only on loopback.
 */
export function parseMailConfig(env: MailEnv, defaults: { email: string; cwd: string }): MailConfig {
  const problems: string[] = [];
  const timeoutMs = env.SMTP_TIMEOUT_MS ?? DEFAULT_SMTP_TIMEOUT_MS;
  if (!(timeoutMs > 0 && timeoutMs <= MAX_SMTP_TIMEOUT_MS)) {
    problems.push(`SMTP_TIMEOUT_MS must be between 1 and ${MAX_SMTP_TIMEOUT_MS} (milliseconds).`);
  }
  const to = env.MAIL_TO || defaults.email;
  const from = env.MAIL_FROM || defaults.email;
  if (!address.safeParse(to).success) problems.push('MAIL_TO must be one e-mail address, e.g. info@example.se.');
  if (!address.safeParse(from).success) problems.push('MAIL_FROM must be one e-mail address, e.g. webb@example.se.');
  const route = { to, from };

  if (!env.SMTP_URL) {
    if (problems.length) throw new MailConfigError(problems);
    const dir = path.resolve(defaults.cwd, env.MAIL_OUTBOX_DIR || 'outbox');
    return {
      mode: 'outbox',
      route,
      dir,
      timeoutMs,
      description: `SMTP_URL is not set: data requests are written as .eml files to ${dir} (nothing is sent).`,
    };
  }

  // Messages name the part that is wrong, never the URL itself: it may hold a password.
  let url: URL | undefined;
  try {
    url = new URL(env.SMTP_URL);
  } catch {
    problems.push('SMTP_URL is not a URL. Write it as smtps://user:password@mail.example.se:465 or smtp://…:587.');
  }
  if (url) {
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
      problems.push("SMTP_URL must start with smtp:// or smtps://.");
    }
    if (!url.hostname) problems.push('SMTP_URL has no host name.');
    if (url.search || url.hash || (url.pathname && url.pathname !== '/')) {
      problems.push('SMTP_URL must not have a path or ?options: TLS and timeouts are set by the server.');
    }
  }
  if (problems.length || !url) throw new MailConfigError(problems);

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
