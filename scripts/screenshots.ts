/**
 * `npm run screenshots`: current pictures of the site for README and docs, made from the built site (dist/, so run
 * `npm run build` first) served as in production: the banner on a phone, the data-request form, the preferences.
 * Written to docs/screenshots/; run it again after a change to what they show, so they never go stale.
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { startApp } from '../tests/support/app.ts';
import { chromiumExecutable, chromiumFlags, hostResolverFlag } from '../tests/support/browser.ts';
import { CONSENT_ROOT_ID, READY_ATTRIBUTE } from '../src/consent/first-paint.ts';
import { ROUTES } from '../src/i18n/routes.ts';

const out = new URL('../docs/screenshots/', import.meta.url);
const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

interface Shot {
  file: string;
  path: string;
  context: Parameters<import('@playwright/test').Browser['newContext']>[0];
  /** What to do once the consent script is ready, before the picture. */
  then?: (page: Page) => Promise<void>;
  fullPage?: boolean;
}

const shots: Shot[] = [
  { file: 'banner-phone.png', path: ROUTES.home.sv, context: phone },
  {
    file: 'preferences-phone.png',
    path: ROUTES.home.sv,
    context: phone,
    then: async (page) => {
      await page.getByRole('region', { name: 'Cookies', exact: true }).getByRole('button', { name: 'Inställningar' }).click();
      await page.getByRole('dialog', { name: 'Cookieinställningar' }).waitFor();
    },
  },
  {
    file: 'form.png',
    path: ROUTES.request.sv,
    context: { viewport: { width: 1280, height: 800 } },
    // The form as a visitor sees it once the banner is answered.
    then: async (page) => {
      await page.getByRole('region', { name: 'Cookies', exact: true }).getByRole('button', { name: 'Neka alla' }).click();
      await page.getByRole('region', { name: 'Cookies', exact: true }).waitFor({ state: 'hidden' });
    },
    fullPage: true,
  },
];

const server = await startApp({});
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: [...chromiumFlags, hostResolverFlag('MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1')],
});
try {
  await mkdir(out, { recursive: true });
  for (const shot of shots) {
    const context = await browser.newContext({ locale: 'sv-SE', colorScheme: 'light', ...shot.context });
    // A person's browser, not a bot's: vanilla-cookieconsent hides itself when navigator.webdriver is true.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true }));
    const page = await context.newPage();
    await page.goto(server.url + shot.path);
    await page.locator(`#${CONSENT_ROOT_ID}[${READY_ATTRIBUTE}]`).waitFor({ state: 'attached' });
    await shot.then?.(page);
    await page.screenshot({ path: new URL(shot.file, out).pathname, fullPage: shot.fullPage ?? false });
    process.stdout.write(`docs/screenshots/${shot.file}\n`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
