/**
 * The launch check as the systemd unit runs it before the server (`ExecStartPre`, `npm run preflight -- --service`):
 * JSON lines in the journal like the server's own, and an exit code that keeps a server whose check fails from
 * starting, unless the operator has said loudly that this host is a staging host the public cannot reach.
 */
import type { Env } from '../lib/settings.ts';
import type { Logger } from '../log/logger.ts';
import { passes, type Check } from './preflight.ts';

/** Set to 1 on a staging host that the public cannot reach: the server starts although the launch check fails. */
export const STAGING_VARIABLE = 'PREFLIGHT_STAGING_NOT_PUBLIC';

/** Whether the operator has marked this host as non-public staging. */
export function isStaging(env: Env): boolean {
  return env[STAGING_VARIABLE]?.trim() === '1';
}

/** Logs every check that is not ok, then the verdict; the exit code for systemd (0: start the server). */
export function gate(checks: Check[], env: Env, logger: Logger): number {
  for (const check of checks) {
    if (check.status === 'fail') logger.error({ event: 'preflight', item: check.item }, check.detail);
    else if (check.status === 'warn') logger.warn({ event: 'preflight', item: check.item }, check.detail);
  }
  const failed = checks.filter((c) => c.status === 'fail').length;
  if (passes(checks)) {
    logger.info({ event: 'preflight', ready: true }, 'Ready to go live.');
    return 0;
  }
  if (isStaging(env)) {
    logger.warn(
      { event: 'preflight', ready: false, failed, staging: true },
      `NOT READY TO GO LIVE (${failed} item${failed === 1 ? '' : 's'} above), started anyway because ${STAGING_VARIABLE}=1: ` +
        'this host must not be reachable by the public. Remove the setting on the live server.',
    );
    return 0;
  }
  logger.error(
    { event: 'preflight', ready: false, failed },
    `Not ready to go live: ${failed} item${failed === 1 ? '' : 's'} above. The server is not started. ` +
      `On a staging host the public cannot reach, set ${STAGING_VARIABLE}=1 in the settings file to start it anyway.`,
  );
  return 1;
}
