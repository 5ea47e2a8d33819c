/**
 * `npm run serve`: the production server. Checks the settings, then serves the build in dist/ with Fastify (app.ts)
 * and Astro's node adapter in middleware mode. On SIGTERM or SIGINT it stops taking connections, lets requests and
 * receipts in flight finish, logs one line and exits 0; a second signal exits at once.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import closeWithGrace from 'close-with-grace';
import { site } from '../site.config.ts';
import { MailConfigError, parseMailConfig, type MailConfig } from '../requests/mail-config.ts';
import { createLogger } from '../log/logger.ts';
import { buildServer, type AstroMiddleware } from './app.ts';
import { parseServerSettings, SettingsError, type ServerSettings } from './config.ts';
import { EidSettingsError, parseEidSettings, type EidSettings } from '../eid/settings.ts';
import { loadPageCsp } from './security-headers.ts';
import { buildServices } from './services.ts';
import { loadConsentManifest, MANIFEST_FILE } from '../consent/records/manifest.ts';
import { describeStore, storeLocation } from '../consent/records/location.ts';

const dist = new URL('../../dist/', import.meta.url);
const logger = createLogger();

/** The settings, or a sentence per wrong variable and exit 1: no stack trace, no half-started server. */
function settingsOrExit(): { settings: ServerSettings; mail: MailConfig; eid: EidSettings | undefined } {
  try {
    const settings = parseServerSettings(process.env);
    return { settings, mail: parseMailConfig(settings, { email: site.email, cwd: process.cwd() }), eid: parseEidSettings(process.env) };
  } catch (error) {
    if (!(error instanceof SettingsError || error instanceof MailConfigError || error instanceof EidSettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

const { settings, mail, eid } = settingsOrExit();

const entry = new URL('server/entry.mjs', dist);
if (!existsSync(entry)) {
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

const services = buildServices(settings, mail, consentManifestOrExit(), logger, eid);
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
  trustProxy: settings.TRUST_PROXY,
  eidRedirectPath: eid?.redirectPath,
  services,
  logger,
});

// In-flight requests may wait for the mail server up to SMTP_TIMEOUT_MS, twice (request and receipt).
const graceMs = 2 * settings.SMTP_TIMEOUT_MS + 5_000;
closeWithGrace({ delay: graceMs, logger: false }, async ({ signal, err }) => {
  const started = Date.now();
  await server.close();
  await services.close();
  logger.info({ event: 'shutdown', signal: signal ?? null, error: err ? err.name : null, ms: Date.now() - started });
});

try {
  const window = Math.round(settings.RATE_LIMIT_WINDOW_MS / 1000);
  logger.info({
    event: 'start',
    mail: mail.description,
    rateLimit: `At most ${settings.RATE_LIMIT_MAX} delivered requests per visitor per ${window} s${settings.REDIS_URL ? ', shared through Redis' : ', in memory'}.`,
    trustedProxies: settings.TRUST_PROXY.length,
    consentStore: describeStore(storeLocation(settings, process.cwd())),
    eid: eid ? `e-ID through ${eid.issuer.origin}, returning to ${eid.redirectPath}.` : 'No e-ID (EID_ISSUER unset).',
  });
  // Fastify logs "Server listening on <address>" through the same logger.
  await server.app.listen({ host: settings.HOST, port: settings.PORT, listenTextResolver: (address) => `Server listening on ${address}` });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  process.stderr.write(
    code === 'EADDRINUSE'
      ? `Port ${settings.PORT} on ${settings.HOST} is in use by another program: set PORT to a free port.\n`
      : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
        ? `HOST ${settings.HOST} is not an address of this machine: set HOST to one, e.g. 127.0.0.1.\n`
        : `The server could not listen on ${settings.HOST}:${settings.PORT} (${code ?? 'error'}).\n`,
  );
  process.exit(1);
}
