/**
 * The inline script that runs before the first paint: its rule agrees with the banner's (decision.ts), its text runs on
 * nothing but what it is given, and its hash is the hash of the text the page carries.
 */
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { shouldShowBanner } from '../../../src/consent/decision';
import { ASK_CLASS, asksAtFirstPaint, CONSENT_ROOT_ID, SCRIPT_ATTRIBUTE, SCRIPT_CLASS } from '../../../src/consent/first-paint';
import { firstPaintOptions, firstPaintScript } from '../../../src/consent/first-paint.server';

const booleans = [false, true];

describe('the first layer at the first paint', () => {
  it('shows exactly when the banner would be pushed: no stored choice, no GPC, not an automated browser', () => {
    for (const storedChoice of booleans) {
      for (const gpc of booleans) {
        for (const automated of booleans) {
          const facts = { storedChoice, gpc, automated, hideFromBots: true };
          const banner = shouldShowBanner({ hasChoice: storedChoice, analyticsAccepted: false, gpc });
          expect(asksAtFirstPaint(facts), JSON.stringify(facts)).toBe(banner && !automated);
        }
      }
    }
    expect(asksAtFirstPaint({ storedChoice: false, gpc: false, automated: true, hideFromBots: false })).toBe(true);
  });
});

/** A document and window with only what the script touches, recording what it did. */
function fakePage(cookie: string, nav: { webdriver?: boolean; globalPrivacyControl?: boolean }) {
  const classes = new Set<string>();
  const appended: { type: string; src: string }[] = [];
  const root = new Map<string, string>([[SCRIPT_ATTRIBUTE, '/_astro/start.js']]);
  let paintObserver: ((list: { getEntriesByName: (name: string) => unknown[] }, observer: { disconnect: () => void }) => void) | undefined;
  const doc = {
    cookie,
    readyState: 'interactive',
    documentElement: {
      classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)), add: (name: string) => classes.add(name) },
    },
    addEventListener: () => undefined,
    getElementById: (id: string) =>
      id === CONSENT_ROOT_ID
        ? {
            getAttribute: (name: string) => root.get(name) ?? null,
            hasAttribute: (name: string) => root.has(name),
            setAttribute: (name: string, value: string) => root.set(name, value),
          }
        : null,
    createElement: () => ({ type: '', src: '' }),
    head: { append: (script: { type: string; src: string }) => appended.push(script) },
  };
  const win = {
    navigator: nav,
    PerformanceObserver: Object.assign(
      function (this: unknown, callback: typeof paintObserver) {
        paintObserver = callback;
        return { observe: () => undefined };
      },
      { supportedEntryTypes: ['paint'] },
    ),
    requestAnimationFrame: () => 0,
    setTimeout: () => 0,
  };
  return {
    // In a context of its own holding only document and window: the script may use nothing else.
    run: (code: string) => runInNewContext(code, { document: doc, window: win }) as void,
    classes,
    appended,
    root,
    paint: () => paintObserver?.({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) }, { disconnect: () => undefined }),
  };
}

describe('the inline script', () => {
  const { code, hash } = firstPaintScript();

  it("is allowed by its hash, the SHA-256 of the page's script text", () => {
    expect(hash).toBe(`sha256-${createHash('sha256').update(code).digest('base64')}`);
    expect(code).toContain(JSON.stringify(firstPaintOptions));
  });

  it('marks the page for the first layer when the visitor has not chosen, not when a choice is stored or GPC refused; always for the settings buttons', () => {
    const fresh = fakePage('other=1', { webdriver: false });
    fresh.run(code);
    expect([...fresh.classes].sort()).toEqual([ASK_CLASS, SCRIPT_CLASS].sort());
    const chosen = fakePage(`other=1; ${firstPaintOptions.cookieName}=%7B%7D`, { webdriver: false });
    chosen.run(code);
    expect([...chosen.classes]).toEqual([SCRIPT_CLASS]);
    const gpc = fakePage('', { globalPrivacyControl: true });
    gpc.run(code);
    expect([...gpc.classes]).toEqual([SCRIPT_CLASS]);
  });

  it('requests the consent script only once the first contentful paint is reported, and once', () => {
    const page = fakePage('', {});
    page.run(code);
    expect(page.appended).toEqual([]);
    page.paint();
    page.paint();
    expect(page.appended).toEqual([{ type: 'module', src: '/_astro/start.js' }]);
  });
});
