/**
 * The one logger of the server: JSON lines on stdout through pino (Fastify's own logger), one event per line.
 * What a line may hold: an event's name, outcomes, references, codes, counts and times. Never an IP address, a
 * header, a query string, or anything a visitor typed; the redaction below is the net under that rule, not the rule.
 */
import { pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Keys that hold personal data wherever they appear: censored, should one ever reach a log line. */
export const REDACTED_KEYS = ['ip', 'ips', 'remoteAddress', 'clientAddress', 'headers', 'name', 'personnummer', 'email', 'address', 'phone', 'correction', 'city', 'postalCode'];

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
