/**
 * The form in the browser: what only a browser shows, in both languages with JavaScript off and on. The questions
 * that apply appear (CSS) and take their place in the tab order; the server's errors take focus, and a link of the
 * error summary leads to its field; the summary looks the same with and without scripts; axe with the conditional
 * questions showing and with errors; the form on a phone. What the server answers (every kind of wrong answer, its
 * messages and the answers kept, the empty form's facts) is read without a browser in tests/site/requests/form.test.ts.
 */
import type { Locator, Page } from '@playwright/test';
import { deliveryTest as test, expect, axeViolations, anna, fillForm, invalidPosts, FORM_LABELS, FORM_PAGE, type FormField } from '../../support/e2e/requests';
import { consentReady } from '../../support/e2e/consent';
import { LOCALES, type Locale } from '../../../src/i18n/locales';

// Its tests run in order in one worker, on the app and SMTP server the request files share (deliveryTest).
test.describe.configure({ mode: 'default' });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each question as a person finds it: by its label or legend, in the page's language. */
function control(page: Page, field: FormField, locale: Locale = 'sv'): Locator {
  switch (field) {
    case 'type':
      return page.getByRole('group', { name: FORM_PAGE[locale].typeLegend });
    case 'answerChannel':
      return page.getByRole('group', { name: FORM_PAGE[locale].channelLegend });
    default:
      return page.getByRole('textbox', { name: FORM_LABELS[locale].fields[field] });
  }
}

/** The GOV.UK pattern, checked as a visitor with a screen reader meets it, in the page's language. */
async function expectErrors(page: Page, expected: Partial<Record<FormField, string>>, locale: Locale = 'sv'): Promise<void> {
  const words = FORM_PAGE[locale];
  await expect(page).toHaveTitle(`${words.error} ${words.title}`);
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText(words.problem);
  // One link per problem, in the form's order, each leading to its field.
  await expect(summary.getByRole('link')).toHaveText(Object.values(expected));
  for (const [field, message] of Object.entries(expected) as [FormField, string][]) {
    const element = control(page, field, locale);
    // The message beside the field, announced with it.
    await expect(element).toHaveAccessibleDescription(new RegExp(`${words.error} ${escape(message)}`));
    if (field !== 'type' && field !== 'answerChannel') await expect(element).toHaveAttribute('aria-invalid', 'true');
  }
}

/** The conditional questions, as a visitor reads them in each language: the test's own words. */
const CONDITIONAL = {
  sv: {
    abroad: 'Nej, jag är inte folkbokförd i Sverige',
    sweden: 'Ja, jag är folkbokförd i Sverige',
    addressGroup: 'Din folkbokföringsadress',
    abroadAddress: 'Adressrad 1',
    country: 'Land',
    postcode: 'Postnummer',
    noNumber: 'Nej, jag har inget svenskt personnummer eller samordningsnummer',
    hasNumber: 'Ja',
    birthDate: 'Födelsedatum',
    letterHome: 'Med brev till din folkbokföringsadress',
    letterGiven: 'Med brev till den adress du har angett',
    electronic: 'Elektroniskt',
    emailRequired: 'E-post',
    emailOptional: 'E-post (frivilligt)',
  },
  en: {
    abroad: 'No, I am not registered in Sweden',
    sweden: 'Yes, I am registered in Sweden',
    addressGroup: 'Your registered address in Sweden',
    abroadAddress: 'Address line 1',
    country: 'Country',
    postcode: 'Postcode',
    noNumber: 'No, I have neither a Swedish personnummer nor a coordination number',
    hasNumber: 'Yes',
    birthDate: 'Date of birth',
    letterHome: 'By post to your registered address',
    letterGiven: 'By post to the address you have given',
    electronic: 'Electronically',
    emailRequired: 'Email',
    emailOptional: 'Email (optional)',
  },
} as const satisfies Record<Locale, unknown>;

