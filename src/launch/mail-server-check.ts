/**
 * The launch check's mail-server line: the server in SMTP_URL takes the connection and the login now
 * (src/requests/mail-check.ts). Unset or wrong SMTP_URL is the SMTP_URL line's to report. Plain Node can run it.
 */
import { checkMailServer, describeMailServerCheck, type MailServerCheck } from '../requests/mail-check.ts';
import type { MailConfig } from '../requests/mail-config.ts';
import type { CheckedSettings } from '../server/settings.ts';
import type { Check } from './preflight.ts';

/** The checklist's name of this line. */
export const MAIL_SERVER_ITEM = 'Mail server';
const ITEM = MAIL_SERVER_ITEM;

export async function mailServerCheck(
  mail: CheckedSettings['mail'],
  check: (config: MailConfig) => Promise<MailServerCheck | undefined> = checkMailServer,
): Promise<Check> {
  if (!mail.ok || mail.value.mode !== 'smtp') return { item: ITEM, status: 'warn', detail: 'not checked: no usable SMTP_URL (the SMTP_URL line says why).' };
  const result = await check(mail.value);
  if (!result) return { item: ITEM, status: 'warn', detail: 'not checked.' };
  return { item: ITEM, status: result.ok ? 'ok' : 'fail', detail: describeMailServerCheck(result) };
}
