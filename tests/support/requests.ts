/**
 * The data-request form's servers, for the Vitest files (tests/site/requests/) and the Playwright fixtures
 * (tests/support/e2e/requests.ts): the built app with a real SMTP server, and what its log may and may not hold.
 */
import { startApp, type RunningApp } from './app.ts';
import { startSmtp, type TestSmtp } from './smtp.ts';
import { anna as annaFields, personalDataIn } from './fixtures/anna.ts';

export { personalDataIn };
import { requestText } from '../../src/i18n/requests.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { MAIL_FROM, MAIL_TO } from './fixtures/mail.ts';

/** A line of the app's log saying a request was delivered (on time or late), with its reference. */
const DELIVERED = /"outcome":"delivered","reference":"(JA-[^"]+)"/g;

/**
 * References delivered according to `log` whose receipt is still on its way: the company's mail names the requester
 * (Reply-To), and no line says yet what became of the receipt. The visitor's answer does not wait for it.
 */
export function receiptsUnderWay(log: string, smtp: TestSmtp): string[] {
  return [...log.matchAll(DELIVERED)]
    .map((match) => match[1]!)
    .filter(
      (reference) =>
        !log.includes(`"outcome":"receipt-sent","reference":"${reference}"`) &&
        !log.includes(`"outcome":"receipt-failed","reference":"${reference}"`) &&
        smtp.mailsTo(MAIL_TO).some((mail) => mail.parsed.subject?.includes(reference) && mail.parsed.replyTo !== undefined),
    );
}

/** One line of the server's request log (src/requests/log.ts). */
export interface RequestLogLine {
  event: 'data-request';
  outcome: string;
  reference?: string;
  code?: string;
  /** The server's own measure: milliseconds from receiving the submission to this event. */
  durationMs: number;
}

/** The request log lines in a server's output, in order. */
export function requestLog(output: string): RequestLogLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes('"event":"data-request"'))
    .map((line) => JSON.parse(line) as RequestLogLine);
}

/** The built app delivering to a real SMTP server on loopback, started once for a test file. */
export interface RequestServer {
  app: RunningApp;
  smtp: TestSmtp;
  /** The app's origin, e.g. http://127.0.0.1:43817. */
  url: string;
  stop(): Promise<void>;
}

/** Starts an SMTP server and the built app sending to it (MAIL_TO, MAIL_FROM), with `env` added. */
export async function startRequestServer(env: (smtp: TestSmtp) => Record<string, string> = () => ({})): Promise<RequestServer> {
  const smtp = await startSmtp();
  const app = await startApp({ SMTP_URL: smtp.url, MAIL_TO, MAIL_FROM, EID_ISSUER: '', EID_CLIENT_ID: '', EID_CLIENT_SECRET: '', EID_BROKER: '', ...env(smtp) });
  return {
    app,
    smtp,
    url: app.url,
    async stop() {
      await app.stop();
      await smtp.stop();
    },
  };
}

export type RequestFields = Partial<Record<keyof typeof annaFields | 'website', string>>;

export type TextField = Exclude<keyof RequestFields, 'type' | 'answerChannel' | 'website'>;

/** The form's questions as a person reads them, in each language: the two types, the two channels, then each text field's label. */
export const FORM_LABELS: Record<
  Locale,
  { rattelse: string; registerutdrag: string; channels: Record<'brev' | 'elektroniskt', RegExp>; fields: Record<TextField, RegExp> }
> = {
  sv: {
    rattelse: 'Rättelse',
    registerutdrag: 'Registerutdrag',
    channels: { brev: /^Med brev/, elektroniskt: /^Elektroniskt$/ },
    fields: {
      correction: /^Vilka uppgifter är fel/,
      name: /^Namn/,
      personnummer: /^Personnummer/,
      address: /^Adress/,
      postalCode: /^Postnummer/,
      city: /^Ort/,
      email: /^E-post/,
      phone: /^Telefon/,
      caseNumber: /^Ärendenummer/,
    },
  },
  en: {
    rattelse: 'Rectification of your data',
    registerutdrag: 'A copy of your data',
    channels: { brev: /^By post/, elektroniskt: /^Electronically$/ },
    fields: {
      correction: /^Which data is wrong/,
      name: /^Name/,
      personnummer: /^Personnummer/,
      address: /^Address/,
      postalCode: /^Postcode/,
      city: /^Town or city/,
      email: /^Email/,
      phone: /^Phone/,
      caseNumber: /^Case number/,
    },
  },
};

/** A question of the form that a wrong answer can be reported for: the type, the answer channel, or a text question. */
export type FormField = 'type' | 'answerChannel' | TextField;

/** What a visitor reads on the form page in each language: the test's own words, not the site's strings. */
export const FORM_PAGE = {
  sv: {
    path: '/dina-uppgifter/',
    heading: 'Begär registerutdrag eller rättelse',
    title: 'Begär registerutdrag eller rättelse – J A Inkasso & Consulting AB',
    error: 'Fel:',
    problem: 'Det finns ett problem',
    submit: 'Skicka begäran',
    typeLegend: 'Vad gäller din begäran?',
    channelLegend: 'Hur vill du få svaret?',
  },
  en: {
    path: '/en/your-data/',
    heading: 'Ask for a copy of your data or for rectification',
    title: 'Ask for a copy of your data or for rectification – J A Inkasso & Consulting AB',
    error: 'Error:',
    problem: 'There is a problem',
    submit: 'Send request',
    typeLegend: 'What do you want to ask for?',
    channelLegend: 'How do you want the answer?',
  },
} as const satisfies Record<Locale, unknown>;

/** One post of wrong answers: what is typed, the message for each field in the form's order, and the link to follow. */
export interface InvalidPost {
  name: string;
  fields: RequestFields;
  errors: Partial<Record<FormField, string>>;
  follow?: 'postalCode';
}

/**
 * Every kind of wrong answer, in four posts (one message per field at a time), with the messages in `locale`; where
 * `follow` is given, the visitor then follows that field's link in the error summary.
 */
export function invalidPosts(locale: Locale): InvalidPost[] {
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
        answerChannel: e.answerChannel,
      },
    },
    {
      name: 'wrong check digit, a short postnummer, an incomplete e-mail, words for a phone number, too long texts, no correction',
      fields: {
        ...annaFields,
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
      fields: { ...annaFields, personnummer: '900230-1233', address: 'A'.repeat(201), postalCode: '012 34', correction: 'x'.repeat(2001) },
      errors: { correction: e.correctionTooLong, personnummer: e.personnummerInvalid, address: e.addressTooLong, postalCode: e.postalCodeFormat },
    },
    {
      name: 'a personnummer of the wrong length',
      fields: { ...annaFields, personnummer: '85041523' },
      errors: { personnummer: e.personnummerFormat },
    },
  ];
}
