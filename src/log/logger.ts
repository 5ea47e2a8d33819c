/**
 * The one logger of the server: JSON lines on stdout through pino (Fastify's own logger), one event per line.
 * What a line may hold: an event's name, outcomes, references, codes, counts and times. Never an IP address, a
 * header, a query string, or anything a visitor typed; the redaction below is the net under that rule, not the rule.
 */
import { pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import { REQUEST_FIELDS } from '../requests/schema.ts';

export type { Logger };

/** The form's fields whose value is one of the answers it offers (its radio buttons): nothing a visitor typed. */
const OFFERED_ANSWERS: readonly string[] = ['type', 'idType', 'addressType', 'answerChannel'];

/**
 * Keys that hold personal data wherever they appear: censored, should one ever reach a log line. Where an address or
 * the headers would be, and every field of the data-request form a visitor types into, read from the form's schema
 * so that a field added to the form is covered.
 */
export const REDACTED_KEYS: readonly string[] = [
  'ip',
  'ips',
  'remoteAddress',
  'clientAddress',
  'headers',
  ...REQUEST_FIELDS.filter((field) => !OFFERED_ANSWERS.includes(field)),
];

/** The logger, writing to `destination` (default stdout). */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      base: null,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]), censor: '[redacted]' },
      serializers: {
        // An error's message can quote what was sent (an address, a header): its name and code say enough.
        err: (error: { name?: string; code?: unknown }) => ({ type: error.name, code: error.code }),
        req: (request: { method?: string }) => ({ method: request.method }),
        res: (response: { statusCode?: number }) => ({ status: response.statusCode }),
      },
    },
    destination,
  );
}
