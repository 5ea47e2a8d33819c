import { test, expect } from '../../support/e2e/fixtures';
import { chromiumExecutable, chromiumFlags, hostResolverFlag } from '../../support/browser';
import { baseURL } from '../../../playwright.config';
import { banner, footerSettings, gaCookies, GA_SESSION_COOKIE, openPage, preferences } from '../../support/e2e/consent';

// The site as the public reaches it, on a www. host: GA writes its cookies to the parent domain
// (cookie_domain "auto"), and older visits may have left them host-only or on the www. host itself.
const WWW = 'www.jainkasso.test';
const site = new URL(baseURL);
site.hostname = WWW;

test.use({
  baseURL: site.origin,
  launchOptions: {
    executablePath: chromiumExecutable(),
    args: [...chromiumFlags, hostResolverFlag(`MAP ${WWW} 127.0.0.1`)],
  },
});

test('withdrawal on a www. host deletes GA cookies host-only, on the host and on the parent domain', async ({ page, context }) => {
  await openPage(page, '/');
  await banner(page).getByRole('button', { name: 'Godkänn alla' }).click();
  // The stand-in gtag.js writes to the parent domain, as GA does.
  await expect.poll(() => gaCookies(context)).toEqual(
    expect.arrayContaining(['_ga@.jainkasso.test', `${GA_SESSION_COOKIE}@.jainkasso.test`]),
  );
  const url = site.origin;
  await context.addCookies([
    { name: '_ga', value: 'GA1.1.1.1', url },
    { name: '_ga', value: 'GA1.1.2.2', domain: `.${WWW}`, path: '/' },
    { name: GA_SESSION_COOKIE, value: 'GS2.1.s1', url },
    { name: '_ga_OLDPROPERTY', value: 'GS2.1.s1', domain: '.jainkasso.test', path: '/' },
  ]);
  expect(await gaCookies(context)).toHaveLength(6);

  await footerSettings(page).click();
  await preferences(page).getByRole('button', { name: 'Neka alla' }).click();
  await expect.poll(() => gaCookies(context)).toEqual([]);
});
