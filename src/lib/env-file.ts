/**
 * `--env-file PATH` for the operator's tools (`npm run build`, `npm run preflight`, `npm run consent`): the service's
 * settings file (/etc/jainkasso-web.env, systemd's EnvironmentFile) read into this process's environment, so a tool
 * sees what the service sees. Node's own parser reads it. A variable already set in the environment wins, as with
 * Node's `--env-file`; an empty one counts as unset, as everywhere in the settings (README, Configuration).
 */
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/** What went wrong reading the file, as one sentence for the operator: never the file's content (it holds passwords). */
export class EnvFileError extends Error {
  override name = 'EnvFileError';
}

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EACCES: 'this user may not read it (run the tool as root, or as the service user: the file is root:jainkasso, mode 640)',
  EISDIR: 'it is a folder',
};

/** Reads `file` into `env` (default process.env); returns the variables it set. Throws EnvFileError with one sentence. */
export function loadEnvFile(file: string, env: NodeJS.ProcessEnv = process.env): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new EnvFileError(`--env-file ${file} cannot be read: ${REASONS[code] ?? code}.`);
  }
  const set: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (env[name]?.trim()) continue;
    env[name] = value;
    set.push(name);
  }
  return set;
}

/**
 * The `--env-file` option of a tool's arguments (for util.parseArgs), and what to say about where settings come from.
 */
export const ENV_FILE_OPTION = { 'env-file': { type: 'string' } } as const;

/** Loads the file when given, or stops the tool with the sentence; returns the line naming where settings came from. */
export function settingsSourceOrExit(file: string | undefined): string {
  if (!file) return 'Settings: this shell\'s environment only (no --env-file; the service reads /etc/jainkasso-web.env).';
  try {
    loadEnvFile(file);
  } catch (error) {
    if (!(error instanceof EnvFileError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  return `Settings: ${file}, and this shell's environment where it sets a variable.`;
}
