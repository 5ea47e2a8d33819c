import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SendMailOptions } from 'nodemailer';
import type { ParsedMail } from 'mailparser';
import { composeCompanyMail, composeReceipt, identityCase, replyToName, type RequestMeta } from '../../../src/requests/mail';
import { site } from '../../../src/site.config';
import { type DataRequest } from '../../../src/requests/schema';
import { validateRequest } from '../../support/validate';
import { anna, bo, PERSONAL_VALUES } from '../../support/fixtures/anna';
import { addresses, headerNames, MAIL_HEADERS, renderMail } from '../../support/fixtures/mail';
import { PROTECTED_ANSWER as PROTECTED } from '../../support/fixtures/protected-answer';

// A copy of the config that a test can complete, as the client would, and that afterEach puts back.
vi.mock('../../../src/site.config', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/site.config')>();
  return { ...actual, site: { ...actual.site } };
});
afterEach(() => {
  delete site.protectedAnswer;
});


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
    expect(text).toContain('når personen genom adressen i folkbokföringen (SPAR), även om adressen ovan är en annan');
    expect(text).toContain('- Personen vill ha svaret med brev: skicka det till adressen i folkbokföringen (SPAR), inte till en annan adress som skrevs i formuläret.');
    // A rättelse changes nothing before the identity is checked.
    expect(text).toContain('- Ändra ingenting förrän identiteten och uppgifterna är kontrollerade.');
    expect(text).not.toContain('SPAR kan inte bekräfta adressen');
    expect(text).not.toContain('ingen ytterligare kontroll behövs');
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
      `Angiven adress: ${bo.abroadAddress}, ${bo.abroadAddress2}`,
      `Postnummer (angiven adress): ${bo.abroadPostalCode}`,
      `Ort (angiven adress): ${bo.abroadCity}`,
      `Land: ${bo.country}`,
      'SPAR kan inte bekräfta adressen',
      'EDPB:s riktlinjer 01/2022, punkt 69–78',
      'använd först det vi redan vet om personen och skulden',
      'En kopia av en id-handling bara när det är motiverat, och radera kopian när kontrollen är gjord.',
      'Lämna inte ut eller ändra något förrän identiteten är kontrollerad.',
      '- Personen vill ha svaret elektroniskt (artikel 15.3): lämna ut det på det skyddade sättet först när identiteten är kontrollerad enligt ovan, aldrig till e-postadressen ovan.',
      'Skicka aldrig uppgifterna okrypterat eller som vanlig e-post',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).not.toContain('Postnummer: ');
    expect(text).not.toContain('Rättelse:');
    expect(text).not.toContain('ingen ytterligare kontroll behövs');
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
  const verifiedBy = { method: 'BankID', acr: 'urn:grn:authn:se:bankid:same-device', authenticatedAt: '2026-11-25T21:10:00.000Z', issuer: 'https://jainkasso.idura.broker' };

  it("names the accepted method, when and by whom, that the personnummer is the e-ID's, and that no further check is needed", async () => {
    const { mail } = await render(composeCompanyMail(request({ type: 'registerutdrag', answerChannel: 'elektroniskt' }), { ...meta, verifiedBy }, route));
    const text = mail.text ?? '';
    const line = 'Identiteten är styrkt med e-legitimation: BankID (urn:grn:authn:se:bankid:same-device) den 25 november 2026 kl. 22:10 (svensk tid) genom https://jainkasso.idura.broker. Personnumret kommer från e-legitimationen.';
    expect(text).toContain(`\n${line}\n`);
    // Brackets side by side, never one inside another.
    expect(bracketDepth(line)).toBe(1);
    expect(text).toContain('- Identiteten är styrkt med e-legitimation, BankID, som är en godkänd metod: ingen ytterligare kontroll behövs.');
    // The answer still goes by the protected way, not to the address typed.
    expect(text).toContain('- Personen vill ha svaret elektroniskt (artikel 15.3): skicka det på det skyddade sättet, aldrig till e-postadressen ovan.');
    expect(text).not.toContain('engångskod');
    // Without the e-ID, the same request is checked first: a code by letter to the SPAR address.
    const plain = (await render(composeCompanyMail(request({ type: 'registerutdrag', answerChannel: 'elektroniskt' }), meta, route))).mail.text ?? '';
    expect(plain).not.toContain('Identiteten är styrkt med e-legitimation');
    expect(plain).not.toContain('ingen ytterligare kontroll behövs');
    expect(plain).toContain('skicka först en engångskod eller en länk med brev till adressen i folkbokföringen (SPAR)');
  });

  it('names a method the site cannot put a name to by its acr alone', async () => {
    const other = { ...verifiedBy, method: 'urn:example:loa3', acr: 'urn:example:loa3' };
    const text = (await render(composeCompanyMail(request({ type: 'registerutdrag' }), { ...meta, verifiedBy: other }, route))).mail.text ?? '';
    expect(text).toContain('Identiteten är styrkt med e-legitimation: urn:example:loa3 den 25 november 2026');
  });

  it('by letter: to the SPAR address, or to the checked address for someone verified who is not folkbokförd', async () => {
    const folkbokford = (await render(composeCompanyMail(request({ type: 'registerutdrag' }), { ...meta, verifiedBy }, route))).mail.text ?? '';
    expect(folkbokford).toContain('- Personen vill ha svaret med brev: skicka det till adressen i folkbokföringen (SPAR)');
    const abroad = (await render(composeCompanyMail(request({ ...bo, answerChannel: 'brev' }), { ...meta, verifiedBy }, route))).mail.text ?? '';
    expect(abroad).toContain('- Personen vill ha svaret med brev: skicka det till den kontrollerade adressen.');
    expect(abroad).toContain('ingen ytterligare kontroll behövs');
  });
});

