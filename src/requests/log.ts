/**
 * The request handler's log: one JSON line per event on stdout, with the reference and the outcome only.
 * Never pass personal data here (name, personnummer, e-mail, address, phone, free text, IP address).
 */
import type { Outcome } from './outcome';

/** A submission's outcome (the page's names), or what became of its receipt. */
export type RequestOutcome = Outcome | 'receipt-sent' | 'receipt-failed';

export interface RequestLogEvent {
  outcome: RequestOutcome;
  /** The request's reference, once it has one. */
  reference?: string;
  /** Which fields were wrong (names, never values). */
  fields?: string[];
  /** A machine code of a failure, e.g. ETIMEDOUT or 550; never an SMTP server's text, which can quote addresses. */
  code?: string;
  /** The mail server's final answer came after the visitor was told the request was unconfirmed. */
  late?: boolean;
}

export type RequestLog = (event: RequestLogEvent) => void;

export const logToStdout: RequestLog = (event) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), event: 'data-request', ...event })}\n`);
};

/** A start-up message for operators (no personal data exists at start-up). */
export function logStartup(message: string): void {
  process.stdout.write(`[data-requests] ${message}\n`);
}
