import type { Locator, Page } from '@playwright/test';
import { deliveryTest as test, expect, axeViolations, anna, fillForm, postForm, FORM_LABELS, type RequestFields } from '../../support/e2e/requests';
import { consentReady } from '../../support/e2e/consent';
import { requestText } from '../../../src/i18n/requests';
import { LOCALES, type Locale } from '../../../src/i18n/locales';

// Its tests run in order in one worker, on the app and SMTP server the request files share (deliveryTest).
test.describe.configure({ mode: 'default' });

const t = requestText('sv').errors;
const TITLE = 'Begär registerutdrag eller rättelse – J A Inkasso & Consulting AB';

type Field = 'type' | 'name' | 'personnummer' | 'address' | 'postalCode' | 'city' | 'email' | 'phone' | 'caseNumber' | 'correction';

/** What a visitor reads on the form page in each language: the test's own words, not the site's strings. */
const FORM_PAGE = {
  sv: { path: '/dina-uppgifter/', title: TITLE, error: 'Fel:', problem: 'Det finns ett problem', submit: 'Skicka begäran', typeLegend: 'Vad gäller din begäran?' },
  en: {
    path: '/en/your-data/',
    title: 'Ask for a copy of your data or for rectification – J A Inkasso & Consulting AB',
    error: 'Error:',
    problem: 'There is a problem',
    submit: 'Send request',
    typeLegend: 'What do you want to ask for?',
  },
} as const satisfies Record<Locale, unknown>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each question as a person finds it: by its label or legend, in the page's language. */
function control(page: Page, field: Field, locale: Locale = 'sv'): Locator {
  switch (field) {
    case 'type':
      return page.getByRole('group', { name: FORM_PAGE[locale].typeLegend });
    default:
      return page.getByRole('textbox', { name: FORM_LABELS[locale].fields[field] });
  }
}

/** The GOV.UK pattern, checked as a visitor with a screen reader meets it, in the page's language. */
async function expectErrors(page: Page, expected: Partial<Record<Field, string>>, locale: Locale = 'sv'): Promise<void> {
  const words = FORM_PAGE[locale];
  await expect(page).toHaveTitle(`${words.error} ${words.title}`);
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText(words.problem);
  // One link per problem, in the form's order, each leading to its field.
  await expect(summary.getByRole('link')).toHaveText(Object.values(expected));
  for (const link of await summary.getByRole('link').all()) {
    const target = (await link.getAttribute('href'))!;
    await expect(page.locator(target)).toHaveCount(1);
  }
  for (const [field, message] of Object.entries(expected) as [Field, string][]) {
    const element = control(page, field, locale);
    // The message beside the field, announced with it.
    await expect(element).toHaveAccessibleDescription(new RegExp(`${words.error} ${escape(message)}`));
    if (field === 'type') {
      for (const radio of await element.getByRole('radio').all()) await expect(radio).toHaveAttribute('aria-invalid', 'true');
    } else {
      await expect(element).toHaveAttribute('aria-invalid', 'true');
    }
  }
  // Fields without a problem are not marked.
  const fine = (['name', 'personnummer', 'address', 'postalCode', 'city', 'email', 'phone', 'caseNumber'] as Field[]).filter((f) => !(f in expected));
  for (const field of fine) await expect(control(page, field, locale)).not.toHaveAttribute('aria-invalid');
}

/**
 * Every kind of wrong answer, in four posts (one message per field at a time), with the messages in `locale`; where
 * `follow` is given, the visitor then follows that field's link in the error summary.
 */
function invalidPosts(locale: Locale): { name: string; fields: RequestFields; errors: Partial<Record<Field, string>>; follow?: 'postalCode' }[] {
  const e = requestText(locale).errors;
  return [
    {
      name: 'an empty form',
      fields: {},
      errors: {
        type: e.type,
        name: e.nameMissing,
        personnummer: e.personnummerMissing,
        address: e.addressMissing,
        postalCode: e.postalCodeMissing,
        city: e.cityMissing,
      },
    },
    {
      name: 'wrong check digit, a short postnummer, an incomplete e-mail, words for a phone number, too long texts, no correction',
      fields: {
        ...anna,
        name: 'N'.repeat(201),
        personnummer: '850415-2384',
        postalCode: '1234',
        city: 'O'.repeat(101),
        email: 'anna@',
        phone: 'ring mig',
        caseNumber: 'A'.repeat(51),
        correction: ' ',
      },
      errors: {
        correction: e.correctionMissing,
        name: e.nameTooLong,
        personnummer: e.personnummerInvalid,
        postalCode: e.postalCodeFormat,
        city: e.cityTooLong,
        email: e.emailFormat,
        phone: e.phoneFormat,
        caseNumber: e.caseNumberTooLong,
      },
      follow: 'postalCode',
    },
    {
      name: 'an impossible date, a long address, a postnummer starting with 0 and more than 2,000 characters',
      fields: { ...anna, personnummer: '900230-1233', address: 'A'.repeat(201), postalCode: '012 34', correction: 'x'.repeat(2001) },
      errors: { correction: e.correctionTooLong, personnummer: e.personnummerInvalid, address: e.addressTooLong, postalCode: e.postalCodeFormat },
    },
    {
      name: 'a personnummer of the wrong length',
      fields: { ...anna, personnummer: '85041523' },
      errors: { personnummer: e.personnummerFormat },
    },
  ];
}

