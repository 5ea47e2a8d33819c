import { readFileSync, statSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { serverLogPath } from '../../../playwright.config';

/** WCAG 2.2 AA, as the issues require. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** gtag.js, the only foreign script the site may ask for (after opt-in). */
export const GTAG_URL = 'https://www.googletagmanager.com/gtag/js';

/** Stands in for gtag.js: reads dataLayer and writes _ga cookies as the real one does. */
const gtagStub = readFileSync(new URL('./gtag-stub.js', import.meta.url), 'utf8');

/** Loopback addresses, where only the tests' own servers listen. */
const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])$/;

/** What the suite's server wrote to its log (playwright.config.ts) from byte `from` on. */
function serverLogSince(from: number): string {
  return readFileSync(serverLogPath).subarray(from).toString('utf8');
}

type Fixtures = {
  /** The suite's server's log lines written during a test, attached (and so printed) only when the test fails. */
  serverLog: void;
  /**
   * Every request the page made to a host other than the site under test and the tests' own servers on loopback. None is sent:
   * gtag.js is answered with the stub above, everything else is aborted.
   */
  foreignRequests: string[];
};

export const test = base.extend<Fixtures>({
  serverLog: [
    async ({}, use, testInfo) => {
      const from = statSync(serverLogPath, { throwIfNoEntry: false })?.size ?? 0;
      await use();
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('server log', { body: serverLogSince(from).slice(-20_000), contentType: 'text/plain' });
      }
    },
    { auto: true },
  ],
  foreignRequests: async ({ context, baseURL }, use) => {
    const own = new URL(baseURL!).host;
    const seen: string[] = [];
    await context.route(
      // The site under test, or another server a test started on loopback (a second instance).
      (url) => url.host !== own && !LOOPBACK.test(url.hostname),
      (route) => {
        const url = route.request().url();
        seen.push(url);
        if (url.startsWith(`${GTAG_URL}?`)) {
          return route.fulfill({ status: 200, contentType: 'text/javascript', body: gtagStub });
        }
        return route.abort('blockedbyclient');
      },
    );
    await use(seen);
  },
  // A person's browser, not a bot's: vanilla-cookieconsent hides itself when navigator.webdriver is true.
  context: async ({ context }, use) => {
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });
    });
    await use(context);
  },
  page: async ({ page, foreignRequests }, use) => {
    void foreignRequests; // always installed, so no test can reach another host
    await use(page);
  },
});

export { expect };

/** axe-core's WCAG 2.2 AA violations on the page as it is now, as readable lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The visible text of an element with white space folded, for comparing with the client's text. */
export async function foldedText(page: Page, selector = 'main'): Promise<string> {
  const text = await page.locator(selector).innerText();
  return text.replace(/\s+/g, ' ').trim();
}