// The same in every language, with JavaScript off (the questions appear by CSS alone) and on (no script gets in the way).
for (const locale of LOCALES) {
  const words = FORM_PAGE[locale];
  const labels = FORM_LABELS[locale];
  const c = CONDITIONAL[locale];
  for (const javaScriptEnabled of [false, true]) {
    test.describe(`${locale}, with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });

      test('the questions that apply appear; the server\'s errors take focus and their links lead to the fields, every answer kept, nothing sent', async ({ page, smtp }) => {
        await page.goto(words.path);

        await test.step('the Rättelse question comes right after the type, only for a Rättelse', async () => {
          await expect(control(page, 'correction', locale)).toBeHidden();
          await page.getByRole('radio', { name: labels.rattelse }).check();
          await expect(control(page, 'correction', locale)).toBeVisible();
          // Next in the tab order after the choice of type.
          await page.getByRole('radio', { name: labels.rattelse }).focus();
          await page.keyboard.press('Tab');
          await expect(control(page, 'correction', locale)).toBeFocused();
          await page.getByRole('radio', { name: labels.registerutdrag }).check();
          await expect(control(page, 'correction', locale)).toBeHidden();
        });

        await test.step('the address abroad replaces the Swedish one when chosen, and the date of birth appears without a number', async () => {
          const abroadAddress = page.getByRole('textbox', { name: c.abroadAddress, exact: true });
          const postcode = page.getByRole('textbox', { name: c.postcode, exact: true });
          await expect(abroadAddress).toBeHidden();
          await expect(postcode).toBeVisible();
          await page.getByRole('radio', { name: c.abroad }).check();
          await expect(abroadAddress).toBeVisible();
          await expect(page.getByRole('textbox', { name: c.country, exact: true })).toBeVisible();
          await expect(postcode).toBeHidden();
          const birthDate = page.getByRole('textbox', { name: c.birthDate, exact: true });
          await expect(birthDate).toBeHidden();
          await page.getByRole('radio', { name: c.noNumber }).check();
          await expect(birthDate).toBeVisible();
          // The questions that appear are as accessible as the rest of the form (axe runs as a script in the page, so only where scripts run).
          if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
          await page.getByRole('radio', { name: c.hasNumber, exact: true }).check();
          await expect(birthDate).toBeHidden();
          await page.getByRole('radio', { name: c.sweden }).check();
          await expect(abroadAddress).toBeHidden();
          await expect(postcode).toBeVisible();
        });

        await test.step('no channel is chosen for the visitor; electronic reveals the e-mail field right under it; the letter says where it goes', async () => {
          const letterHome = page.getByRole('radio', { name: c.letterHome, exact: true });
          const electronic = page.getByRole('radio', { name: c.electronic, exact: true });
          await expect(letterHome).not.toBeChecked();
          await expect(electronic).not.toBeChecked();
          const anyEmail = page.getByRole('textbox', { name: FORM_LABELS[locale].fields.email });
          await expect(anyEmail).toBeHidden();
          await electronic.check();
          const email = page.getByRole('textbox', { name: c.emailRequired, exact: true });
          await expect(email).toBeVisible();
          // Right under the option: its label starts just below the option's hint, indented behind the reveal's bar.
          const option = await electronic.locator('xpath=..').boundingBox();
          const field = await email.locator('xpath=..').boundingBox();
          expect(field!.y - (option!.y + option!.height)).toBeGreaterThanOrEqual(0);
          expect(field!.y - (option!.y + option!.height)).toBeLessThan(24);
          expect(field!.x).toBeGreaterThan(option!.x + 20);
          // Next in the tab order after the choice.
          await electronic.focus();
          await page.keyboard.press('Tab');
          await expect(email).toBeFocused();
          // A letter: the field stays, for the receipt, and says it is optional.
          await letterHome.check();
          await expect(page.getByRole('textbox', { name: c.emailOptional, exact: true })).toBeVisible();
          // Not folkbokförd: the letter goes to the address given, not to a folkbokföringsadress.
          await page.getByRole('radio', { name: c.abroad }).check();
          await expect(page.getByRole('radio', { name: c.letterGiven, exact: true })).toBeChecked();
          await expect(page.getByRole('radio', { name: c.letterHome, exact: true })).toHaveCount(0);
          await page.getByRole('radio', { name: c.sweden }).check();
          await expect(letterHome).toBeChecked();
        });

        const post = invalidPosts(locale).find((candidate) => candidate.follow)!;
        await test.step(`the server answers ${post.name}: the error summary takes focus, its link leads to the field`, async () => {
          const attempts = smtp.attempts;
          await fillForm(page, post.fields, locale);
          const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: words.submit }).click()]);
          expect(response.status()).toBe(400);
          expect(new URL(response.url()).pathname).toBe(words.path);
          await expectErrors(page, post.errors, locale);
          for (const field of ['name', 'personnummer', 'address', 'postalCode', 'city', 'email', 'phone', 'caseNumber', 'correction'] as const) {
            if (post.fields[field] !== undefined) await expect(control(page, field, locale)).toHaveValue(post.fields[field]);
          }
          await expect(page.getByRole('radio', { name: labels.rattelse })).toBeChecked();
          // A field in error inside the address's inset: its red bar takes the grey bar's place, its input in line with the others.
          const wrong = await control(page, 'postalCode', locale).boundingBox();
          const right = await control(page, 'address', locale).boundingBox();
          expect(wrong!.x).toBeCloseTo(right!.x, 0);
          const bar = await page.getByRole('group', { name: c.addressGroup }).locator('xpath=..').boundingBox();
          const marked = await control(page, 'postalCode', locale).locator('xpath=..').boundingBox();
          expect(marked!.x).toBeCloseTo(bar!.x, 0);
          // The page with its errors (axe needs scripts).
          if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
          // A link in the error summary takes the visitor to the field.
          await page.locator('[data-error-summary]').getByRole('link', { name: post.errors[post.follow!]! }).click();
          await expect(page).toHaveURL(new RegExp(`#request-${post.follow}$`));
          await expect(control(page, post.follow!, locale)).toBeFocused();
          expect(smtp.attempts).toBe(attempts);
        });
      });
    });
  }
}

