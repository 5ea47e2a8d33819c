/**
 * Proof of consent: every choice a visitor makes in the banner, in a real browser, is recorded on the server once,
 * with its categories, how it was made and the version of the text shown; page views record nothing; a record that
 * could not be sent goes with the next page. In both languages, against the suite's server and its SQLite file; the
 * stores themselves (SQLite and PostgreSQL alike) are tests/stores/, a choice landing in PostgreSQL records-store.spec.ts.
 * Page views of two other pages stand for every page's: each carries its language's consent root and the same scripts
 * (tests/site/consent.test.ts).
 */
import { banner, footerSettings, LABELS, ONE_PAGE_PER_LANGUAGE, openPage, preferences, sendGlobalPrivacyControl, STORAGE_TABLE } from '../../support/e2e/consent';
import { builtManifest, expect, storedConsentId, recordsOf, recordsTest as test, waitingRecords } from '../../support/e2e/records';
import { swedishPages, englishPages } from '../../support/site-pages';
import type { Locale } from '../../../src/i18n/locales';
import { localeOfPath } from '../../../src/i18n/routes';

/** What a visitor reads in each language, beyond the banner's own buttons (LABELS). */
const TEXT = {
  sv: { analytics: 'Statistik', save: 'Spara mina val', settings: 'Inställningar', consentId: 'Ditt samtyckes-ID', changed: 'Senast ändrat', none: 'Du har inte gjort något val ännu.' },
  en: { analytics: 'Statistics', save: 'Save my choices', settings: 'Settings', consentId: 'Your consent ID', changed: 'Last changed', none: 'You have not made a choice yet.' },
} as const satisfies Record<Locale, Record<string, string>>;

const PAGES = { sv: swedishPages, en: englishPages };

for (const locale of ['sv', 'en'] as const) {
  const home = PAGES[locale].find((p) => p.key === 'home')!;
  const cookies = PAGES[locale].find((p) => p.key === 'cookies')!;
  /** A page of another template, in this language. */
  const other = ONE_PAGE_PER_LANGUAGE.find((path) => localeOfPath(path) === locale)!;
  const label = LABELS[locale];
  const text = TEXT[locale];

  test.describe(locale, () => {
    test('"accept all" gives one record, the page views after it none; withdrawal is a second record, and the dialog shows the consent ID to quote and when it changed', async ({ page, context, consentStore }) => {
      const { texts } = builtManifest();
      await openPage(page, home.path);
      await banner(page).getByRole('button', { name: label.acceptAll }).click();
      await expect(banner(page)).toBeHidden();
      const id = await storedConsentId(context);

      await test.step('"accept all" gives one record, and the page views after it none', async () => {
        await expect.poll(async () => (await recordsOf(consentStore, id)).length).toBe(1);
        for (const path of [other, cookies.path]) await openPage(page, path);
        const records = await recordsOf(consentStore, id);
        expect(records).toHaveLength(1);
        expect(records[0]).toMatchObject({
          consentId: id,
          method: 'accept-all',
          accepted: ['necessary', 'analytics'],
          rejected: [],
          revision: 1,
          locale,
          path: home.path,
          textVersion: texts.find((t) => t.locale === locale)!.version,
        });
        // The server's time, not the browser's: within this test's run.
        expect(Date.now() - Date.parse(records[0]!.recordedAt)).toBeLessThan(10 * 60_000);
      });

      await test.step('withdrawal is a second record; the dialog shows the consent ID to quote and when it changed', async () => {
        await footerSettings(page, locale).click();
        const dialog = preferences(page, locale);
        await expect(dialog).toContainText(`${text.consentId}: ${id}`, { useInnerText: true });
        await expect(dialog).toContainText(`${text.changed}: `, { useInnerText: true });
        // One state only: the words for no choice yet are not shown beside the ID (innerText leaves out what is hidden).
        await expect(dialog).not.toContainText(text.none, { useInnerText: true });
        await dialog.getByRole('button', { name: label.rejectAll }).click();
        await expect(dialog).toBeHidden();
        await expect.poll(async () => (await recordsOf(consentStore, id)).map((r) => [r.method, r.rejected, r.path])).toEqual([
          ['accept-all', [], home.path],
          ['withdrawal', ['analytics'], cookies.path],
        ]);
      });
    });

    test('"reject all" made offline gives one record refusing statistics, sent with the next page and stored once; all the browser then holds is in the cookie page\'s table', async ({ page, context, consentStore }) => {
      await openPage(page, cookies.path);
      await context.setOffline(true);
      await banner(page).getByRole('button', { name: label.rejectAll }).click();
      await expect(banner(page)).toBeHidden();
      const id = await storedConsentId(context);
      // The browser has it, waiting; the server has nothing yet.
      await expect.poll(() => waitingRecords(page)).toContain(id);
      expect(await recordsOf(consentStore, id)).toEqual([]);

      await test.step('every cookie and storage key the browser holds after the choice is in the table on this page', async () => {
        const held = await page.evaluate(() => [
          ...document.cookie.split(';').map((pair) => pair.split('=', 1)[0]!.trim()).filter(Boolean),
          ...Object.keys(localStorage),
          ...Object.keys(sessionStorage),
        ]);
        // The choice and the record waiting to be sent, at least: what the table must name.
        expect(held).toEqual(expect.arrayContaining(['cc_cookie', 'consent-records']));
        const table = await page.getByRole('list', { name: STORAGE_TABLE[locale] }).getByRole('heading').allInnerTexts();
        expect(held.filter((name) => !table.map((shown) => shown.trim()).includes(name))).toEqual([]);
      });

      await context.setOffline(false);
      await openPage(page, home.path);
      await expect.poll(() => waitingRecords(page)).toBeNull();
      const refusal = [['reject-all', ['necessary'], ['analytics'], cookies.path]];
      await expect.poll(async () => (await recordsOf(consentStore, id)).map((r) => [r.method, r.accepted, r.rejected, r.path])).toEqual(refusal);
      await openPage(page, other);
      expect((await recordsOf(consentStore, id)).map((r) => [r.method, r.accepted, r.rejected, r.path])).toEqual(refusal);
    });

    test('a custom choice in the preferences is recorded as one', async ({ page, context, consentStore }) => {
      await openPage(page, home.path);
      await banner(page).getByRole('button', { name: text.settings, exact: true }).click();
      const dialog = preferences(page, locale);
      // Before any choice: the words for no choice yet, and no empty consent ID or time.
      await expect(dialog).toContainText(text.none, { useInnerText: true });
      await expect(dialog).not.toContainText(text.consentId, { useInnerText: true });
      await expect(dialog).not.toContainText(`${text.changed}:`, { useInnerText: true });
      await dialog.getByRole('checkbox', { name: text.analytics }).check();
      await dialog.getByRole('button', { name: text.save }).click();
      await expect(dialog).toBeHidden();
      const id = await storedConsentId(context);
      await expect.poll(async () => (await recordsOf(consentStore, id)).map((r) => [r.method, r.accepted, r.rejected])).toEqual([
        ['custom', ['necessary', 'analytics'], []],
      ]);
    });

    test('Global Privacy Control is recorded once as a refusal, without a banner', async ({ page, context, consentStore }) => {
      await sendGlobalPrivacyControl(context);
      await openPage(page, home.path);
      await expect(banner(page)).toBeHidden();
      const id = await storedConsentId(context);
      await openPage(page, cookies.path);
      await expect.poll(async () => (await recordsOf(consentStore, id)).map((r) => [r.method, r.accepted, r.rejected])).toEqual([
        ['gpc', ['necessary'], ['analytics']],
      ]);
    });
  });
}
