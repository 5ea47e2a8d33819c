/**
 * The launch check as the systemd unit runs it before the server (`ExecStartPre`, `npm run preflight -- --service`):
 * JSON lines in the journal like the server's own, and an exit code that keeps a server whose check fails from
 * starting, unless the operator has said loudly that this host is a staging host the public cannot reach.
 */
import type { Env } from '../lib/settings.ts';
import type { Logger } from '../log/logger.ts';
import type { Check } from './preflight.ts';
import { MAIL_SERVER_ITEM } from './mail-server-check.ts';
import { EID_ITEM } from './eid-check.ts';

/** Set to 1 on a staging host that the public cannot reach: the server starts although the launch check fails. */
export const STAGING_VARIABLE = 'PREFLIGHT_STAGING_NOT_PUBLIC';

/** Whether the operator has marked this host as non-public staging. */
export function isStaging(env: Env): boolean {
  return env[STAGING_VARIABLE]?.trim() === '1';
}

/**
 * Lines that report another machine's answer now (the mail server, the e-ID broker): logged at error, but they do not
 * keep the pages down. The server checks the mail server again as it starts and warns, and the form copes with a
 * broker that is away; a reboot during a mail provider's outage must not take the site off the air.
 */
const REPORTED_ONLY: ReadonlySet<string> = new Set([MAIL_SERVER_ITEM, EID_ITEM]);

/** Logs every check that is not ok, then the verdict; the exit code for systemd (0: start the server). */
export function gate(checks: Check[], env: Env, logger: Logger): number {
  for (const check of checks) {
    if (check.status === 'fail') logger.error({ event: 'preflight', item: check.item }, check.detail);
    else if (check.status === 'warn') logger.warn({ event: 'preflight', item: check.item }, check.detail);
  }
  const failed = checks.filter((c) => c.status === 'fail' && !REPORTED_ONLY.has(c.item)).length;
  if (failed === 0) {
    const away = checks.some((c) => c.status === 'fail');
    logger[away ? 'warn' : 'info'](
      { event: 'preflight', ready: !away },
      away ? 'Started: only the other machines above failed (the server checks the mail server again as it starts).' : 'Ready to go live.',
    );
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
