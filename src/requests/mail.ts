/**
 * The two e-mails of a data request, composed from validated data only: to the company in Swedish, whatever the
 * form's language, with a line naming that language; the receipt to the requester in the form's language.
 * Every header is set here; visitor text reaches the body, the subject never (only type, reference and deadline),
 * and headers only as the Reply-To address and its display name, kept on one line by the schema and stripped here
 * of anything a mail client would decode or reorder.
 */
import type { SendMailOptions } from 'nodemailer';
import { LOCALE_INFO, type Locale } from '../i18n/locales.ts';
import { companyMailText as m, requestText } from '../i18n/requests.ts';
import { site, postalAddressLine } from '../site.config.ts';
import type { DataRequest } from './schema.ts';
import { BIDI_CONTROLS } from '../lib/unseen-characters.ts';
import { answerDeadline, formatReceived } from './dates.ts';
import { formatDate } from '../lib/dates.ts';
import type { VerifiedBy } from '../eid/identity.ts';

/** The company's staff read Swedish: their mail is in Swedish, whatever the form's language. */
const COMPANY_LOCALE: Locale = 'sv';

/** Where the mails go and come from (MAIL_TO, MAIL_FROM). */
export interface MailRoute {
  /** The company's inbox for requests. */
  to: string;
  /** The sender address. */
  from: string;
}

/** What the server adds to a request. */
export interface RequestMeta {
  reference: string;
  receivedAt: Date;
  /** The language of the form it came from. */
  locale: Locale;
  /** How, when and by whom the person was verified with e-ID on the form; the e-ID's personnummer and name are the request's. */
  verifiedBy?: VerifiedBy | undefined;
}

/** Options every mail shares: nodemailer may read no file and fetch no URL on a visitor's behalf. */
const SAFE: SendMailOptions = { disableFileAccess: true, disableUrlAccess: true, textEncoding: 'quoted-printable' };

function sender(route: MailRoute) {
  return { name: site.name, address: route.from };
}

/** The subject of the mail to the company: the type, the reference and the deadline, never anything typed. */
export function companySubject(request: Pick<DataRequest, 'type'>, meta: RequestMeta): string {
  const deadline = formatDate(answerDeadline(meta.receivedAt), COMPANY_LOCALE);
  return m.subject(requestText(COMPANY_LOCALE).typeNames[request.type].request, meta.reference, deadline);
}

/** RFC 2047 encoded words (`=?UTF-8?B?…?=`): a mail client decodes them, so they could carry a line break or a header. */
const ENCODED_WORD = /=\?[^?\s]*\?[bq]\?[^?\s]*\?=/gi;

/**
 * The display name for the Reply-To: the name as typed, without bidi controls (already gone: schema) and without
 * encoded words; none at all when nothing is left.
 */
export function replyToName(name: string): string | undefined {
  const plain = name.replace(BIDI_CONTROLS, '').replace(ENCODED_WORD, ' ').replace(/\s+/g, ' ').trim();
  return plain === '' ? undefined : plain;
}

/** Whether SPAR can confirm the person's address: a personnummer (not a samordningsnummer) and an address in Sweden. */
export function isFolkbokford(request: DataRequest): boolean {
  if (request.idType !== 'personnummer' || request.addressType !== 'sverige') return false;
  // A samordningsnummer carries the day of birth plus 60 (ÅÅÅÅMMDD-NNNN).
  return Number(request.personnummer.slice(6, 8)) <= 31;
}

/** The staff's method of checking identity: e-ID with an accepted method, folkbokförd without e-ID, or neither. */
export type IdentityCase = 'eid' | 'folkbokford' | 'notFolkbokford';

/**
 * Which method applies, from the request as the form sends it and the e-ID's proof. The one place that reads the
 * form's answers for it: a change in how the form asks about folkbokföring changes this function only. A `VerifiedBy`
 * exists only for a method in EID_ACR_VALUES (src/eid/identity.ts), so e-ID here is always an accepted method.
 */
export function identityCase(request: DataRequest, verifiedBy: VerifiedBy | undefined): IdentityCase {
  if (verifiedBy) return 'eid';
  return isFolkbokford(request) ? 'folkbokford' : 'notFolkbokford';
}

/** How to answer: the reply-to warning, the case's check, the channel's way, the rättelse routine, art. 12(4). */
function handling(request: DataRequest, verifiedBy: VerifiedBy | undefined, deadline: string): string[] {
  const which = identityCase(request, verifiedBy);
  const channel =
    request.answerChannel === 'brev'
      ? [isFolkbokford(request) ? m.letter.spar : m.letter.checked]
      : [...m.electronic[which], m.protectedWay(site.protectedAnswer?.sv)];
  return [
    ...(request.email ? [m.replyTo] : []),
    ...(which === 'eid' ? m.identity.eid(verifiedBy!.method) : m.identity[which]),
    ...channel,
    ...(request.type === 'rattelse' ? m.correction : []),
    m.refusal(deadline),
  ];
}

