/**
 * Google Analytics 4 with Consent Mode v2, "basic": nothing of Google's is loaded or stored
 * until the visitor opts in, and it stops when they withdraw.
 */

/** Where gtag.js comes from; requested only after opt-in. */
export const GTAG_URL = 'https://www.googletagmanager.com/gtag/js';

type Gtag = (...args: unknown[]) => void;

declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: Gtag;
  }
}

/** Google's documented switch (`ga-disable-<ID>`) that stops gtag.js sending or storing anything for one measurement ID. */
function setDisabled(measurementId: string, disabled: boolean): void {
  (window as unknown as Record<string, unknown>)[`ga-disable-${measurementId}`] = disabled;
}

/** Grant analytics storage only, then load gtag.js. Safe to call again (after a withdrawal on the same page). */
export function startAnalytics(measurementId: string): void {
  setDisabled(measurementId, false);
  if (window.gtag && document.querySelector(`script[src^="${GTAG_URL}"]`)) {
    window.gtag('consent', 'update', { analytics_storage: 'granted' });
    return;
  }
  const dataLayer = (window.dataLayer ??= []);
  // gtag.js reads `arguments` objects from dataLayer, exactly as Google's snippet pushes them.
  const gtag: Gtag = (window.gtag = function gtag() {
    // eslint-disable-next-line prefer-rest-params -- gtag.js expects Arguments objects, not arrays (see above).
    dataLayer.push(arguments);
  });
  gtag('consent', 'default', {
    analytics_storage: 'denied',
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
  });
  gtag('consent', 'update', { analytics_storage: 'granted' });
  gtag('js', new Date());
  gtag('config', measurementId, {
    allow_google_signals: false,
    allow_ad_personalization_signals: false,
  });
  // Async without saying so: a script added by a script never blocks the page (HTML's non-blocking flag).
  const script = document.createElement('script');
  script.src = `${GTAG_URL}?id=${encodeURIComponent(measurementId)}`;
  document.head.append(script);
}

/** Stop GA on this page: no more hits, no more cookies. The cookies themselves are deleted by the caller. */
export function stopAnalytics(measurementId: string): void {
  setDisabled(measurementId, true);
  window.gtag?.('consent', 'update', { analytics_storage: 'denied' });
}
