/**
 * The launch check's e-ID line: e-ID is optional, so "off" passes; on, the settings must be valid and the broker's
 * discovery document must be reachable and valid now. Plain Node can run it (see scripts/preflight.ts).
 */
import { createEidClient } from '../eid/client.ts';
import type { EidSettings } from '../eid/settings.ts';
import type { CheckedSettings } from '../server/settings.ts';
import type { Check } from './preflight.ts';

/** The checklist's name of this line. */
export const EID_ITEM = 'E-legitimation (frivilligt)';
const ITEM = EID_ITEM;

/** The EID_* settings as the server's loader read them and, when e-ID is on, the issuer's discovery document. */
export async function eidCheck(
  eid: CheckedSettings['eid'],
  siteUrl: string | undefined,
  check = (settings: EidSettings) => createEidClient(settings).check(),
): Promise<Check> {
  if (!eid.ok) return { item: ITEM, status: 'fail', detail: eid.problems.map((p) => p.sentence).join(' ') };
  const settings = eid.value;
  if (!settings) return { item: ITEM, status: 'ok', detail: 'off (EID_ISSUER unset): the form works without it, answering by letter or after a check.' };
  const problem = await check(settings);
  if (problem) return { item: ITEM, status: 'fail', detail: `on, but ${problem} Check EID_ISSUER, or unset it for no e-ID.` };
  return {
    item: ITEM,
    status: 'ok',
    detail: `on through ${settings.broker} (${settings.issuer.origin}), accepting ${settings.acrValues.join(', ')}: discovery document valid. Register ${siteUrl?.replace(/\/$/, '') ?? '<SITE_URL>'}${settings.redirectPath} as the redirect URI at the broker.`,
  };
}
