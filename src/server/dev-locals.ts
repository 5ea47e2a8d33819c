/**
 * The services for `astro dev`, which runs without the production server: built once from the same settings, so
 * the form works while editing. The production server (serve.ts) hands over its own and this is never used there.
 */
import { createLogger } from '../log/logger.ts';
import { consentConfig } from '../consent/config.ts';
import { consentManifest } from '../consent/records/manifest.server.ts';
import type { ServerLocals } from './app.ts';
import { loadSettings } from './settings.ts';
import { buildServices, type Services } from './services.ts';

let services: Services | undefined;

/** `locals` as the production server would give them: its services, and the client address Astro found. */
export function devLocals(locals: Partial<ServerLocals>, clientAddress: string): ServerLocals {
  if (locals.services && locals.clientAddress !== undefined) return locals as ServerLocals;
  if (!services) {
    // The consent records' route is the production server's own (app.ts): the store is never opened here.
    services = buildServices(loadSettings(process.env), consentManifest(consentConfig), createLogger());
  }
  return { services, clientAddress };
}
