import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log/logger';
import { reportStoreStatus } from '../../../src/log/store-status';
import { EventEmitter } from 'node:events';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(stream), lines };
}

describe('the one logger', () => {
  it('writes one JSON line per event, with an ISO time and a level name', () => {
    const { logger, lines } = capture();
    logger.info({ event: 'start', trustedProxies: 0 });
    expect(lines).toEqual([{ level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), event: 'start', trustedProxies: 0 }]);
  });

  it('censors personal data should any reach it, at the top or one level down', () => {
    const { logger, lines } = capture();
    logger.info({ event: 'x', email: 'anna@example.se', ip: '192.0.2.1', request: { personnummer: '198504152383', name: 'Anna' } });
    expect(JSON.stringify(lines)).not.toMatch(/anna@|192\.0\.2|19850415|Anna/);
  });

  it("logs an error's kind and code, never its message (it can quote what was sent)", () => {
    const { logger, lines } = capture();
    logger.error({ err: Object.assign(new Error('550 <anna@example.se> unknown'), { code: 'EENVELOPE' }) });
    expect(lines[0]!['err']).toEqual({ type: 'Error', code: 'EENVELOPE' });
  });

  it('logs a store going down once, however often its client fails, and once when it is back', () => {
    const { logger, lines } = capture();
    const client = new EventEmitter();
    reportStoreStatus(client, 'rate-limit', logger);
    client.emit('error');
    client.emit('close');
    client.emit('error');
    client.emit('ready');
    client.emit('ready');
    expect(lines.map((line) => [line['event'], line['status']])).toEqual([
      ['rate-limit-store', 'down'],
      ['rate-limit-store', 'up'],
    ]);
  });
});
