import { test, expect } from '../../support/e2e/fixtures';
import { recordCspViolations } from '../../support/e2e/csp';
import { banner, footerSettings, openPage, preferences } from '../../support/e2e/consent';

// The browser enforces the site's Content-Security-Policy through every step of the consent flows: the banner refused
// and GA after consent, on every page, are the walks in analytics.spec.ts; the preferences here.

test('the preferences: opened, categories expanded, Statistik switched and saved, reopened, without a CSP violation; and the recorder works', async ({ page }) => {
  const violations = await recordCspViolations(page);

  await test.step('the preferences, without a CSP violation', async () => {
    await openPage(page, '/');
    await banner(page).getByRole('button', { name: 'Inställningar' }).click();
    const dialog = preferences(page);
    await expect(dialog).toBeVisible();
    for (const name of ['Nödvändiga', 'Statistik']) await dialog.getByRole('button', { name, exact: true }).click();
    await dialog.getByRole('checkbox', { name: 'Statistik' }).check();
    await dialog.getByRole('checkbox', { name: 'Statistik' }).uncheck();
    await dialog.getByRole('button', { name: 'Spara mina val' }).click();
    await expect(dialog).toBeHidden();

    await openPage(page, '/cookies/');
    await footerSettings(page).click();
    await expect(preferences(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(preferences(page)).toBeHidden();
    expect(await violations()).toEqual([]);
  });

  await test.step('a host the policy does not name is blocked, and reported even after the visitor moved on (the recorder works)', async () => {
    await page.evaluate(() => {
      new Image().src = 'https://tracker.example/pixel.gif';
    });
    const blocked = expect.arrayContaining([expect.stringContaining('img-src blocked https://tracker.example/pixel.gif')]);
    await expect.poll(violations).toEqual(blocked);
    await openPage(page, '/kontakt/');
    expect(await violations()).toEqual(blocked);
  });
});
