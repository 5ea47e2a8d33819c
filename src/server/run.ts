/**
 * The production server, started by serve.ts. Checks the settings, then serves the build in dist/ with Fastify (app.ts)
 * and Astro's node adapter in middleware mode. On SIGTERM or SIGINT it stops taking connections, lets requests and
 * receipts in flight finish, logs one line and exits 0; a second signal exits at once.
 */
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import closeWithGrace from 'close-with-grace';
import { SettingsError } from '../lib/settings.ts';
import { createLogger } from '../log/logger.ts';
import { buildServer, type AstroMiddleware } from './app.ts';
import { loadSettings, type Settings } from './settings.ts';
import { loadPageCsp } from './security-headers.ts';
import { buildServices } from './services.ts';
import { loadConsentManifest, MANIFEST_FILE } from '../consent/records/manifest.ts';
import { describeStore } from '../consent/records/location.ts';
import { SQLITE_WORKER_BUILT } from '../consent/records/sqlite-store.ts';

const dist = new URL('../../dist/', import.meta.url);
/** The longest the start waits for the mail server's answer to its check (it is logged whenever it comes). */
const MAIL_CHECK_WAIT_MS = 2_000;
const logger = createLogger();

/** Every group's settings, or a sentence per wrong variable of every group and exit 1: no stack trace, no half-started server. */
function settingsOrExit(): Settings {
  try {
    return loadSettings(process.env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const settings = settingsOrExit();
const { server: listen, mail, eid } = settings;

const entry = new URL('server/entry.mjs', dist);
// The consent store's thread as the build wrote it: JavaScript, so that thread needs no TypeScript stripper.
const sqliteWorker = new URL(`server/${SQLITE_WORKER_BUILT}`, dist);
if (!existsSync(entry) || !existsSync(sqliteWorker)) {
  process.stderr.write('There is no build to serve in dist/. Run `npm run build` first (or `npm start`, which builds and serves).\n');
  process.exit(1);
}
const { handler: astro } = (await import(entry.href)) as { handler: AstroMiddleware };

/** What the build showed visitors about consent (the records are checked against it), or a sentence and exit 1. */
function consentManifestOrExit() {
  try {
    return loadConsentManifest(new URL(`client/${MANIFEST_FILE}`, dist));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

/** The services, or the sentence of a setting found wrong only when used (an outbox folder it cannot write) and exit 1. */
function servicesOrExit() {
  try {
    return buildServices(settings, consentManifestOrExit(), logger, { production: process.env.NODE_ENV === 'production', sqliteWorker });
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const services = servicesOrExit();
const consentProblem = await services.consent.start();
if (consentProblem) {
  process.stderr.write(`${consentProblem}\n`);
  await services.close();
  process.exit(1);
}
const server = await buildServer({
  astro,
  clientDir: fileURLToPath(new URL('client/', dist)),
  pageCsp: loadPageCsp(new URL('_headers.json', dist)),
  trustProxy: listen.trustProxy,
  eidRedirectPath: eid?.redirectPath,
  services,
  logger,
});

// In-flight requests may wait for the mail server up to SMTP_TIMEOUT_MS, twice (request and receipt).
const graceMs = 2 * mail.timeoutMs + 5_000;
closeWithGrace({ delay: graceMs, logger: false }, async ({ signal, err }) => {
  const started = Date.now();
  await server.close();
  await services.close();
  logger.info({ event: 'shutdown', signal: signal ?? null, error: err ? err.name : null, ms: Date.now() - started });
});

try {
  const window = Math.round(settings.requestLimit.windowMs / 1000);
  logger.info({
    event: 'start',
    mail: mail.description,
    rateLimit: `At most ${settings.requestLimit.max} delivered requests per visitor per ${window} s${settings.redisUrl ? ', shared through Redis' : ', in memory'}.`,
    trustedProxies: listen.trustProxy.length,
    consentStore: describeStore(settings.consent.location),
    eid: eid ? `e-ID through ${eid.issuer.origin}, returning to ${eid.redirectPath}.` : 'No e-ID (EID_ISSUER unset).',
  });
  // The mail server, checked once: a refusal is a warning to act on, never a stop. Its line comes before "listening"
  // unless the mail server is slow to answer; the start waits no longer than MAIL_CHECK_WAIT_MS for it.
  await Promise.race([services.requests.checkMailServer(), delay(MAIL_CHECK_WAIT_MS)]);
  // Fastify logs "Server listening on <address>" through the same logger.
  await server.app.listen({ host: listen.host, port: listen.port, listenTextResolver: (address) => `Server listening on ${address}` });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  process.stderr.write(
    code === 'EADDRINUSE'
      ? `Port ${listen.port} on ${listen.host} is in use by another program: set PORT to a free port.\n`
      : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
        ? `HOST ${listen.host} is not an address of this machine: set HOST to one, e.g. 127.0.0.1.\n`
        : `The server could not listen on ${listen.host}:${listen.port} (${code ?? 'error'}).\n`,
  );
  process.exit(1);
}
