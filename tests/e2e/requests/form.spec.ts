import type { Locator, Page } from '@playwright/test';
import { requestTest, expect, axeViolations, anna, fillForm, postForm, type RequestFields } from '../support/requests';
import { requestText } from '../../../src/i18n/requests';

const test = requestTest();
test.describe.configure({ mode: 'default' });

const t = requestText.errors;
const TITLE = 'Begär registerutdrag eller rättelse – J A Inkasso & Consulting AB';

type Field = 'type' | 'name' | 'personnummer' | 'address' | 'postalCode' | 'city' | 'email' | 'phone' | 'caseNumber' | 'correction' | 'replyBy';

/** Each question as a person finds it: by its label or legend. */
function control(page: Page, field: Field): Locator {
  switch (field) {
    case 'type':
      return page.getByRole('group', { name: 'Vad gäller din begäran?' });
    case 'replyBy':
      return page.getByRole('group', { name: 'Hur vill du få svaret?' });
    default: {
      const labels: Record<Exclude<Field, 'type' | 'replyBy'>, RegExp> = {
        name: /^Namn/,
        personnummer: /^Personnummer/,
        address: /^Adress/,
        postalCode: /^Postnummer/,
        city: /^Ort/,
        email: /^E-post/,
        phone: /^Telefon/,
        caseNumber: /^Ärendenummer/,
        correction: /^Vilka uppgifter är fel/,
      };
      return page.getByRole('textbox', { name: labels[field] });
    }
  }
}

