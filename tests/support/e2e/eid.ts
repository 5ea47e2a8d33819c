/**
 * Test fixtures for the e-ID in a browser: the form's app and SMTP server (requests.ts) with a real OpenID provider on
 * loopback (../oidc.ts) configured as its broker, and a helper that logs in as a person would. Without a browser:
 * ../oidc-visitor.ts.
 */
import type { Page } from '@playwright/test';
import { requestTest, expect } from './requests';
import { unusedPort } from '../smtp';
import { eidEnv, eva, startProvider, type ClaimVariant, type TestProvider } from '../oidc';
import { EID_WORDS, EVA_PIECES, RETURN_PATH } from '../fixtures/eid';
import type { Locale } from '../../../src/i18n/locales';
import { ROUTES } from '../../../src/i18n/routes';

export { eva, EID_WORDS, EVA_PIECES, RETURN_PATH };

type EidWorker = { provider: TestProvider };

/** A `test` whose app (one per worker) has e-ID through a provider of its own, giving the personnummer this way. */
export function eidTest(variant: ClaimVariant) {
  // The provider's port is chosen first: the app must know its issuer when it starts, and the provider the app's address.
  let port: number | undefined;
  return requestTest({
    env: async () => {
      port = await unusedPort();
      return { RATE_LIMIT_MAX: '1000', ...eidEnv(`http://127.0.0.1:${port}`, variant) };
    },
  }).extend<object, EidWorker>({
    provider: [
      async ({ app }, use) => {
        const provider = await startProvider({ port: port!, redirectUris: [`${app.url}${RETURN_PATH}`], variant });
        await use(provider);
        await provider.stop();
      },
      { scope: 'worker', auto: true },
    ],
  });
}

/** Opens the form and starts the e-ID; at the provider, logs in as Eva unless the provider still knows her. Ends back on the form. */
export async function loginWithEid(page: Page, locale: Locale, provider: Pick<TestProvider, 'issuer'>, at?: { cancel?: boolean }): Promise<void> {
  await page.goto(ROUTES.request[locale]);
  await page.getByRole('link', { name: EID_WORDS[locale].start }).click();
  const providerHost = new URL(provider.issuer).host;
  await page.waitForURL((url) => url.host === providerHost || url.pathname === ROUTES.request[locale]);
  if (new URL(page.url()).host === providerHost) {
    if (at?.cancel) {
      await page.getByRole('link', { name: '[ Cancel ]' }).click();
    } else {
      await page.locator('input[name="login"]').fill(eva.login);
      await page.locator('input[name="password"]').fill('any password');
      await page.getByRole('button', { name: 'Sign-in' }).click();
    }
  }
  await page.waitForURL((url) => url.pathname === ROUTES.request[locale]);
}

export { expect };
