/** `GET /healthz`, for a load balancer or systemd: the process answers. SMTP is not touched. */
import type { FastifyPluginCallback } from 'fastify';

export const HEALTH_PATH = '/healthz';

const health: FastifyPluginCallback = (app, _options, done) => {
  app.get(HEALTH_PATH, async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { status: 'ok' };
  });
  done();
};

export default health;