// The same cases in every language: the errors in the page's language, never a word of the other.
for (const locale of LOCALES) {
  const words = FORM_PAGE[locale];
  const labels = FORM_LABELS[locale];
  for (const javaScriptEnabled of [false, true]) {
    test.describe(`${locale}, with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });

      test('the Rättelse question, then every kind of wrong answer: the GOV.UK error pattern, every answer kept, nothing sent', async ({ page, smtp }) => {
        await test.step('the Rättelse question comes right after the type, only for a Rättelse', async () => {
          await page.goto(words.path);
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

        for (const post of invalidPosts(locale)) {
          await test.step(`the server answers ${post.name} with the GOV.UK error pattern, keeps every answer and sends nothing`, async () => {
            const attempts = smtp.attempts;
            await page.goto(words.path);
            await fillForm(page, post.fields, locale);
            const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: words.submit }).click()]);
            expect(response.status()).toBe(400);
            expect(new URL(response.url()).pathname).toBe(words.path);
            await expectErrors(page, post.errors, locale);
            for (const field of ['name', 'personnummer', 'address', 'postalCode', 'city', 'email', 'phone', 'caseNumber', 'correction'] as const) {
              if (post.fields[field] !== undefined) await expect(control(page, field, locale)).toHaveValue(post.fields[field]);
            }
            if (post.fields.type) await expect(page.getByRole('radio', { name: labels.rattelse })).toBeChecked();
            const other = FORM_PAGE[LOCALES.find((candidate) => candidate !== locale)!];
            await expect(page.locator('main')).not.toContainText(new RegExp(`${escape(other.problem)}|${escape(other.error)}`));
            if (post.follow) {
              // A link in the error summary takes the visitor to the field.
              await page.locator('[data-error-summary]').getByRole('link', { name: post.errors[post.follow]! }).click();
              await expect(page).toHaveURL(new RegExp(`#request-${post.follow}$`));
              await expect(control(page, post.follow, locale)).toBeFocused();
            }
            expect(smtp.attempts).toBe(attempts);
          });
        }
      });
    });
  }
}

test('an invalid type does not hide the other problems', async ({ request, baseURL }) => {
  const response = await postForm(request, baseURL!, { ...anna, type: 'radering', postalCode: '1', email: 'anna@' });
  expect(response.status()).toBe(400);
  const html = await response.text();
  for (const message of [t.type, t.postalCodeFormat, t.emailFormat]) expect(html).toContain(message);
});

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

test("the server's answer with errors has no WCAG 2.2 AA violations (axe)", async ({ page }) => {
  await page.goto('/dina-uppgifter/');
  await page.getByRole('radio', { name: 'Rättelse' }).check();
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});

