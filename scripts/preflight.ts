/**
 * `npm run preflight [-- --env-file /etc/jainkasso-web.env] [--service]`: the launch check. Run it in the
 * environment the site is built and served with (the service's settings file gives it); it prints a checklist and
 * exits 1 while anything is missing or a placeholder. `--service` is how the systemd unit runs it before the server:
 * JSON lines instead of the checklist, and PREFLIGHT_STAGING_NOT_PUBLIC=1 lets a staging host start (src/launch/service-gate.ts).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ClientTexts } from '../src/launch/preflight.ts';
import { ENV_FILE_OPTION, settingsSourceOrExit } from '../src/lib/env-file.ts';

const { values: options } = parseArgs({ options: { ...ENV_FILE_OPTION, service: { type: 'boolean', default: false } } });
// Before the site's modules: the facts file and the settings they read come from the env file too.
const source = settingsSourceOrExit(options['env-file']);

const siteConfig = await import('../src/site.config.ts').catch((error: unknown) => {
  // A facts file that is missing or wrong: its sentences, no stack trace.
  if ((error as Error).name !== 'SiteFactsError') throw error;
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
const { site, siteFactsSource } = siteConfig;
const { CLIENT_TEXT_FILES, formatChecklist, passes, preflight } = await import('../src/launch/preflight.ts');
const { eidCheck } = await import('../src/launch/eid-check.ts');
const { mailServerCheck } = await import('../src/launch/mail-server-check.ts');
const { siteFactsCheck } = await import('../src/launch/site-facts-check.ts');
const { checkSettings } = await import('../src/server/settings.ts');

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
// The client's texts in both languages, checked against the redline (docs/integritetspolicy-forslag.md).
const texts: ClientTexts = {
  cookies: { sv: read(CLIENT_TEXT_FILES.cookies.sv), en: read(CLIENT_TEXT_FILES.cookies.en) },
  privacy: { sv: read(CLIENT_TEXT_FILES.privacy.sv), en: read(CLIENT_TEXT_FILES.privacy.en) },
};
// The start-time settings as the server reads them: every group at once, each wrong variable named.
const settings = checkSettings(process.env);
const checks = [
  siteFactsCheck(siteFactsSource),
  ...preflight(process.env, site, texts, settings),
  await mailServerCheck(settings.mail),
  await eidCheck(settings.eid, process.env.SITE_URL),
];
if (options.service) {
  const { createLogger } = await import('../src/log/logger.ts');
  const { gate } = await import('../src/launch/service-gate.ts');
  process.exitCode = gate(checks, process.env, createLogger());
} else {
  process.stdout.write(`Preflight for ${site.name}\n${source}\n\n${formatChecklist(checks)}\n`);
  process.exitCode = passes(checks) ? 0 : 1;
}