/** How deep brackets nest in a line: 1 for "(a) (b)", 2 for "(a (b))". */
function bracketDepth(line: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of line) {
    if (char === '(') deepest = Math.max(deepest, ++depth);
    if (char === ')') depth--;
  }
  return deepest;
}

/** The company mail's text for a request with `changes`, and optionally verified by e-ID. */
async function staffText(changes: Record<string, string | undefined>, m: RequestMeta = meta): Promise<string> {
  return (await render(composeCompanyMail(request(changes), m, route))).mail.text ?? '';
}

/** The instructions under "Så ska begäran besvaras:", one per line. */
function instructions(text: string): string[] {
  return text.slice(text.indexOf('Så ska begäran besvaras:')).split('\n').filter((line) => line.startsWith('- '));
}

describe("the staff's instructions: one way to check identity per case", () => {
  const verifiedBy = { method: 'Freja eID', acr: 'urn:grn:authn:se:frejaid', authenticatedAt: '2026-11-25T21:10:00.000Z', issuer: 'https://jainkasso.idura.broker' };

  it('chooses the case from the request as the form sends it: e-ID, folkbokförd, or not (samordningsnummer, date of birth, abroad)', () => {
    expect(identityCase(request(), undefined)).toBe('folkbokford');
    expect(identityCase(request(), verifiedBy)).toBe('eid');
    expect(identityCase(request({ personnummer: '850475-2380' }), undefined)).toBe('notFolkbokford');
    expect(identityCase(request({ idType: 'fodelsedatum', birthDate: '1985-04-15' }), undefined)).toBe('notFolkbokford');
    expect(identityCase(request({ ...bo }), undefined)).toBe('notFolkbokford');
  });

  it('folkbokförd without e-ID, electronically: a code or link by letter to the SPAR address before anything is released', async () => {
    const lines = instructions(await staffText({ type: 'registerutdrag', answerChannel: 'elektroniskt' }));
    expect(lines).toContain('- Personen vill ha svaret elektroniskt (artikel 15.3). Utan e-legitimation är identiteten inte kontrollerad: skicka först en engångskod eller en länk med brev till adressen i folkbokföringen (SPAR).');
    expect(lines).toContain('- Lämna ut svaret på det skyddade sättet först när personen har använt koden eller länken från brevet, aldrig till e-postadressen ovan.');
    // The code's letter comes before the release.
    expect(lines.findIndex((line) => line.includes('engångskod'))).toBeLessThan(lines.findIndex((line) => line.startsWith('- Lämna ut svaret')));
  });

  it('not folkbokförd, by letter: the proportionate check, then the letter to the checked address (den kontrollerade adressen)', async () => {
    const lines = instructions(await staffText({ ...bo, answerChannel: 'brev' }));
    expect(lines.some((line) => line.includes('Kontrollera identiteten i proportion till vad som lämnas ut'))).toBe(true);
    expect(lines).toContain('- Kontrollera också adressen som svaret ska gå till. Lämna inte ut eller ändra något förrän identiteten är kontrollerad.');
    expect(lines).toContain('- Personen vill ha svaret med brev: skicka det till den kontrollerade adressen.');
    expect(lines.join('\n')).not.toContain('adressen i folkbokföringen (SPAR)');
  });

  it('e-ID by an accepted method: named, no further check, and the answer by the protected way', async () => {
    const lines = instructions(await staffText({ type: 'registerutdrag', answerChannel: 'elektroniskt' }, { ...meta, verifiedBy }));
    expect(lines).toContain(
      '- Identiteten är styrkt med e-legitimation, Freja eID, som är en godkänd metod: ingen ytterligare kontroll behövs. Namn och personnummer kommer från e-legitimationen, inte från det som skrevs i formuläret.',
    );
    expect(lines).toContain('- Personen vill ha svaret elektroniskt (artikel 15.3): skicka det på det skyddade sättet, aldrig till e-postadressen ovan.');
  });

  it('"no further check" only with e-ID: never for someone folkbokförd or not, by either channel', async () => {
    for (const changes of [{}, { answerChannel: 'elektroniskt' }, { ...bo }, { ...bo, answerChannel: 'brev' }, { idType: 'fodelsedatum', birthDate: '1985-04-15' }]) {
      expect(await staffText(changes)).not.toContain('ingen ytterligare kontroll');
    }
  });

  it("names the company's protected way for an electronic answer once it is set, and what to do while it is not", async () => {
    const unset = instructions(await staffText({ answerChannel: 'elektroniskt' }));
    expect(unset).toContain(
      '- Inget skyddat sätt att svara elektroniskt är angivet ännu. Skicka aldrig uppgifterna okrypterat eller som vanlig e-post: skriv till personen med brev om hur svaret kan lämnas.',
    );
    site.protectedAnswer = PROTECTED;
    for (const m of [meta, { ...meta, verifiedBy }]) {
      const set = instructions(await staffText({ answerChannel: 'elektroniskt' }, m));
      expect(set).toContain(`- Det skyddade sättet, så som personen har fått det beskrivet: ${PROTECTED.sv} Skicka aldrig uppgifterna okrypterat eller som vanlig e-post.`);
    }
    // By letter, no electronic way is named.
    expect(await staffText({})).not.toContain('skyddade sättet');
  });

  it('says not to answer the mail with personal data: its Reply-To is the address typed, never checked', async () => {
    const line = '- Svara inte på det här mejlet med personuppgifter. Svarsadressen (Reply-To) är den e-postadress som skrevs i formuläret, och den är inte kontrollerad. Svaret går aldrig dit.';
    const lines = instructions(await staffText({}));
    expect(lines[0]).toBe(line);
    // Without an address there is no Reply-To to warn of.
    expect(instructions(await staffText({ email: '' }))).not.toContain(line);
  });
});

