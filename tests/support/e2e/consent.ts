import type { BrowserContext, Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, GTAG_URL } from './fixtures';
import type { Locale } from '../../../src/i18n/locales';
import { localeOfPath } from '../../../src/i18n/routes';
import { CONSENT_ROOT_ID, READY_ATTRIBUTE } from '../../../src/consent/first-paint';
import { QUEUE_KEY } from '../../../src/consent/records/sender';

/** The build's GA4 measurement ID: PUBLIC_GA_ID when the suite was built with one, else the placeholder. */
export const GA_ID = process.env.PUBLIC_GA_ID?.trim() || 'G-XXXXXXXXXX';
/** The cookie GA4 keeps per property. */
export const GA_SESSION_COOKIE = `_ga_${GA_ID.replace(/^G-/, '')}`;
/** gtag.js for this build's ID, as the site must request it after opt-in. */
export const GTAG_REQUEST = `${GTAG_URL}?id=${GA_ID}`;

/** The first layer: a banner region named "Cookies". */
export function banner(page: Page): Locator {
  return page.getByRole('region', { name: 'Cookies', exact: true });
}

/** The labels a visitor looks for, in each language. */
export const LABELS = {
  sv: { title: 'Får vi använda cookies för statistik?',
    withdraw: 'Ändra eller återkalla ditt val när som helst under Cookieinställningar längst ned på varje sida.',
    settings: 'Cookieinställningar', acceptAll: 'Godkänn alla', rejectAll: 'Neka alla' },
  en: { title: 'May we use cookies for statistics?',
    withdraw: 'Change or withdraw your choice at any time under Cookie settings at the bottom of every page.',
    settings: 'Cookie settings', acceptAll: 'Accept all', rejectAll: 'Reject all' },
} as const satisfies Record<Locale, Record<string, string>>;

/** The second layer: the preferences dialog. */
export function preferences(page: Page, locale: Locale = 'sv'): Locator {
  return page.getByRole('dialog', { name: LABELS[locale].settings });
}

/** The footer's Cookieinställningar (Cookie settings) button. */
export function footerSettings(page: Page, locale: Locale = 'sv'): Locator {
  return page.getByRole('contentinfo').getByRole('button', { name: LABELS[locale].settings });
}

/** Waits until the consent script has run: it marks the consent root once it handles the buttons itself (src/consent/first-paint.ts). */
export async function consentReady(page: Page): Promise<void> {
  await expect(page.locator(`#${CONSENT_ROOT_ID}`)).toHaveAttribute(READY_ATTRIBUTE, '');
}

/**
 * Whether the page has asked for gtag.js: the GA loader's one way to reach Google (src/consent/analytics.ts). Once the
 * consent script is ready (openPage waits for it), its decision is made: no such script now means none on this page.
 */
export async function gtagRequested(page: Page): Promise<boolean> {
  return (await page.locator(`script[src^="${GTAG_URL}"]`).count()) > 0;
}

/** Open a page and wait until the consent script has run; the footer's settings button shows, in the page's language. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await consentReady(page);
  await expect(footerSettings(page, localeOfPath(path))).toBeVisible();
}

/** What makes one button look heavier than another. */
const WEIGHT_PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'color',
  'background-color',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-radius',
  'padding-top',
  'padding-left',
  'text-decoration-line',
  'box-shadow',
] as const;

async function looks(button: Locator): Promise<Record<string, string>> {
  return button.evaluate(
    (el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)])),
    [...WEIGHT_PROPERTIES],
  );
}

