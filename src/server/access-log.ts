/**
 * One JSON line per request: method, path, status and duration. Never an IP address, a query string, a header
 * or a body, and the path only for requests the site answered: a 4xx path is whatever the client typed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface LogLine {
  time: string;
  event: string;
  [key: string]: unknown;
}

/** Writes a line to stdout. */
export const logToStdout = (line: LogLine): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`);
};

/** Returns a function that logs one line when a request's response ends (or its connection drops). */
export function accessLogger(log: (line: LogLine) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const start = process.hrtime.bigint();
    res.once('close', () => {
      const status = res.statusCode;
      const path = (req.url ?? '/').split('?', 1)[0]!;
      log({
        time: new Date().toISOString(),
        event: 'http',
        method: req.method ?? '',
        path: status < 400 ? path : null,
        status,
        ms: Number((process.hrtime.bigint() - start) / 1000n) / 1000,
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    });
  };
}