describe('the rättelse routine in the company mail', () => {
  it('restricts the disputed data while it is checked (art. 18(1)(a)), and tells each recipient of a correction (art. 19)', async () => {
    const lines = instructions(await staffText({}));
    expect(lines).toContain(
      '- Rättelse: begränsa användningen av de uppgifter som personen säger är fel medan ni kontrollerar dem (artikel 18.1 a). Markera dem i ärendet och använd dem inte förrän kontrollen är gjord.',
    );
    expect(lines).toContain(
      '- Efter en rättelse: berätta om den för varje mottagare som har fått uppgifterna (t.ex. uppdragsgivaren), om det inte är omöjligt eller kräver oproportionerligt stor ansträngning (artikel 19). Personen har rätt att få veta vilka mottagarna är, om hen frågar.',
    );
    // Not for a registerutdrag.
    expect((await staffText({ type: 'registerutdrag' })).match(/artikel 18|artikel 19/g)).toBeNull();
  });

  it('on a refusal, or a person who cannot be identified: the reasons, IMY and the courts, by the deadline (art. 12(4)), for either request', async () => {
    const line = '- Gör ni inte det som personen begär, eller kan ni inte identifiera personen: berätta det för personen senast 25 december 2026, med skälen, och att hen kan klaga hos Integritetsskyddsmyndigheten (IMY) eller gå till domstol (artikel 12.4).';
    expect(instructions(await staffText({}))).toContain(line);
    expect(instructions(await staffText({ type: 'registerutdrag' }))).toContain(line);
  });
});

describe('the receipt, once the protected way is set', () => {
  it('states it, in the language of the form, to someone who chose an electronic answer only', async () => {
    site.protectedAnswer = PROTECTED;
    const sv = await render(composeReceipt(withEmail(request({ answerChannel: 'elektroniskt' })), meta, route));
    expect(sv.mail.text).toContain(PROTECTED.sv);
    const en = await render(composeReceipt(withEmail(request({ answerChannel: 'elektroniskt' })), inEnglish, route));
    expect(en.mail.text).toContain(PROTECTED.en);
    expect(en.mail.text).not.toContain(PROTECTED.sv);
    const byLetter = await render(composeReceipt(withEmail(request()), meta, route));
    expect(byLetter.mail.text).not.toContain(PROTECTED.sv);
  });

  it('says nothing of it while it is unset', async () => {
    const { mail } = await render(composeReceipt(withEmail(request({ answerChannel: 'elektroniskt' })), meta, route));
    expect(mail.text).not.toContain('Exempelposten');
  });
});
