/** In the browser: fills in the preferences' "Ditt sparade val" with the visitor's consent ID and when they last chose. */
import { getCookie, validConsent } from 'vanilla-cookieconsent';
import type { ReceiptPart } from './page-data';

export function showReceipt(root: HTMLElement): void {
  const part = (name: ReceiptPart) => root.querySelector<HTMLElement>(`[data-receipt="${name}"]`);
  const none = part('none');
  const ids = part('ids');
  const id = part('id');
  const changed = part('changed');
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
