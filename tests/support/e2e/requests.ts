/**
 * Test fixtures for the data-request form: a real SMTP server and the built app for each worker, the page's baseURL
 * pointed at that app, and helpers to fill in and post the form. `deliveryTest` is the one app most files share; a file
 * that needs other settings (a low rate limit, a short SMTP timeout, Redis) makes its own with `requestTest`.
 */
import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { startApp, type RunningApp } from '../app';
import { startSmtp, type ReceivedMail, type TestSmtp } from '../smtp';
import { anna, bo, PERSONAL_VALUES } from '../fixtures/anna';
import type { Locale } from '../../../src/i18n/locales';
import { ROUTES } from '../../../src/i18n/routes';
import { MAIL_FROM, MAIL_TO } from '../fixtures/mail';
import { personalDataIn, receiptsUnderWay, FORM_LABELS, type RequestFields, type TextField } from '../requests';

export { personalDataIn, requestLog, invalidPosts, FORM_LABELS, FORM_PAGE, type FormField, type RequestLogLine, type RequestFields } from '../requests';

export { expect, axeViolations } from './fixtures';

export { MAIL_TO, MAIL_FROM };

export interface AppOptions {
  /** Extra environment for the app, given the SMTP server (e.g. a short timeout or a low rate limit). */
  env?: (smtp: TestSmtp) => Record<string, string> | Promise<Record<string, string>>;
}

type WorkerFixtures = { smtp: TestSmtp; app: RunningApp };
type TestFixtures = {
  /**
   * The app's log written since this test began (never an earlier test's lines, on a server tests share); attached,
   * and so printed, when the test fails.
   */
  appLog: () => string;
};

/** A `test` whose pages run against an app of its own (one per worker), delivering to a test SMTP server. */
export function requestTest(options: AppOptions = {}) {
  return base.extend<TestFixtures, WorkerFixtures>({
    smtp: [
      async ({}, use) => {
        const smtp = await startSmtp();
        await use(smtp);
        await smtp.stop();
      },
      { scope: 'worker' },
    ],
    app: [
      async ({ smtp }, use) => {
        const app = await startApp({ SMTP_URL: smtp.url, MAIL_TO, MAIL_FROM, ...(await options.env?.(smtp)) });
        await use(app);
        await app.stop();
      },
      { scope: 'worker' },
    ],
    baseURL: async ({ app }, use) => {
      await use(app.url);
    },
    appLog: [
      async ({ app, smtp }, use, testInfo) => {
        // Each test meets a mail server that accepts, whatever the test before it on this worker asked of it.
        smtp.answer = 'accept';
        const from = app.output().length;
        const log = () => app.output().slice(from);
        const attach = () => testInfo.attach('app log', { body: log().slice(-20_000), contentType: 'text/plain' });
        await use(log);
        if (testInfo.status !== testInfo.expectedStatus) return attach();
        try {
          // A test leaves no mail on its way for the next one to count: its receipts are sent (or failed) before it ends.
          await expect
            .poll(() => receiptsUnderWay(log(), smtp), { message: 'receipts still on their way after the test', timeout: 60_000 })
            .toEqual([]);
          // Whatever a test posted, nothing the visitor typed reached the log.
          expect(personalDataIn(log()), "pieces of Anna's request in the app's log").toEqual([]);
        } catch (error) {
          await attach();
          throw error;
        }
      },
      { auto: true },
    ],
  });
}

/**
 * For apps a file starts itself (in `beforeAll` or a test): attaches, and so prints, each app's log when the test has
 * failed (call it from `afterEach`). The log lines of the whole file, since the apps serve all its tests.
 */
export async function attachAppLogs(testInfo: TestInfo, apps: Record<string, RunningApp | undefined>): Promise<void> {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const [name, app] of Object.entries(apps)) {
    if (app) await testInfo.attach(`app log (${name})`, { body: app.output().slice(-20_000), contentType: 'text/plain' });
  }
}

/**
 * The app and mail server most request tests share (one per worker): the rate limit raised, since every test's
 * visitor is 127.0.0.1, and nothing else changed. A test here leaves the server as it found it: it reads only the log
 * lines written since it began (`appLog`), finds its mails by reference, and its receipts have gone before it ends.
 */
export const deliveryTest = requestTest({ env: () => ({ RATE_LIMIT_MAX: '100000' }) });

export { anna, bo, PERSONAL_VALUES };

/**
 * Fills in the form (Swedish unless told) as a person would: by labels. Fields left out stay as they are; the correction
 * only for a Rättelse. The channel is chosen first: the e-mail field appears with it.
 */
export async function fillForm(page: Page, fields: RequestFields, locale: Locale = 'sv'): Promise<void> {
  const labels = FORM_LABELS[locale];
  if (fields.type) await page.getByRole('radio', { name: fields.type === 'rattelse' ? labels.rattelse : labels.registerutdrag }).check();
  const channel = fields.answerChannel;
  if (channel === 'brev' || channel === 'elektroniskt') await page.getByRole('radio', { name: labels.channels[channel] }).check();
  const text = Object.entries(labels.fields) as [TextField, RegExp][];
  for (const [name, label] of text) {
    const value = fields[name];
    // The Rättelse question is shown only for a Rättelse.
    if (value !== undefined && (name !== 'correction' || fields.type === 'rattelse')) await page.getByRole('textbox', { name: label }).fill(value);
  }
}

/** Posts the form (the Swedish one unless told) without a browser, as a script would, from this site's origin unless told otherwise. */
export function postForm(request: APIRequestContext, baseURL: string, fields: Record<string, string>, origin = baseURL, locale: Locale = 'sv') {
  return request.post(`${ROUTES.request[locale]}?_action=requests.submit`, {
    form: fields,
    headers: { Origin: origin },
    maxRedirects: 0,
  });
}

/** The submit button and the confirmation's heading, as a person reads them in each language. */
const CONFIRMATION_TEXT: Record<Locale, { submit: string; heading: string }> = {
  sv: { submit: 'Skicka begäran', heading: 'Vi har tagit emot din begäran' },
  en: { submit: 'Send request', heading: 'We have received your request' },
};

/** Sends the filled-in form and reads the reference off the confirmation page of the form's language. */
export async function submitAndConfirm(page: Page, locale: Locale = 'sv'): Promise<string> {
  await page.getByRole('button', { name: CONFIRMATION_TEXT[locale].submit }).click();
  await expect(page).toHaveURL(new RegExp(`${ROUTES.confirmation[locale]}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONFIRMATION_TEXT[locale].heading);
  const reference = (await page.locator('[data-reference]').textContent())!.trim();
  expect(reference).toMatch(/^JA-[2-9A-HJ-NP-Z]{8}$/);
  return reference;
}

/** The mail to the company and the receipt to the requester (Anna unless told) for one reference, once both have arrived. */
export async function mailsFor(smtp: TestSmtp, reference: string, requester: string = anna.email): Promise<{ company: ReceivedMail; receipt: ReceivedMail }> {
  const find = (to: string) => smtp.mailsTo(to).filter((mail) => mail.parsed.subject?.includes(reference));
  await expect.poll(() => find(MAIL_TO).length).toBe(1);
  await expect.poll(() => find(requester).length).toBe(1);
  return { company: find(MAIL_TO)[0]!, receipt: find(requester)[0]! };
}
