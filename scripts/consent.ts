/**
 * `npm run consent -- [--env-file /etc/jainkasso-web.env] <command>`: the company's view of the consent records, in the
 * store the server uses (DATABASE_URL, or the SQLite file CONSENT_DB_PATH), from the server's working directory. Which
 * settings and which store it reads go to stderr first, so stdout holds the records alone.
 *   show <consent-id>                                 every record of that ID, then the text the visitor saw
 *   export --from <date> --to <date> [--out FILE]     CSV on stdout or to FILE (from inclusive, to exclusive; 2026-12-31)
 *   prune                                             delete records past retention (the server also does it daily)
 *   backup --out FILE                                 SQLite: a consistent copy, also while the server runs (VACUUM INTO)
 *   restore --from FILE                               SQLite: the records of a backup in place of the file's (stop the server first)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ENV_FILE_OPTION, settingsSourceOrExit } from '../src/lib/env-file.ts';

const USAGE =
  'Usage: npm run consent -- [--env-file /etc/jainkasso-web.env] show <consent-id> | export --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--out FILE]' +
  ' | prune | backup --out FILE | restore --from FILE\n';

function stop(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function date(value: string | undefined, name: string): Date {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) stop(`--${name} must be a date such as 2026-12-31.\n${USAGE}`);
  return new Date(`${value}T00:00:00Z`);
}

function parse() {
  try {
    return parseArgs({ allowPositionals: true, options: { ...ENV_FILE_OPTION, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } } });
  } catch (error) {
    return stop(`${(error as Error).message}\n${USAGE}`);
  }
}

const { positionals, values } = parse();
const [command, argument] = positionals;
if (!command || !['show', 'export', 'prune', 'backup', 'restore'].includes(command)) stop(USAGE);
// Before the site's modules: the settings, and the facts file they name, come from the env file too.
const source = settingsSourceOrExit(values['env-file']);

const { SettingsError } = await import('../src/lib/settings.ts').catch((error: unknown) => stop((error as Error).message));
const { loadSettings } = await import('../src/server/settings.ts');
const { loadConsentManifest, MANIFEST_FILE } = await import('../src/consent/records/manifest.ts');
const { describeStore, wrongSettingProblem } = await import('../src/consent/records/location.ts');
const { openConsentStore } = await import('../src/consent/records/store.ts');
const { formatConsentHistory, toCsv } = await import('../src/consent/records/report.ts');
const { retentionCutoff } = await import('../src/consent/records/service.ts');
const { BackupError, backupSqlite, restoreSqlite } = await import('../src/consent/records/backup.ts');

let settings;
try {
  settings = loadSettings(process.env);
} catch (error) {
  if (error instanceof SettingsError) stop(error.message);
  throw error;
}
const { location } = settings.consent;
process.stderr.write(`${source}\nConsent records: the ${describeStore(location)} (${location.kind === 'postgres' ? 'DATABASE_URL' : 'CONSENT_DB_PATH; DATABASE_URL is unset'}).\n`);

if (command === 'backup' || command === 'restore') {
  if (location.kind === 'postgres') {
    stop(
      'The records are in PostgreSQL: back them up and restore them with its own tools, as the postgres user ' +
        '(docs/consent.md, Backup and restore): runuser -u postgres -- pg_dump -Fc <database> > FILE, and ' +
        'runuser -u postgres -- pg_restore --clean --if-exists -d <database> FILE.',
    );
  }
  const file = command === 'backup' ? values.out : values.from;
  if (!file) stop(`${command} needs ${command === 'backup' ? '--out FILE' : '--from FILE'}.\n${USAGE}`);
  try {
    const count = command === 'backup' ? backupSqlite(location.file, file) : await restoreSqlite(file, location.file);
    const records = `${count} record${count === 1 ? '' : 's'}`;
    process.stdout.write(command === 'backup' ? `Wrote ${records} to ${file}.\n` : `Restored ${records} from ${file} into ${location.file}.\n`);
  } catch (error) {
    if (error instanceof BackupError) stop(error.message);
    throw error;
  }
  process.exit(0);
}

let store: Awaited<ReturnType<typeof openConsentStore>>;
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
    const csv = toCsv(await store.between(date(values.from, 'from'), date(values.to, 'to')));
    if (values.out) {
      // The records name visitors' consent IDs: a file its owner alone reads.
      writeFileSync(values.out, csv, { mode: 0o600 });
      process.stderr.write(`Wrote ${values.out}.\n`);
    } else {
      process.stdout.write(csv);
    }
  } else {
    const { retentionMonths } = loadConsentManifest(new URL(`../dist/client/${MANIFEST_FILE}`, import.meta.url));
    const deleted = await store.prune(retentionCutoff(new Date(), retentionMonths));
    process.stdout.write(`Deleted ${deleted} record${deleted === 1 ? '' : 's'} older than ${retentionMonths} months from the ${describeStore(location)}.\n`);
  }
} finally {
  await store.close();
}
