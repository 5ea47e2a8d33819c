/**
 * `npm run consent -- <command>`: the company's view of the consent records, in the store the server uses
 * (DATABASE_URL, or the SQLite file CONSENT_DB_PATH), from the server's working directory.
 *   show <consent-id>                     every record of that ID, then the text the visitor saw
 *   export --from <date> --to <date>      CSV on stdout (from inclusive, to exclusive; dates as 2026-12-31)
 *   prune                                 delete records past retention (the server also does it daily)
 */
import { parseArgs } from 'node:util';
import { SettingsError } from '../src/lib/settings.ts';
import { loadSettings } from '../src/server/settings.ts';
import { loadConsentManifest, MANIFEST_FILE } from '../src/consent/records/manifest.ts';
import { describeStore, wrongSettingProblem } from '../src/consent/records/location.ts';
import { openConsentStore, type ConsentStore } from '../src/consent/records/store.ts';
import { formatConsentHistory, toCsv } from '../src/consent/records/report.ts';
import { retentionCutoff } from '../src/consent/records/service.ts';

const USAGE = 'Usage: npm run consent -- show <consent-id> | export --from <YYYY-MM-DD> --to <YYYY-MM-DD> | prune\n';

function stop(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function date(value: string | undefined, name: string): Date {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) stop(`--${name} must be a date such as 2026-12-31.\n${USAGE}`);
  return new Date(`${value}T00:00:00Z`);
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' } } });
const [command, argument] = positionals;
if (!command || !['show', 'export', 'prune'].includes(command)) stop(USAGE);

let settings;
try {
  settings = loadSettings(process.env);
} catch (error) {
  if (error instanceof SettingsError) stop(error.message);
  throw error;
}
const { location } = settings.consent;
let store: ConsentStore;
try {
  store = await openConsentStore(location);
} catch (error) {
  stop(wrongSettingProblem(error) ?? `The consent store (${describeStore(location)}) cannot be reached.`);
}

try {
  if (command === 'show') {
    if (!argument) stop(USAGE);
    // IDs are stored in lower case (schema.ts): one typed or pasted in capitals finds them too.
    const { records, texts } = await store.recordsOf(argument.toLowerCase());
    process.stdout.write(formatConsentHistory(argument, records, texts));
  } else if (command === 'export') {
    process.stdout.write(toCsv(await store.between(date(values.from, 'from'), date(values.to, 'to'))));
  } else {
    const { retentionMonths } = loadConsentManifest(new URL(`../dist/client/${MANIFEST_FILE}`, import.meta.url));
    const deleted = await store.prune(retentionCutoff(new Date(), retentionMonths));
    process.stdout.write(`Deleted ${deleted} record${deleted === 1 ? '' : 's'} older than ${retentionMonths} months from the ${describeStore(location)}.\n`);
  }
} finally {
  await store.close();
}
