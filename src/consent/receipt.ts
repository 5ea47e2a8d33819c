/** In the browser: fills in the preferences' "Ditt sparade val" with the visitor's consent ID and when they last chose. */
import { getCookie, validConsent } from 'vanilla-cookieconsent';
import { RECEIPT_PARTS } from './page-data';

export function showReceipt(root: HTMLElement): void {
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-receipt="${name}"]`);
  const [none, ids, id, changed] = [part(RECEIPT_PARTS.none), part(RECEIPT_PARTS.ids), part(RECEIPT_PARTS.id), part(RECEIPT_PARTS.changed)];
  if (!none || !ids || !id || !(changed instanceof HTMLTimeElement)) return;
  const chosen = validConsent();
  none.hidden = chosen;
  ids.hidden = !chosen;
  if (!chosen) return;
  const { consentId, lastConsentTimestamp } = getCookie();
  id.textContent = consentId;
  changed.dateTime = lastConsentTimestamp;
  changed.textContent = new Date(lastConsentTimestamp).toLocaleString(document.documentElement.lang, { dateStyle: 'long', timeStyle: 'short' });
}
