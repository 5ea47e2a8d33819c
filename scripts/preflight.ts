/**
 * `npm run preflight`: the launch check. Run it in the environment the site is built and served with;
 * it prints a checklist and exits 1 while anything is missing or a placeholder.
 */
import { readFileSync } from 'node:fs';
import { site } from '../src/site.config.ts';
import { CLIENT_TEXT_FILES, formatChecklist, passes, preflight, type ClientTexts } from '../src/launch/preflight.ts';
import { eidCheck } from '../src/launch/eid-check.ts';
import { checkSettings } from '../src/server/settings.ts';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
// The client's texts in both languages, checked against the redline (docs/integritetspolicy-forslag.md).
const texts: ClientTexts = {
  cookies: { sv: read(CLIENT_TEXT_FILES.cookies.sv), en: read(CLIENT_TEXT_FILES.cookies.en) },
  privacy: { sv: read(CLIENT_TEXT_FILES.privacy.sv), en: read(CLIENT_TEXT_FILES.privacy.en) },
};
// The start-time settings as the server reads them: every group at once, each wrong variable named.
const settings = checkSettings(process.env);
const checks = [...preflight(process.env, site, texts, settings), await eidCheck(settings.eid, process.env.SITE_URL)];
process.stdout.write(`Preflight for ${site.name}\n\n${formatChecklist(checks)}\n`);
process.exitCode = passes(checks) ? 0 : 1;
