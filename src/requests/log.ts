/**
 * The request handler's log events (written by the server's one logger, src/log/logger.ts): the reference, the outcome
 * and the time taken only.
 * Never pass personal data here (name, personnummer, e-mail, address, phone, free text, IP address).
 */
import type { Outcome } from './outcome.ts';

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
  /** Milliseconds from the handler receiving the submission to this event: the server's own measure of its bounds. */
  durationMs?: number;
  /** The mail server's final answer came after the visitor was told the request was unconfirmed. */
  late?: boolean;
}

export type RequestLog = (event: RequestLogEvent) => void;

/** A log for one submission, received now: every event it writes carries the time taken since. */
export function timedLog(log: RequestLog, started = performance.now()): RequestLog {
  return (event) => log({ ...event, durationMs: Math.round(performance.now() - started) });
}