/** The GOV.UK pattern, checked as a visitor with a screen reader meets it. */
async function expectErrors(page: Page, expected: Partial<Record<Field, string>>): Promise<void> {
  await expect(page).toHaveTitle(`Fel: ${TITLE}`);
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText('Det finns ett problem');
  // One link per problem, in the form's order, each leading to its field.
  await expect(summary.getByRole('link')).toHaveText(Object.values(expected));
  for (const link of await summary.getByRole('link').all()) {
    const target = (await link.getAttribute('href'))!;
    await expect(page.locator(target)).toHaveCount(1);
  }
  for (const [field, message] of Object.entries(expected) as [Field, string][]) {
    const element = control(page, field);
    // The message beside the field, announced with it.
    await expect(element).toHaveAccessibleDescription(new RegExp(`Fel: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    if (field === 'type' || field === 'replyBy') {
      for (const radio of await element.getByRole('radio').all()) await expect(radio).toHaveAttribute('aria-invalid', 'true');
    } else {
      await expect(element).toHaveAttribute('aria-invalid', 'true');
    }
  }
  // Fields without a problem are not marked.
  const fine = (['name', 'personnummer', 'address', 'postalCode', 'city', 'email', 'phone', 'caseNumber'] as Field[]).filter((f) => !(f in expected));
  for (const field of fine) await expect(control(page, field)).not.toHaveAttribute('aria-invalid');
}

/** Every kind of wrong answer, in three posts (one message per field at a time). */
const invalidPosts: { name: string; fields: RequestFields; errors: Partial<Record<Field, string>> }[] = [
  {
    name: 'an empty form',
    fields: {},
    errors: {
      type: t.type,
      name: t.nameMissing,
      personnummer: t.personnummerMissing,
      address: t.addressMissing,
      postalCode: t.postalCodeMissing,
      city: t.cityMissing,
      email: t.emailMissing,
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
      name: t.nameTooLong,
      personnummer: t.personnummerInvalid,
      postalCode: t.postalCodeFormat,
      city: t.cityTooLong,
      email: t.emailFormat,
      phone: t.phoneFormat,
      caseNumber: t.caseNumberTooLong,
      correction: t.correctionMissing,
    },
  },
  {
    name: 'an impossible date, a personnummer with too few digits in another post, a long address and more than 2,000 characters',
    fields: { ...anna, personnummer: '900230-1233', address: 'A'.repeat(201), postalCode: '012 34', correction: 'x'.repeat(2001) },
    errors: { personnummer: t.personnummerInvalid, address: t.addressTooLong, postalCode: t.postalCodeFormat, correction: t.correctionTooLong },
  },
  {
    name: 'a personnummer of the wrong length',
    fields: { ...anna, personnummer: '85041523' },
    errors: { personnummer: t.personnummerFormat },
  },
];

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const post of invalidPosts) {
    test(`the server answers ${post.name} with the GOV.UK error pattern, keeps every answer and sends nothing`, async ({ page, smtp }) => {
      const attempts = smtp.attempts;
      await page.goto('/dina-uppgifter/');
      await fillForm(page, post.fields);
      const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Skicka begäran' }).click()]);
      expect(response.status()).toBe(400);
      await expectErrors(page, post.errors);
      for (const field of ['name', 'personnummer', 'address', 'postalCode', 'city', 'email', 'phone', 'caseNumber', 'correction'] as const) {
        if (post.fields[field] !== undefined) await expect(control(page, field)).toHaveValue(post.fields[field]);
      }
      if (post.fields.type) await expect(page.getByRole('radio', { name: 'Rättelse' })).toBeChecked();
      if (post.fields.replyBy) await expect(page.getByRole('radio', { name: 'E-post' })).toBeChecked();
      expect(smtp.attempts).toBe(attempts);
    });
  }

  test('a missing choice of reply is an error too', async ({ request, baseURL }) => {
    const { replyBy: _, ...withoutReply } = anna;
    const response = await postForm(request, baseURL!, { ...withoutReply });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain(t.replyBy);
  });

  test('a link in the error summary takes the visitor to the field', async ({ page }) => {
    await page.goto('/dina-uppgifter/');
    await fillForm(page, { ...anna, postalCode: '1234' });
    await page.getByRole('button', { name: 'Skicka begäran' }).click();
    await page.locator('[data-error-summary]').getByRole('link', { name: t.postalCodeFormat }).click();
    await expect(page).toHaveURL(/#request-postalCode$/);
    await expect(control(page, 'postalCode')).toBeFocused();
  });

  test('the Rättelse question is shown without JavaScript', async ({ page }) => {
    await page.goto('/dina-uppgifter/');
    await expect(control(page, 'correction')).toBeVisible();
  });

});

test("the server's answer with errors has no WCAG 2.2 AA violations (axe)", async ({ page }) => {
  // axe needs JavaScript; the form is posted past the browser-side check, as it is without JavaScript.
  await page.goto('/dina-uppgifter/');
  await Promise.all([page.waitForURL(/_action=/), page.locator('form').evaluate((form: HTMLFormElement) => form.submit())]);
  await expect(page.locator('[data-error-summary]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('with JavaScript on', () => {
  for (const post of invalidPosts) {
    test(`the browser answers ${post.name} with the same messages, before anything is posted`, async ({ page }) => {
      const posts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') posts.push(request.url());
      });
      await page.goto('/dina-uppgifter/');
      await fillForm(page, post.fields);
      await page.getByRole('button', { name: 'Skicka begäran' }).click();
      await expectErrors(page, post.errors);
      expect(posts).toEqual([]);
    });
  }

  test('a link in the error summary takes the visitor to the field', async ({ page }) => {
    await page.goto('/dina-uppgifter/');
    await fillForm(page, { ...anna, personnummer: '850415-2384' });
    await page.getByRole('button', { name: 'Skicka begäran' }).click();
    await page.locator('[data-error-summary]').getByRole('link', { name: t.personnummerInvalid }).click();
    await expect(control(page, 'personnummer')).toBeFocused();
  });

  test('fixing the answers clears the messages and the title', async ({ page }) => {
    await page.goto('/dina-uppgifter/');
    await fillForm(page, { ...anna, personnummer: '850415-2384' });
    await page.getByRole('button', { name: 'Skicka begäran' }).click();
    await expect(control(page, 'personnummer')).toHaveAttribute('aria-invalid', 'true');
    await fillForm(page, { personnummer: '19850415-2383' });
    await page.getByRole('button', { name: 'Skicka begäran' }).click();
    await expect(page).toHaveURL(/\/dina-uppgifter\/tack\/$/);
  });

  test('the Rättelse question appears only for a Rättelse', async ({ page }) => {
    await page.goto('/dina-uppgifter/');
    await expect(control(page, 'correction')).toBeHidden();
    await page.getByRole('radio', { name: 'Rättelse' }).check();
    await expect(control(page, 'correction')).toBeVisible();
    await page.getByRole('radio', { name: 'Registerutdrag' }).check();
    await expect(control(page, 'correction')).toBeHidden();
  });

  test('the empty form has no WCAG 2.2 AA violations (axe)', async ({ page }) => {
    await page.goto('/dina-uppgifter/');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the form with errors found in the browser has no WCAG 2.2 AA violations (axe)', async ({ page }) => {
    await page.goto('/dina-uppgifter/');
    await page.getByRole('radio', { name: 'Rättelse' }).check();
    await page.getByRole('button', { name: 'Skicka begäran' }).click();
    await expect(page.locator('[data-error-summary]')).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the page explains why we ask, the deadline, identity and skyddad identitet, and links to the policy', async ({ page }) => {
  await page.goto('/dina-uppgifter/');
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Begär registerutdrag eller rättelse');
  await expect(main).toContainText('för att vara säkra på att det är du');
  await expect(main).toContainText('Vi svarar inom en månad.');
  await expect(main).toContainText('Du behöver inte skicka någon kopia av din id-handling');
  await expect(main).toContainText('Har du skyddade personuppgifter?');
  await expect(main.getByRole('link', { name: 'integritetspolicy' })).toHaveAttribute('href', '/integritetspolicy/');
  await expect(page.locator('form')).toHaveAttribute('novalidate', '');
  await expect(control(page, 'personnummer')).toHaveAccessibleDescription(/ÅÅÅÅMMDD-NNNN/);
  await expect(control(page, 'personnummer')).toHaveAttribute('spellcheck', 'false');
  await expect(control(page, 'name')).toHaveAttribute('autocomplete', 'name');
  await expect(control(page, 'email')).toHaveAttribute('autocomplete', 'email');
  await expect(control(page, 'postalCode')).toHaveAttribute('autocomplete', 'postal-code');
  await expect(page.getByRole('radio', { name: /^Brev till din folkbokföringsadress/ })).toBeChecked();
});
