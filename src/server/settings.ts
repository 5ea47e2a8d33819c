/**
 * The start-time settings, every group at once: the server's own and each feature's, read from the environment by
 * the schemas beside those features. A wrong setting in any group is found with all the others, so an operator learns
 * every one from one start: one sentence each naming the variable, never its value (README, Configuration).
 * The server (serve.ts), `astro dev` (dev-locals.ts), `npm run preflight`, `npm run consent` and the tests' harness
 * all read the settings through here.
 */
import { consentStoreSettings } from '../consent/store-settings.ts';
import { eidSettings } from '../eid/settings.ts';
import { redisSettings } from '../lib/redis-settings.ts';
import { processContext, SettingsError, type Env, type Parsed, type SettingsContext, type SettingsGroup } from '../lib/settings.ts';
import { requestLimitSettings } from '../requests/limit-settings.ts';
import { mailSettings } from '../requests/mail-config.ts';
import { listenSettings } from './listen-settings.ts';

const GROUPS = {
  server: listenSettings,
  redisUrl: redisSettings,
  mail: mailSettings,
  requestLimit: requestLimitSettings,
  consent: consentStoreSettings,
  eid: eidSettings,
};

type Groups = typeof GROUPS;
type ValueOf<G> = G extends SettingsGroup<infer T> ? T : never;

/** Every group's settings. */
export type Settings = { [K in keyof Groups]: ValueOf<Groups[K]> };

/** Every group's settings or its problems, for a check that reports by group (`npm run preflight`). */
export type CheckedSettings = { [K in keyof Groups]: Parsed<ValueOf<Groups[K]>> };

/** Every variable read at start, in the groups' order. */
export const SETTINGS_VARIABLES: readonly string[] = Object.values(GROUPS).flatMap((group) => group.variables);

/** Each group read from `env`: its value, or a sentence per wrong variable. */
export function checkSettings(env: Env, context: SettingsContext = processContext()): CheckedSettings {
  const entries = Object.entries(GROUPS).map(([name, group]: [string, SettingsGroup<unknown>]) => [name, group.parse(env, context)]);
  return Object.fromEntries(entries) as CheckedSettings;
}

/** Every group's settings; throws SettingsError naming every wrong variable of every group. */
export function loadSettings(env: Env, context: SettingsContext = processContext()): Settings {
  const checked = Object.entries(checkSettings(env, context)) as [string, Parsed<unknown>][];
  const problems = checked.flatMap(([, parsed]) => (parsed.ok ? [] : parsed.problems));
  if (problems.length) throw new SettingsError(problems);
  return Object.fromEntries(checked.map(([name, parsed]) => [name, parsed.ok && parsed.value])) as Settings;
}
