/**
 * Fixtures for the consent-record tests in the browser: the suite's own server records to an SQLite file
 * (playwright.config.ts), which each worker reads as the company would; and the consent ID the banner gave a browser.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { consentDbPath } from '../../../playwright.config';
import { openConsentStore, type ConsentStore } from '../../../src/consent/records/store';
import { QUEUE_KEY } from '../../../src/consent/records/sender';

export { expect };
export { builtManifest, createTestStore, recordsOf } from '../consent-store';

/** A `test` with the suite's server's consent store, opened once per worker (pages go to the suite's server). */
export const recordsTest = base.extend<object, { consentStore: ConsentStore }>({
  consentStore: [
    async ({}, use) => {
      const store = await openConsentStore({ kind: 'sqlite', file: consentDbPath });
      await use(store);
      await store.close();
    },
    { scope: 'worker' },
  ],
});

/** The consent ID in the browser's consent cookie (vanilla-cookieconsent's `consentId`), or '' while there is none. */
async function consentIdOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'cc_cookie');
  return cookie ? (JSON.parse(decodeURIComponent(cookie.value)) as { consentId: string }).consentId : '';
}

/** The consent ID the banner gave this browser, once its cookie holds the choice (written a moment after a click). */
export async function storedConsentId(context: BrowserContext): Promise<string> {
  await expect.poll(() => consentIdOf(context), { message: 'the choice is stored in the browser' }).not.toBe('');
  return consentIdOf(context);
}

/** The records the browser holds, waiting to be sent (sender.ts), as it stores them; null once none waits. */
export function waitingRecords(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), QUEUE_KEY);
}
