/**
 * The server's route for consent records, a Fastify plugin (src/server/app.ts registers it): a record of a visitor's
 * cookie choice, JSON from a page of this site, at most MAX_RECORD_BYTES, handed to the consent service of the
 * server's services (`app.services`); the answer is the outcome's status, without a body.
 */
import type { FastifyPluginCallback } from 'fastify';
import { isSameOriginPost } from '../../lib/same-origin.ts';
import { CONSENT_RECORDS_PATH, MAX_RECORD_BYTES } from './record.ts';
import { RECEIVE_STATUS } from './service.ts';

export const consentRecordsRoute: FastifyPluginCallback = (app, _options, done) => {
  app.post(CONSENT_RECORDS_PATH, { bodyLimit: MAX_RECORD_BYTES }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (!isSameOriginPost(request.headers)) return reply.code(403).send();
    const outcome = await app.services.consent.receive(request.body, request.ip, (retryAfterMs) => {
      // Whole seconds, at least one: what the browser may wait before it sends again.
      reply.header('Retry-After', String(Math.max(1, Math.ceil(retryAfterMs / 1000))));
    });
    return reply.code(RECEIVE_STATUS[outcome]).send();
  });
  done();
};
