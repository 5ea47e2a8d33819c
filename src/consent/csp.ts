import { GTAG_URL } from './analytics';

/**
 * What Google Analytics 4 needs from the Content-Security-Policy once a visitor has opted in: gtag.js from its host,
 * and its measurement hits. Nothing is requested from these hosts before consent; the policy only permits it.
 */
export const analyticsCsp = {
  script: [new URL(GTAG_URL).origin],
  connect: ['https://*.google-analytics.com', 'https://*.analytics.google.com', 'https://*.googletagmanager.com'],
  img: ['https://*.google-analytics.com', 'https://*.googletagmanager.com'],
} as const;

/** The part of Astro's per-page CSP API (`Astro.csp`) used here. */
interface PageCsp {
  insertDirective(directive: `${string}-src ${string}`): void;
  insertScriptResource(resource: string): void;
}

/** Adds what the page needs to the build's CSP: Google's hosts only where GA may load (`analytics`). */
export function addPageCsp(csp: PageCsp, analytics: boolean): void {
  csp.insertDirective(`img-src 'self' data:${analytics ? ` ${analyticsCsp.img.join(' ')}` : ''}`);
  csp.insertDirective(`connect-src 'self'${analytics ? ` ${analyticsCsp.connect.join(' ')}` : ''}`);
  if (analytics) for (const origin of analyticsCsp.script) csp.insertScriptResource(origin);
}
