/**
 * Whether the mail server in SMTP_URL takes this server's connection and login: checked at start (a warning in the
 * log, never a stop: the site serves its pages either way) and by `npm run preflight` (a failure). nodemailer's own
 * `verify()` connects, does TLS and AUTH, and sends nothing. The answer names the host and a reason, never the
 * password nor the mail server's text (which can quote the user).
 */
import nodemailer from 'nodemailer';
import type { MailConfig } from './mail-config.ts';
import { failureCode } from './delivery.ts';

export type MailServerCheck =
  | { ok: true; server: string }
  | {
      ok: false;
      /** host:port. */
      server: string;
      /** nodemailer's error code or the SMTP reply code (EAUTH, ECONNECTION, 535…). */
      code: string;
      /** The reason in words, with what to do. */
      reason: string;
    };

/** nodemailer's codes (and the socket's, which it passes on), in words with the fix. */
const REASONS: Record<string, string> = {
  EAUTH: 'it refused the user name or password in SMTP_URL (check them, percent-encoded)',
  ENOAUTH: 'it asks for a login and SMTP_URL has no user name and password',
  EDNS: 'its host name does not resolve',
  ENOTFOUND: 'its host name does not resolve',
  ECONNECTION: 'it refused the connection or closed it (check the host and port)',
  ECONNREFUSED: 'it refused the connection (check the host and port)',
  ETIMEDOUT: 'it did not answer in time (check the host, port and firewall)',
  ETLS: 'TLS failed (the certificate is not valid for the host, or the port does not speak TLS)',
  ESOCKET: 'the connection failed (TLS or network)',
  EPROTOCOL: 'it did not answer as a mail server',
};

function reasonOf(error: unknown, code: string): string {
  const { responseCode } = (error ?? {}) as { responseCode?: unknown };
  if (code === '535' || code === '534' || (responseCode === 535 && code !== 'EAUTH')) return REASONS.EAUTH!;
  return REASONS[code] ?? `it failed with ${code}`;
}

/** Connects to the mail server of `config` and logs in; `undefined` when mail goes to the outbox folder. */
export async function checkMailServer(config: MailConfig): Promise<MailServerCheck | undefined> {
  if (config.mode !== 'smtp') return undefined;
  const { host, port } = config.transport;
  const server = `${host}:${port}`;
  // Its own connection, not pooled: the check must not keep one open for the requests.
  const transport = nodemailer.createTransport({ ...config.transport, pool: false });
  try {
    await transport.verify();
    return { ok: true, server };
  } catch (error) {
    // An authentication failure is EAUTH with the reply code: the code says more than the number.
    // A socket error's own code (ECONNREFUSED under nodemailer's ESOCKET) says more than the wrapper's.
    const { code, originalCode } = (error ?? {}) as { code?: unknown; originalCode?: unknown };
    const reported = code === 'EAUTH' ? 'EAUTH' : typeof originalCode === 'string' && REASONS[originalCode] ? originalCode : failureCode(error);
    return { ok: false, server, code: reported, reason: reasonOf(error, reported) };
  } finally {
    transport.close();
  }
}

/** The check as one sentence. */
export function describeMailServerCheck(check: MailServerCheck): string {
  return check.ok
    ? `the mail server ${check.server} took the connection and the login.`
    : `the mail server ${check.server} cannot be used: ${check.reason} (${check.code}).`;
}