test('the error summary looks the same with JavaScript on and off', async ({ browser, baseURL }) => {
  /** Computed styles of the summary, its heading and its first link, after an invalid post. */
  async function summaryStyles(javaScriptEnabled: boolean) {
    const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/dina-uppgifter/');
    await fillForm(page, { ...anna, postalCode: '1234' });
    await page.getByRole('button', { name: 'Skicka begäran' }).click();
    const summary = page.locator('[data-error-summary]');
    await expect(summary).toBeVisible();
    const read = (locator: Locator) =>
      locator.evaluate((element) => {
        const style = getComputedStyle(element);
        return ['color', 'font-weight', 'font-size', 'border-top-width', 'border-top-color', 'padding-top', 'text-decoration-line'].map((name) => style.getPropertyValue(name));
      });
    const styles = { box: await read(summary), heading: await read(summary.getByRole('heading')), link: await read(summary.getByRole('link').first()) };
    await context.close();
    return styles;
  }
  const off = await summaryStyles(false);
  const on = await summaryStyles(true);
  expect(on).toEqual(off);
  // And the links are the summary's own: red and bold, as GOV.UK draws them.
  expect(off.link[1]).toBe('700');
  expect(off.link[0]).toBe(off.box[4]);
});

test('the empty form loads no script of its own', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/dina-uppgifter/');
  // (Its WCAG 2.2 AA check with axe is tour.spec.ts's, on every page; its questions and facts are read in tests/site/requests/form.test.ts.)
  // Every script the page asks for has been asked for once the consent script, requested after the first paint, has run.
  await consentReady(page);
  expect(scripts.length).toBeGreaterThan(0);
  // No copy of the schema in the browser: the server checks the answers.
  expect(scripts.filter((path) => /schema|browser/i.test(path))).toEqual([]);
});

test('on a phone, at 360 and at 320 px: at most three paragraphs before the first question, no horizontal scroll, radios as large as inputs, axe clean', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/dina-uppgifter/');
  // One load, then the narrower screen: the layout follows the viewport, as on a fresh load.
  for (const width of [360, 320]) {
    await test.step(`at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 740 });
      const before = await page.locator('main').evaluate((main) => {
        const form = main.querySelector('form')!;
        return [...main.querySelectorAll('p')].filter((p) => !p.closest('details') && p.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).length;
      });
      expect(before).toBeLessThanOrEqual(3);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const radio = await page.getByRole('radio', { name: 'Registerutdrag' }).boundingBox();
      const input = await control(page, 'name').boundingBox();
      expect(radio!.height).toBeGreaterThanOrEqual(input!.height - 4);
      // The address questions sit together, visibly, under their legend, behind the bar of the choice that asks for them.
      const group = page.getByRole('group', { name: 'Din folkbokföringsadress' });
      await expect(group.getByRole('textbox')).toHaveCount(3);
      expect(await group.locator('xpath=..').evaluate((el) => getComputedStyle(el).borderInlineStartWidth)).not.toBe('0px');
      // The date of birth's example stays on one line.
      await page.getByRole('radio', { name: CONDITIONAL.sv.noNumber }).check();
      const example = page.getByText('1985-04-15', { exact: true });
      await expect(example).toBeVisible();
      expect(await example.evaluate((el) => el.getClientRects().length)).toBe(1);
      await page.getByRole('radio', { name: CONDITIONAL.sv.hasNumber, exact: true }).check();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
