import { describe, expect, it } from 'vitest';
import type { SendMailOptions } from 'nodemailer';
import type { ParsedMail } from 'mailparser';
import { composeCompanyMail, composeReceipt, replyToName, type RequestMeta } from '../../../src/requests/mail';
import { type DataRequest } from '../../../src/requests/schema';
import { validateRequest } from '../../support/validate';
import { anna, bo, PERSONAL_VALUES } from '../../support/fixtures/anna';
import { addresses, headerNames, MAIL_HEADERS, renderMail } from '../../support/fixtures/mail';

const route = { to: 'arenden@jainkasso.se', from: 'webb@jainkasso.se' };
const meta: RequestMeta = { reference: 'JA-7K3F9QXM', receivedAt: new Date('2026-11-25T21:14:00Z'), locale: 'sv' };
/** The same request, made on the English form. */
const inEnglish: RequestMeta = { ...meta, locale: 'en' };

function request(changes: Record<string, string | undefined> = {}): DataRequest {
  const result = validateRequest({ ...anna, caseNumber: '', correction: 'Min adress är fel.\r\nDen rätta är Lillgatan 2.', ...changes });
  if (!result.success) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** The receipt's input: a request with its e-mail address. */
function withEmail(data: DataRequest): DataRequest & { email: string } {
  return { ...data, email: data.email ?? 'missing' };
}

/** The mail as it would leave the server, rendered by nodemailer and read back by mailparser. */
async function render(options: SendMailOptions): Promise<{ raw: string; mail: ParsedMail; envelope: { from: string; to: string[] } }> {
  const { raw, parsed: mail, envelope } = await renderMail(options, 'unix');
  return { raw, mail, envelope };
}

describe('the mail to the company', () => {
  it('has fixed headers: From MAIL_FROM, To MAIL_TO, Reply-To the requester, a subject with type, reference and deadline', async () => {
    const { raw, mail, envelope } = await render(composeCompanyMail(request(), meta, route));
    expect(addresses(mail.from)).toEqual(['webb@jainkasso.se']);
    expect(mail.from?.value[0]?.name).toBe('J A Inkasso & Consulting AB');
    expect(addresses(mail.to)).toEqual(['arenden@jainkasso.se']);
    expect(addresses(mail.replyTo)).toEqual([anna.email]);
    expect(mail.replyTo?.value[0]?.name).toBe(anna.name);
    expect(mail.subject).toBe('Begäran om rättelse JA-7K3F9QXM – svara senast 25 december 2026');
    expect(envelope).toEqual({ from: 'webb@jainkasso.se', to: ['arenden@jainkasso.se'] });
    expect(headerNames(raw)).toEqual(MAIL_HEADERS);
  });

  it('lists every field, the reference, the time received and the deadline', async () => {
    const { mail } = await render(composeCompanyMail(request(), meta, route));
    const text = mail.text ?? '';
    for (const line of [
      'Gäller: Begäran om rättelse (GDPR artikel 16)',
      'Språk: svenska',
      'Referens: JA-7K3F9QXM',
      'Mottagen: 25 november 2026 kl. 22:14 (svensk tid)',
      'Svara senast: 25 december 2026',
      `Namn: ${anna.name}`,
      'Svaret önskas: med brev',
      'Personnummer/samordningsnummer: 19850415-2383',
      `Adress: ${anna.address}`,
      'Postnummer: 123 45',
      `Ort: ${anna.city}`,
      `E-post: ${anna.email}`,
      `Telefon: ${anna.phone}`,
      'Ärendenummer: (ej angivet)',
      'Vilka uppgifter är fel eller saknas, och hur ska de rättas eller kompletteras?\nMin adress är fel.\nDen rätta är Lillgatan 2.',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('is in Swedish for a request made in English, with the line "Språk: engelska" so the answer can be in English', async () => {
    const swedish = await render(composeCompanyMail(request(), meta, route));
    const english = await render(composeCompanyMail(request(), inEnglish, route));
    expect(english.mail.subject).toBe(swedish.mail.subject);
    expect(english.mail.headers.get('content-language')).toBe('sv');
    expect(english.mail.text).toContain('\nSpråk: engelska\n');
    expect(english.mail.text).not.toContain('Språk: svenska');
    // Otherwise word for word the Swedish mail.
    expect(english.mail.text).toBe(swedish.mail.text!.replace('Språk: svenska', 'Språk: engelska'));
  });

  it('never puts the personnummer or the name in the subject', async () => {
    const { mail } = await render(composeCompanyMail(request(), meta, route));
    expect(mail.subject).not.toMatch(/\d{6}/);
    expect(mail.subject).not.toContain('Anna');
  });

  it('cannot be given another header or recipient by CR/LF in any field', async () => {
    const injected = request({
      name: 'Anna\r\nBcc: evil@example.com\r\nX-Evil: 1',
      address: 'Storgatan 1\nTo: evil@example.com',
      city: 'Gävle\r\n\r\nbody',
      caseNumber: '1\rCc: evil@example.com',
      correction: 'text\r\n.\r\nMAIL FROM:<evil@example.com>\r\nBcc: evil@example.com',
    });
    const { raw, mail, envelope } = await render(composeCompanyMail(injected, meta, route));
    expect(envelope.to).toEqual(['arenden@jainkasso.se']);
    expect(headerNames(raw)).not.toContain('bcc');
    expect(headerNames(raw)).not.toContain('cc');
    expect(headerNames(raw)).not.toContain('x-evil');
    expect(addresses(mail.to)).toEqual(['arenden@jainkasso.se']);
    expect(addresses(mail.replyTo)).toEqual([anna.email]);
    expect(mail.headers.has('bcc')).toBe(false);
  });

  it('tells the handler that a match with SPAR proves nothing: the letter to the SPAR address makes it safe; free, by the deadline', async () => {
    const { mail } = await render(composeCompanyMail(request(), meta, route));
    const text = mail.text ?? '';
    expect(text).toContain('Att de stämmer med SPAR visar inte att det är personen själv som har skrivit.');
    expect(text).toContain('går till adressen i folkbokföringen (SPAR), även om adressen ovan är en annan');
    expect(text).toContain('Personen vill ha svaret med brev');
    // A rättelse is confirmed with the person before anything is changed.
    expect(text).toContain('Rättelse: bekräfta rättelsen med personen, med brev till adressen i folkbokföringen (SPAR) eller på den kontrollerade vägen, innan något ändras.');
    expect(text).not.toContain('SPAR kan inte bekräfta adressen');
    expect(text).toContain('Svaret är kostnadsfritt.');
    expect(text).toContain('senast 25 december 2026');
    expect(text).toContain('högst två månader till');
    // No retention period is configured, so none is stated.
    expect(text).not.toContain('Spara begäran');
  });

  it('for someone not folkbokförd: the address abroad, that SPAR cannot confirm it, and how to verify identity in proportion', async () => {
    const { mail } = await render(composeCompanyMail(request({ ...bo, correction: '' }), meta, route));
    const text = mail.text ?? '';
    for (const line of [
      'Gäller: Begäran om registerutdrag (GDPR artikel 15)',
      'Svaret önskas: elektroniskt',
      'Personnummer/samordningsnummer: 19850475-2380',
      `Adress utomlands: ${bo.abroadAddress}, ${bo.abroadAddress2}`,
      `Postnummer utomlands: ${bo.abroadPostalCode}`,
      `Ort utomlands: ${bo.abroadCity}`,
      `Land: ${bo.country}`,
      'SPAR kan inte bekräfta adressen',
      'EDPB:s riktlinjer 01/2022, punkt 69–78',
      'använd först det vi redan vet om personen och skulden',
      'En kopia av en id-handling bara när det är motiverat, och radera kopian när kontrollen är gjord.',
      'kontrollera identiteten innan något lämnas ut. Skicka aldrig uppgifterna okrypterat',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain('Postnummer: ');
    expect(text).not.toContain('Rättelse: bekräfta');
  });

  it('for someone with a date of birth instead of a number, names it and gives the same instructions', async () => {
    const { mail } = await render(composeCompanyMail(request({ idType: 'fodelsedatum', birthDate: '1985-04-15' }), meta, route));
    const text = mail.text ?? '';
    expect(text).toContain('Födelsedatum (inget svenskt personnummer eller samordningsnummer): 1985-04-15');
    expect(text).toContain('SPAR kan inte bekräfta adressen');
    expect(text).not.toContain('19850415-2383');
  });

  it('without an e-mail address has no Reply-To and says that no receipt is sent', async () => {
    const { raw, mail } = await render(composeCompanyMail(request({ email: '' }), meta, route));
    expect(headerNames(raw)).not.toContain('reply-to');
    expect(mail.text).toContain('E-post: (ej angivet: ingen bekräftelse skickas)');
  });

  it('strips bidi controls and encoded words from the Reply-To name, and bidi controls from the body', async () => {
    const name = 'Anna \u202eadnA\u202c =?UTF-8?B?DQpCY2M6IGV2aWxAZXhhbXBsZS5jb20=?= Testsson\u2066\u200f';
    const { raw, mail } = await render(composeCompanyMail(request({ name, address: 'Storgatan\u202e 1', correction: 'Fel\u2067 text' }), meta, route));
    const head = raw.slice(0, raw.indexOf('\n\n'));
    expect(mail.replyTo?.value).toEqual([{ address: anna.email, name: 'Anna adnA Testsson' }]);
    expect(head).not.toMatch(/=\?UTF-8\?B\?DQpC/i);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.text).toContain('Adress: Storgatan 1');
    expect(mail.text).toContain('Fel text');
    expect(mail.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
  });

  it('leaves the Reply-To bare when nothing but encoded words was typed as a name', () => {
    expect(replyToName('=?UTF-8?Q?=0D=0ABcc:_x@example.com?=')).toBeUndefined();
    expect(replyToName('Anna =?utf-8?q?x?= Testsson')).toBe('Anna Testsson');
  });

  it('keeps a display name with commas, quotes and angle brackets to one Reply-To address', async () => {
    const { mail } = await render(composeCompanyMail(request({ name: 'Evil" <evil@example.com>, other@example.com' }), meta, route));
    expect(addresses(mail.replyTo)).toEqual([anna.email]);
  });
});

describe('the receipt to the requester', () => {
  it('goes to the requester with a fixed text: reference, type and deadline', async () => {
    const { mail, envelope } = await render(composeReceipt(withEmail(request()), meta, route));
    expect(addresses(mail.to)).toEqual([anna.email]);
    expect(envelope.to).toEqual([anna.email]);
    expect(addresses(mail.from)).toEqual(['webb@jainkasso.se']);
    expect(addresses(mail.replyTo)).toEqual(['info@jainkasso.se']);
    expect(mail.subject).toBe('Vi har tagit emot din begäran JA-7K3F9QXM');
    expect(mail.text).toContain('Vi har tagit emot din begäran om rättelse.');
    expect(mail.text).toContain('Referensnummer: JA-7K3F9QXM');
    expect(mail.text).toContain('Vi svarar senast: 25 december 2026');
    expect(mail.text).toContain('Vi skickar svaret med brev till din folkbokföringsadress');
  });

  it('states the chosen channel: electronically, after making sure that it is the requester', async () => {
    const { mail } = await render(composeReceipt(withEmail(request({ answerChannel: 'elektroniskt' })), meta, route));
    expect(mail.text).toContain('Vi kontrollerar först att det är du. Sedan skickar vi svaret elektroniskt på ett skyddat sätt, aldrig som vanlig e-post.');
    expect(mail.text).not.toContain('med brev');
  });

  it('is in English, with dates in English, for a request made on the English form', async () => {
    const { mail, envelope } = await render(composeReceipt(withEmail(request()), inEnglish, route));
    expect(envelope.to).toEqual([anna.email]);
    expect(mail.headers.get('content-language')).toBe('en');
    expect(mail.subject).toBe('We have received your request JA-7K3F9QXM');
    const text = mail.text ?? '';
    for (const line of [
      'Hello,',
      'We have received your request for rectification.',
      'Reference number: JA-7K3F9QXM',
      'Latest date for our answer: 25 December 2026',
      'We send the answer by post to the address where you are registered in Sweden',
      'Phone: ',
      'Email: info@jainkasso.se',
      'This is an automatic message.',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toMatch(/\b(?:Vi|Hej|december|Referensnummer|senast|brev)\b/);
  });

  it('carries nothing the visitor typed, in either language', async () => {
    for (const m of [meta, inEnglish]) {
      const { raw } = await render(composeReceipt(withEmail(request()), m, route));
      const body = raw.slice(raw.indexOf('\n\n'));
      for (const typed of ['Anna', '070', ...PERSONAL_VALUES]) {
        expect(body).not.toContain(typed);
      }
      expect(raw.slice(0, raw.indexOf('\n\n'))).not.toContain('Anna');
    }
  });

  it('is the same for every registerutdrag, whatever was typed', async () => {
    const a = await render(composeReceipt(withEmail(request({ type: 'registerutdrag', name: 'A' })), meta, route));
    const b = await render(composeReceipt(withEmail(request({ type: 'registerutdrag', name: 'B', address: 'Annan väg 3' })), meta, route));
    expect(a.mail.text).toBe(b.mail.text);
    expect(a.mail.text).toContain('Vi har tagit emot din begäran om registerutdrag.');
  });
});

describe('the mail to the company, for a person verified with e-ID', () => {
  const verifiedBy = { method: 'BankID', authenticatedAt: '2026-11-25T21:10:00.000Z', issuer: 'https://jainkasso.idura.broker' };

  it('says how, when and by whom, that the personnummer is the e-ID\'s, and that no further check is needed for an electronic answer', async () => {
    const { mail } = await render(composeCompanyMail(request({ type: 'registerutdrag', answerChannel: 'elektroniskt' }), { ...meta, verifiedBy }, route));
    const text = mail.text ?? '';
    expect(text).toContain('Identiteten är styrkt med e-legitimation (BankID, 25 november 2026 kl. 22:10 (svensk tid), https://jainkasso.idura.broker). Personnumret kommer från e-legitimationen.');
    expect(text).toContain('ingen ytterligare kontroll behövs');
    expect(text).not.toContain('kontrollera identiteten innan något lämnas ut');
    // Without the e-ID, the same request is handled as before: verify first.
    const plain = (await render(composeCompanyMail(request({ type: 'registerutdrag', answerChannel: 'elektroniskt' }), meta, route))).mail.text ?? '';
    expect(plain).not.toContain('e-legitimation');
    expect(plain).toContain('kontrollera identiteten innan något lämnas ut');
  });
});