async function box(button: Locator) {
  const b = await button.boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

/** Accept all and Reject all in `scope` look alike and are the same size; returns their boxes. */
export async function expectEqualWeight(scope: Locator, locale: Locale = 'sv') {
  const accept = scope.getByRole('button', { name: LABELS[locale].acceptAll });
  const reject = scope.getByRole('button', { name: LABELS[locale].rejectAll });
  await expect(accept).toBeVisible();
  await expect(reject).toBeVisible();
  expect(await looks(reject)).toEqual(await looks(accept));
  const [a, r] = [await box(accept), await box(reject)];
  expect(Math.abs(a.width - r.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(a.height - r.height)).toBeLessThanOrEqual(1);
  return { a, r };
}

/** Requests to any Google host. */
export function googleRequests(foreign: string[]): string[] {
  return foreign.filter((url) => /(^|\.)google(tagmanager|-analytics)?\.com$|(^|\.)doubleclick\.net$/.test(new URL(url).hostname));
}

/** Names of GA's cookies in the browser, on any domain. */
export async function gaCookies(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).filter((c) => /^_ga(_|$)/.test(c.name)).map((c) => `${c.name}@${c.domain}`);
}

/**
 * Whether the visitor's choice is stored. The browser stores a cookie that a script wrote a moment later,
 * so right after a click, poll this (`expect.poll`) rather than read it once.
 */
export async function hasConsentCookie(context: BrowserContext): Promise<boolean> {
  return (await context.cookies()).some((c) => c.name === 'cc_cookie');
}

/** window.dataLayer as plain arrays (gtag pushes `arguments` objects). */
export async function dataLayer(page: Page): Promise<unknown[][]> {
  return page.evaluate(() =>
    ((window as unknown as { dataLayer?: ArrayLike<unknown>[] }).dataLayer ?? []).map((entry) => Array.from(entry)),
  );
}

/** Makes the browser send Global Privacy Control, as Firefox, Brave or DuckDuckGo can. */
export async function sendGlobalPrivacyControl(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
  });
}

/** The WCAG 2 A/AA rules of axe (fixtures.ts's AXE_TAGS) that colours alone can change: contrast, links told apart from text. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's colour rules only, as readable lines: a second pass after a change that only recolours the page (dark mode),
 * where the first pass ran every rule.
 */
export async function axeColourViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * One page in each language, for checks that every page would only repeat: every page carries its language's consent
 * root and the same scripts, differing only in whether GA may load there (tests/site/consent.test.ts checks that of
 * each page), so a flow through these two speaks for the others. Walks of every page: analytics.spec.ts.
 */
export const ONE_PAGE_PER_LANGUAGE = ['/kontakt/', '/en/privacy-policy/'] as const;

/** The names the table on /cookies/ declares, as patterns: `_ga_<mätnings-ID>` stands for the property's cookie, whatever its ID. */
export async function declaredCookies(page: Page): Promise<RegExp[]> {
  await page.goto('/cookies/');
  const names = await page.getByRole('list', { name: 'Cookies på webbplatsen' }).getByRole('heading').allInnerTexts();
  expect(names.length).toBeGreaterThanOrEqual(4);
  return names.map((name) => new RegExp(`^${name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '[A-Z0-9]+')}$`));
}

/**
 * The browser's cookies and web storage that /cookies/ does not declare (it goes there to read the table). The table
 * declares cookies; the only web storage is the queue of consent records not yet sent, which the supplement declares
 * (in local storage, until sent).
 */
export async function undeclared(page: Page, context: BrowserContext): Promise<string[]> {
  const held = (await context.cookies()).map((c) => c.name);
  const storage = await page.evaluate(() => [...Object.keys(localStorage).map((k) => `local:${k}`), ...Object.keys(sessionStorage).map((k) => `session:${k}`)]);
  const declared = await declaredCookies(page);
  const queueDeclared = (await page.locator('#kompletterande-information').innerText()).includes('lokala lagring');
  return [
    ...held.filter((name) => !declared.some((pattern) => pattern.test(name))),
    ...storage.filter((item) => !(queueDeclared && item === `local:${QUEUE_KEY}`)),
  ];
}

/** The names of the cookies the browser holds, sorted. */
export async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((c) => c.name).sort();
}
