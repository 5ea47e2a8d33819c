import { readFileSync, statSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { serverLogPath } from '../../../playwright.config';

/** WCAG 2.2 AA, as the issues require. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules of AXE_TAGS whose outcome forced colours can change. Forced colours replace colours and drop shadows and
 * gradients, never layout (CSS Color Adjustment §3.1; the site's own forced-colours CSS sets one background), and of
 * axe's rules only these read computed colours: contrast, links told from text, and the data-table heuristic (row
 * backgrounds) under the three table rules. A page's second axe pass in forced colours needs only these.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block', 'table-fake-caption', 'td-has-header', 'th-has-data-cells'];
{
  const ours = new Set(axe.getRules(AXE_TAGS).map((rule) => rule.ruleId));
  const stray = COLOUR_RULES.filter((id) => !ours.has(id));
  if (stray.length > 0) throw new Error(`COLOUR_RULES outside WCAG 2.2 AA in axe-core ${axe.version}: ${stray.join(', ')}`);
}

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

/**
 * axe-core's WCAG 2.2 AA violations on the page as it is now (or those of `rules` only), as readable lines.
 * axe-core is injected once per document and run there (axe.run): @axe-core/playwright's AxeBuilder injects its
 * 500 kB twice a call and finishes each run in a new page, several seconds on a busy machine. A page with frames
 * gets AxeBuilder's run, which tests every frame; the site has none.
 */
export async function axeViolations(page: Page, { rules }: { rules?: readonly string[] } = {}): Promise<string[]> {
  const options: axe.RunOptions = {
    runOnly: rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: AXE_TAGS },
    // Every violating node still reported; passes and the like kept to one node each, as only violations are read.
    resultTypes: ['violations'],
  };
  let violations: axe.Result[];
  if (page.frames().length > 1) {
    ({ violations } = await new AxeBuilder({ page }).options(options).analyze());
  } else {
    if (!(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function'))) {
      await page.evaluate(axe.source);
    }
    violations = await page.evaluate(
      async (options) => (await (window as unknown as { axe: typeof axe }).axe.run(document, options)).violations,
      options,
    );
  }
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The visible text of an element with white space folded, for comparing with the client's text. */
export async function foldedText(page: Page, selector = 'main'): Promise<string> {
  const text = await page.locator(selector).innerText();
  return text.replace(/\s+/g, ' ').trim();
}
