/**
 * What the server answers when nothing else did: the site's 404 page to a GET or HEAD, 405 to any other method; and
 * to an error, its 4xx or a 500 in plain text. Never a stack trace, to the visitor or the log: the access-log line
 * carries the status. Not encapsulated (fastify-plugin): the handlers are the whole server's.
 */
import type { FastifyPluginCallback } from 'fastify';
import fp from 'fastify-plugin';

const errorPages: FastifyPluginCallback = (app, _options, done) => {
  // Plain functions that send, not async ones returning the reply: awaiting a reply adds a listener to the response,
  // and a 404 page streamed through compression had eleven (Node's MaxListenersExceededWarning in the journal).
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      reply.header('Allow', 'GET, HEAD');
      reply.code(405).type('text/plain; charset=utf-8').send('Method Not Allowed');
      return;
    }
    reply.notFoundPage(request.url);
  });

  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    reply.header('Cache-Control', 'no-store');
    reply.code(status).type('text/plain; charset=utf-8').send(status === 500 ? 'Internal Server Error' : 'Bad Request');
  });
  done();
};

export default fp(errorPages, { name: 'error-pages', fastify: '5.x', decorators: { reply: ['notFoundPage'] }, dependencies: ['static-files'] });
