/**
 * The two e-mails of a data request, composed from validated data only.
 * Every header is set here; visitor text reaches the body, the subject never (only type and reference),
 * and headers only as the Reply-To address and its display name, which the schema keeps on one line.
 */
import type { SendMailOptions } from 'nodemailer';
import { requestText } from '../i18n/requests';
import { site, postalAddressLine } from '../site.config';
import type { DataRequest } from './schema';
import { answerDeadline, formatDate, formatReceived } from './dates';

const m = requestText.mail;

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
}

/** Options every mail shares: nodemailer may read no file and fetch no URL on a visitor's behalf. */
const SAFE: SendMailOptions = { disableFileAccess: true, disableUrlAccess: true, textEncoding: 'quoted-printable' };

function sender(route: MailRoute) {
  return { name: site.name, address: route.from };
}

/** The subject of the mail to the company: the type and the reference, never anything typed. */
export function companySubject(request: Pick<DataRequest, 'type'>, reference: string): string {
  return m.subject(requestText.typeNames[request.type].request, reference);
}

/** The mail to the company's inbox: every field, the reference, the time received and the deadline. */
export function composeCompanyMail(request: DataRequest, meta: RequestMeta, route: MailRoute): SendMailOptions {
  const type = requestText.typeNames[request.type];
  const l = m.labels;
  const line = (label: string, value: string | undefined) => `${label}: ${value ?? m.notGiven}`;
  const text = [
    m.intro,
    '',
    line(l.type, `${type.request} (${type.article})`),
    line(l.reference, meta.reference),
    line(l.received, formatReceived(meta.receivedAt)),
    line(l.deadline, formatDate(answerDeadline(meta.receivedAt))),
    '',
    line(l.name, request.name),
    line(l.personnummer, request.personnummer),
    line(l.address, request.address),
    line(l.postalCode, request.postalCode),
    line(l.city, request.city),
    line(l.email, request.email),
    line(l.phone, request.phone),
    line(l.caseNumber, request.caseNumber),
    line(l.replyBy, requestText.replyByNames[request.replyBy]),
    ...(request.type === 'rattelse' ? ['', l.correction, request.correction] : []),
    '',
    m.identityNote,
    '',
  ].join('\n');
  return {
    ...SAFE,
    from: sender(route),
    to: route.to,
    replyTo: { name: request.name, address: request.email },
    // The SMTP recipients are exactly MAIL_TO, whatever the headers say.
    envelope: { from: route.from, to: [route.to] },
    subject: companySubject(request, meta.reference),
    text,
  };
}

/** The receipt to the requester: a fixed text with the reference, the type and the deadline; nothing the visitor typed. */
export function composeReceipt(request: Pick<DataRequest, 'type' | 'email'>, meta: RequestMeta, route: MailRoute): SendMailOptions {
  const r = m.receipt;
  const type = requestText.typeNames[request.type];
  const text = [
    r.greeting,
    '',
    r.received(type.request),
    '',
    `${r.reference}: ${meta.reference}`,
    `${r.deadline}: ${formatDate(answerDeadline(meta.receivedAt))}`,
    '',
    r.mayContact,
    '',
    r.notYou,
    '',
    site.name,
    postalAddressLine,
    `${requestText.mail.labels.phone}: ${site.phone}`,
    `${requestText.mail.labels.email}: ${site.email}`,
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
    text,
  };
}