/** The line naming the e-ID method (and its acr), the time and the issuer. */
function verifiedLine(by: VerifiedBy): string {
  return m.verifiedLine(by.method, by.acr, formatReceived(new Date(by.authenticatedAt), COMPANY_LOCALE), by.issuer);
}

/**
 * The mail to the company's inbox: every field, the reference, the time received, the deadline, how to answer, and
 * always the request's language ("Språk: engelska"), so the answer can be written in it.
 */
export function composeCompanyMail(request: DataRequest, meta: RequestMeta, route: MailRoute): SendMailOptions {
  const type = requestText(COMPANY_LOCALE).typeNames[request.type];
  const l = m.labels;
  const deadline = formatDate(answerDeadline(meta.receivedAt), COMPANY_LOCALE);
  const line = (label: string, value: string | undefined) => `${label}: ${value ?? m.notGiven}`;
  const text = [
    m.intro,
    '',
    line(l.type, `${type.request} (${m.articles[request.type]})`),
    line(l.language, m.languageNames[meta.locale]),
    line(l.reference, meta.reference),
    line(l.received, formatReceived(meta.receivedAt, COMPANY_LOCALE)),
    line(l.deadline, deadline),
    '',
    line(l.answerChannel, m.channelNames[request.answerChannel]),
    ...(meta.verifiedBy ? [verifiedLine(meta.verifiedBy)] : []),
    '',
    line(l.name, request.name),
    request.idType === 'personnummer' ? line(l.personnummer, request.personnummer) : line(l.birthDate, request.birthDate),
    ...(request.addressType === 'sverige'
      ? [line(l.address, request.address), line(l.postalCode, request.postalCode), line(l.city, request.city)]
      : [
          line(l.abroadAddress, [request.abroadAddress, request.abroadAddress2].filter(Boolean).join(', ')),
          line(l.abroadPostalCode, request.abroadPostalCode),
          line(l.abroadCity, request.abroadCity),
          line(l.country, request.country),
        ]),
    `${l.email}: ${request.email ?? m.noReceipt}`,
    line(l.phone, request.phone),
    line(l.caseNumber, request.caseNumber),
    ...(request.type === 'rattelse' ? ['', l.correction, request.correction] : []),
    '',
    m.handlingHeading,
    ...handling(request, meta.verifiedBy, deadline),
    m.free,
    m.timing(deadline),
    ...(site.requestRetention ? ['', line(l.retention, site.requestRetention.sv)] : []),
    '',
  ].join('\n');
  const name = replyToName(request.name);
  return {
    ...SAFE,
    from: sender(route),
    to: route.to,
    // Without an e-mail address, a reply goes to no one the visitor named.
    ...(request.email ? { replyTo: name ? { name, address: request.email } : request.email } : {}),
    // The SMTP recipients are exactly MAIL_TO, whatever the headers say.
    envelope: { from: route.from, to: [route.to] },
    subject: companySubject(request, meta),
    headers: { 'Content-Language': LOCALE_INFO[COMPANY_LOCALE].lang },
    text,
  };
}

/**
 * The receipt to the requester, in the language of the form: a fixed text with the reference, the type and the
 * deadline; nothing the visitor typed.
 */
export function composeReceipt(request: Pick<DataRequest, 'type' | 'answerChannel'> & { email: string }, meta: RequestMeta, route: MailRoute): SendMailOptions {
  const { receipt: r, typeNames } = requestText(meta.locale);
  const type = typeNames[request.type];
  const text = [
    r.greeting,
    '',
    r.received(type.request),
    '',
    `${r.reference}: ${meta.reference}`,
    `${r.deadline}: ${formatDate(answerDeadline(meta.receivedAt), meta.locale)}`,
    '',
    r.channel[request.answerChannel],
    // The company's protected way, as it states it, once it has (src/site.config.ts).
    ...(request.answerChannel === 'elektroniskt' && site.protectedAnswer ? [site.protectedAnswer[meta.locale]] : []),
    '',
    r.mayContact,
    '',
    r.notYou,
    '',
    site.name,
    postalAddressLine,
    `${r.phone}: ${site.phone}`,
    `${r.email}: ${site.email}`,
    '',
    r.automatic,
    '',
  ].join('\n');
  return {
    ...SAFE,
    from: sender(route),
    to: request.email,
    replyTo: site.email,
    envelope: { from: route.from, to: [request.email] },
    subject: r.subject(meta.reference),
    // So a mail client (and its screen reader) reads the receipt in its language.
    headers: { 'Content-Language': LOCALE_INFO[meta.locale].lang },
    text,
  };
}
