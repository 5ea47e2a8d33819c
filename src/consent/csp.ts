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

/**
 * What a page adds to the build's CSP (BaseLayout passes these to `Astro.csp`): Google's hosts only where GA may
 * load (`analytics`).
 */
export function pageCsp(analytics: boolean): { directives: (`img-src ${string}` | `connect-src ${string}`)[]; scriptResources: string[] } {
  return {
    directives: [
      `img-src 'self' data:${analytics ? ` ${analyticsCsp.img.join(' ')}` : ''}`,
      `connect-src 'self'${analytics ? ` ${analyticsCsp.connect.join(' ')}` : ''}`,
    ],
    scriptResources: analytics ? [...analyticsCsp.script] : [],
  };
}
