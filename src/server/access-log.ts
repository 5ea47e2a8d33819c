/**
 * The access log: one line when a response ends or its connection drops: method, path, status and time taken. Never
 * an IP address, a query string, a header or a body, and the path only for requests the site answered (a 4xx path is
 * whatever the client typed).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';

export function logWhenClosed(logger: FastifyBaseLogger, req: IncomingMessage, res: ServerResponse): void {
  const start = process.hrtime.bigint();
  res.once('close', () => {
    const status = res.statusCode;
    logger.info({
      event: 'http',
      method: req.method ?? '',
      path: status < 400 ? (req.url ?? '/').split('?', 1)[0] : null,
      status,
      ms: Number((process.hrtime.bigint() - start) / 1000n) / 1000,
      ...(res.writableFinished ? {} : { aborted: true }),
    });
  });
}