test('the empty form: no script of its own, the answer by letter unless chosen otherwise, the art. 12 and 13 facts', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/dina-uppgifter/');
  // (Its WCAG 2.2 AA check with axe is tour.spec.ts's, on every page.)

  await test.step('loads no script of its own', async () => {
    // Every script the page asks for has been asked for once the consent script, requested after the first paint, has run.
    await consentReady(page);
    expect(scripts.length).toBeGreaterThan(0);
    // No copy of the schema in the browser: the server checks the answers.
    expect(scripts.filter((path) => /schema|browser/i.test(path))).toEqual([]);
  });

  await test.step('the answer goes by letter unless the visitor chooses electronically: letter pre-selected and recommended, e-mail needed only for electronic', async () => {
    const main = page.locator('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText('Begär registerutdrag eller rättelse');
    const channel = page.getByRole('group', { name: 'Hur vill du få svaret?' });
    await expect(channel.getByRole('radio')).toHaveCount(2);
    await expect(channel.getByRole('radio', { name: 'Med brev till din folkbokföringsadress (rekommenderas)' })).toBeChecked();
    await expect(channel.getByRole('radio', { name: 'Elektroniskt' })).toHaveAccessibleDescription(
      /Vi kontrollerar först att det är du\. Sedan skickar vi svaret elektroniskt på ett skyddat sätt, aldrig som vanlig e-post\./,
    );
    await expect(main).toContainText('Du väljer hur du får svaret: med brev till din folkbokföringsadress, eller elektroniskt. Vi skickar det aldrig som vanlig e-post.');
    await expect(control(page, 'email')).toHaveAccessibleName('E-post');
    await expect(control(page, 'email')).toHaveAccessibleDescription(/^Behövs om du vill få svaret elektroniskt, annars frivilligt\. .*bekräftelse/);
    await expect(control(page, 'phone')).toHaveAccessibleName('Telefon (frivilligt)');
    await expect(page.locator('form')).toHaveAttribute('novalidate', '');
    await expect(control(page, 'personnummer')).toHaveAccessibleDescription(/ÅÅÅÅMMDD-NNNN/);
    await expect(control(page, 'personnummer')).toHaveAttribute('spellcheck', 'false');
    await expect(control(page, 'name')).toHaveAttribute('autocomplete', 'name');
    await expect(control(page, 'email')).toHaveAttribute('autocomplete', 'email');
    await expect(control(page, 'postalCode')).toHaveAttribute('autocomplete', 'postal-code');
  });

  await test.step('the page states the art. 12 and 13 facts of the request: who, why, basis, what must be given, recipients, rights, cost and time, complaints', async () => {
    const facts = page.getByRole('region', { name: 'Så behandlar vi uppgifterna i din begäran' });
    for (const text of [
      'J A Inkasso & Consulting AB, Box 358, 801 05 GÄVLE, är personuppgiftsansvarig.',
      'artikel 15 i dataskyddsförordningen',
      'rätta eller komplettera uppgifter om dig (artikel 16)',
      'Rättslig förpliktelse (artikel 6.1 c)',
      // Art. 13(2)(e): what must be given, why, what is optional, and the way round the form.
      'Vad din begäran gäller, ditt namn, ditt personnummer eller samordningsnummer (har du inget av dem: ditt födelsedatum) och din adress. Vill du få svaret elektroniskt behövs också din e-postadress.',
      'för att hitta dig i våra register och för att kunna skicka svaret säkert till dig',
      'E-post (när svaret kommer med brev), telefon och ärendenummer.',
      'Utan dem kan vi inte hantera din begäran i formuläret. Du kan skriva eller ringa till oss i stället:',
      // Recipients: SPAR, the art. 19 notices after a rättelse, the processors.
      'Vi kontrollerar din adress i SPAR, statens personadressregister.',
      'Om vi rättar eller kompletterar uppgifter om dig, berättar vi det för dem som har fått uppgifterna av oss.',
      '(vår uppdragsgivare) och Kronofogden',
      'personuppgiftsbiträden',
      // The rights over the request's own data, and where to use the others.
      'Du har rätt att få en kopia av dem och att få dem rättade om de är fel eller ofullständiga.',
      'Rätten att invända och rätten att flytta uppgifterna (dataportabilitet) gäller inte här',
      'Det är kostnadsfritt.',
      'utan onödigt dröjsmål och senast inom en månad',
      'förlänga tiden med högst två månader',
      'inom den första månaden',
      'Integritetsskyddsmyndigheten (IMY)',
      'Du behöver inte skicka någon kopia av din id-handling.',
    ]) {
      await expect(facts).toContainText(text);
    }
    await expect(facts).not.toContainText('Ingen annan');
    await expect(facts.getByRole('definition').getByRole('link', { name: '026-16 64 70' })).toHaveAttribute('href', 'tel:+4626166470');
    await expect(facts.getByRole('link', { name: 'Kontakt', exact: true })).toHaveAttribute('href', '/kontakt/');
    await expect(facts.getByRole('link', { name: 'imy.se' })).toHaveAttribute('href', 'https://www.imy.se/');
    await expect(facts.getByRole('link', { name: 'integritetspolicy' })).toHaveAttribute('href', '/integritetspolicy/');
    // No retention period and no mail provider are configured: none is invented.
    await expect(facts).not.toContainText('Hur länge vi sparar');
    await expect(facts).not.toContainText('utanför EU/EES');
    // Rättelse covers completing what is incomplete (art. 16).
    await expect(page.getByRole('radio', { name: 'Rättelse' })).toHaveAccessibleDescription(
      'Vi rättar uppgifter om dig som är fel och kompletterar dem som är ofullständiga.',
    );
    // Protected identity: before the form, folded away.
    await expect(page.locator('details').getByText('Har du skyddade personuppgifter?')).toBeVisible();
  });
});

test.describe('on a phone', () => {
  for (const width of [360, 320]) {
    test(`at ${width} px: at most three paragraphs before the first question, no horizontal scroll, radios as large as inputs, axe clean`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto('/dina-uppgifter/');
      const before = await page.locator('main').evaluate((main) => {
        const form = main.querySelector('form')!;
        return [...main.querySelectorAll('p')].filter((p) => !p.closest('details') && p.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).length;
      });
      expect(before).toBeLessThanOrEqual(3);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const radio = await page.getByRole('radio', { name: 'Registerutdrag' }).boundingBox();
      const input = await control(page, 'name').boundingBox();
      expect(radio!.height).toBeGreaterThanOrEqual(input!.height - 4);
      // The address questions sit together, visibly, under their legend.
      const group = page.getByRole('group', { name: 'Din folkbokföringsadress' });
      await expect(group.getByRole('textbox')).toHaveCount(3);
      expect(await group.locator('.group, [class*="group"]').first().evaluate((el) => getComputedStyle(el).borderInlineStartWidth)).not.toBe('0px');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
