/**
 * The data-request form as the server answers it, read without a browser (a visitor without JavaScript posts the
 * served form): every kind of wrong answer in both languages with the GOV.UK error pattern, the answers kept and
 * nothing sent; the empty form's questions and its art. 12 and 13 facts. What only a browser shows (focus, the
 * questions that appear, layout, axe) is in tests/e2e/requests/form.spec.ts.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_LABELS, FORM_PAGE, invalidPosts, startRequestServer, type FormField, type RequestServer } from '../../support/requests';
import { accessibleDescription, labelOf, Visitor } from '../../support/visitor';
import { readableText } from '../../support/served';
import { anna } from '../../support/fixtures/anna';
import { requestText } from '../../../src/i18n/requests';
import { LOCALES, type Locale } from '../../../src/i18n/locales';

let server: RequestServer;
// Headroom for starting the app on a busy two-core machine: a limit on waiting, never a speed goal.
beforeAll(async () => {
  server = await startRequestServer(() => ({ RATE_LIMIT_MAX: '100000' }));
}, 60_000);
afterAll(() => server?.stop());

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Text as a reader gets it (readableText): white space, non-breaking spaces included, folded to one space. */
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();
const TEXT_FIELDS = ['name', 'personnummer', 'address', 'postalCode', 'city', 'email', 'phone', 'caseNumber', 'correction'] as const;

/** A question's element as a screen reader meets it: a choice's fieldset (its legend the question), or the text control. */
function control($: CheerioAPI, field: FormField, locale: Locale): Element {
  if (field === 'type' || field === 'answerChannel') {
    const legend = field === 'type' ? FORM_PAGE[locale].typeLegend : FORM_PAGE[locale].channelLegend;
    const fieldset = $('fieldset').filter((_, element) => readableText($, $(element).children('legend').get(0)) === legend);
    expect(fieldset).toHaveLength(1);
    return fieldset.get(0)!;
  }
  const element = $(`#request-${field}`);
  expect(element).toHaveLength(1);
  // Found by its label, in the page's language.
  expect(labelOf($, `request-${field}`)).toMatch(FORM_LABELS[locale].fields[field]);
  return element.get(0)!;
}

/** The GOV.UK pattern in the server's answer, as a visitor with a screen reader meets it, in the page's language. */
function expectErrors($: CheerioAPI, expected: Partial<Record<FormField, string>>, locale: Locale): void {
  const words = FORM_PAGE[locale];
  expect($('title').text()).toBe(`${words.error} ${words.title}`);
  const summary = $('[data-error-summary]');
  expect(summary).toHaveLength(1);
  // It takes focus as the page loads, without JavaScript (the browser's part: tests/e2e/requests/form.spec.ts).
  expect(summary.attr('autofocus')).toBeDefined();
  expect(summary.attr('tabindex')).toBe('-1');
  expect(readableText($, summary.find('h2').get(0))).toBe(words.problem);
  // One link per problem, in the form's order, each leading to its field.
  const links = summary.find('a').toArray();
  expect(links.map((link) => readableText($, link))).toEqual(Object.values(expected).map(folded));
  for (const link of links) expect($(`[id="${link.attribs.href!.slice(1)}"]`)).toHaveLength(1);
  for (const [field, message] of Object.entries(expected) as [FormField, string][]) {
    const element = control($, field, locale);
    // The message beside the field, announced with it.
    expect(accessibleDescription($, element)).toMatch(new RegExp(`${words.error} ${escape(folded(message))}`));
    if (field === 'type' || field === 'answerChannel') {
      const radios = $(element).find('input[type="radio"]').toArray();
      expect(radios).toHaveLength(2);
      for (const radio of radios) expect(radio.attribs['aria-invalid']).toBe('true');
    } else {
      expect(element.attribs['aria-invalid']).toBe('true');
    }
  }
  // Fields without a problem are not marked.
  const fine = (['name', 'personnummer', 'address', 'postalCode', 'city', 'email', 'phone', 'caseNumber'] as const).filter((f) => !(f in expected));
  for (const field of fine) expect(control($, field, locale).attribs['aria-invalid']).toBeUndefined();
}

// The same cases in every language: the errors in the page's language, never a word of the other.
describe.each(LOCALES)('the form in %s, without JavaScript', (locale) => {
  const words = FORM_PAGE[locale];
  const other = FORM_PAGE[LOCALES.find((candidate) => candidate !== locale)!];

  for (const post of invalidPosts(locale)) {
    it(`the server answers ${post.name} with the GOV.UK error pattern, keeps every answer and sends nothing`, async () => {
      const attempts = server.smtp.attempts;
      const { posted } = await new Visitor(server.url).send(words.path, post.fields);
      expect(posted.status).toBe(400);
      expect(posted.url.pathname).toBe(words.path);
      const { $ } = posted;
      expectErrors($, post.errors, locale);
      for (const field of TEXT_FIELDS) {
        const value = post.fields[field];
        if (value === undefined) continue;
        const element = $(`#request-${field}`);
        expect(field === 'correction' ? element.text() : element.attr('value')).toBe(value);
      }
      if (post.fields.type) expect($('#request-type-rattelse').attr('checked')).toBeDefined();
      // The channel as chosen, or none: never one the visitor did not choose.
      expect($('input[name="answerChannel"][checked]').toArray().map((radio) => radio.attribs.value)).toEqual(post.fields.answerChannel ? [post.fields.answerChannel] : []);
      expect(readableText($)).not.toMatch(new RegExp(`${escape(other.problem)}|${escape(other.error)}`));
      if (post.follow) expect(post.errors[post.follow]).toBeDefined();
      expect(server.smtp.attempts).toBe(attempts);
    });
  }
});

it('an invalid type does not hide the other problems', async () => {
  const t = requestText('sv').errors;
  const answer = await new Visitor(server.url).post('/dina-uppgifter/?_action=requests.submit', { ...anna, type: 'radering', postalCode: '1', email: 'anna@' });
  expect(answer.status).toBe(400);
  for (const message of [t.type, t.postalCodeFormat, t.emailFormat]) expect(answer.html).toContain(message);
});

/** The region of the page named `name` (a landmark whose accessible name is its heading). */
function region($: CheerioAPI, name: string): string {
  const found = $('section[aria-labelledby]').filter((_, element) => readableText($, $(`[id="${element.attribs['aria-labelledby']}"]`).get(0)) === name);
  expect(found, `the region "${name}"`).toHaveLength(1);
  return readableText($, found.get(0));
}

/** The radio with the label `name`, within `scope` (a selector). */
function radio($: CheerioAPI, name: string, scope = 'form'): Element {
  const found = $(scope)
    .find('input[type="radio"]')
    .filter((_, element) => labelOf($, element.attribs.id!) === name);
  expect(found, `the radio "${name}"`).toHaveLength(1);
  return found.get(0)!;
}

/** The fieldset whose legend is `legend`. */
function group($: CheerioAPI, legend: string): Element {
  const found = $('fieldset').filter((_, element) => readableText($, $(element).children('legend').get(0)) === legend);
  expect(found, `the group "${legend}"`).toHaveLength(1);
  return found.get(0)!;
}

describe('the empty form', () => {
  it('in Swedish: no answer channel chosen for the visitor, e-mail needed only for electronic, folkbokförd or not; the art. 12 and 13 facts', async () => {
    const { status, $ } = await new Visitor(server.url).get('/dina-uppgifter/');
    expect(status).toBe(200);
    expect(readableText($, $('main h1').get(0))).toBe('Begär registerutdrag eller rättelse');

    // No channel chosen for the visitor, none recommended (art. 12(3)); e-mail needed only for electronic. Read as a
    // browser without CSS (or without :has()) shows it: the words said before a choice, with their conditions.
    const channel = group($, 'Hur vill du få svaret?');
    expect($(channel).find('input[type="radio"]')).toHaveLength(2);
    expect($(channel).find('input[type="radio"][checked]')).toHaveLength(0);
    expect(readableText($, channel)).not.toMatch(/rekommenderas/);
    expect(accessibleDescription($, radio($, 'Med brev'))).toBe(
      'Till din folkbokföringsadress, eller till den adress du har angett om du inte är folkbokförd i Sverige. Bara du får brevet.',
    );
    expect(accessibleDescription($, radio($, 'Elektroniskt'))).toMatch(
      /Vi kontrollerar först att det är du\. Sedan skickar vi svaret elektroniskt på ett skyddat sätt, aldrig som vanlig e-post\./,
    );
    expect(readableText($)).toContain('Du väljer hur du får svaret: med brev eller elektroniskt. Vi skickar det aldrig som vanlig e-post.');
    // The e-mail field comes right after "Elektroniskt", inside its question, saying when it is needed.
    expect($(channel).find('#request-email')).toHaveLength(1);
    expect(labelOf($, 'request-email')).toBe('E-post (frivilligt om du vill få svaret med brev)');
    expect(accessibleDescription($, '#request-email')).toMatch(/^Behövs om du vill få svaret elektroniskt\. .*bekräftelse/);
    // Folkbokförd or not, rather than where the person lives; not folkbokförd, the address may be in Sweden.
    const folkbokford = group($, 'Är du folkbokförd i Sverige?');
    expect($(folkbokford).find('#request-address, #request-abroadAddress, #request-country')).toHaveLength(3);
    expect(accessibleDescription($, radio($, 'Nej, jag är inte folkbokförd i Sverige'))).toMatch(/Du kan ändå ha en adress i Sverige\./);
    expect(readableText($, group($, 'Din folkbokföringsadress'))).not.toMatch(/Ett brev med svaret skickas dit/);
    expect(readableText($, group($, 'Din adress'))).toContain('I Sverige eller i ett annat land.');
    expect(labelOf($, 'request-phone')).toBe('Telefon (frivilligt)');
    // Required or optional said on every field: optional ones say so, as the note before the form tells.
    expect(readableText($)).toContain('Alla fält måste fyllas i om det inte står att de är frivilliga.');
    expect($('form[method="post"]').attr('novalidate')).toBeDefined();
    expect(accessibleDescription($, '#request-personnummer')).toMatch(/ÅÅÅÅMMDD-NNNN/);
    expect($('#request-personnummer').attr('spellcheck')).toBe('false');
    expect($('#request-name').attr('autocomplete')).toBe('name');
    expect($('#request-email').attr('autocomplete')).toBe('email');
    expect($('#request-postalCode').attr('autocomplete')).toBe('postal-code');

    // The art. 12 and 13 facts of the request: who, why, basis, what must be given, recipients, rights, cost and time, complaints.
    const facts = region($, 'Så behandlar vi uppgifterna i din begäran');
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
      'Om vi rättar eller kompletterar uppgifter om dig, meddelar vi det till dem som har fått uppgifterna av oss.',
      '(vår uppdragsgivare) och Kronofogden',
      'personuppgiftsbiträden',
      // The rights over the request's own data, and where to use the others.
      'Du har rätt att få en kopia av dem och att få dem rättade om de är fel eller ofullständiga.',
      'Rätten att invända och rätten att flytta uppgifterna (dataportabilitet) gäller inte här',
      'Det är kostnadsfritt.',
      'utan onödigt dröjsmål och senast en månad efter att vi har fått din begäran',
      'förlänga tiden med högst två månader',
      'inom den första månaden',
      'Integritetsskyddsmyndigheten (IMY)',
      'Du behöver inte skicka någon kopia av din id-handling.',
    ]) {
      expect(facts).toContain(text);
    }
    expect(facts).not.toContain('Ingen annan');
    const factsRegion = $('section[aria-labelledby]').filter((_, element) => $(element).find('dd').length > 0);
    const link = (name: string, scope = 'dd, dt, p, li') =>
      factsRegion
        .find(scope)
        .find('a')
        .filter((_, a) => readableText($, a) === name)
        .attr('href');
    expect(link('026-16 64 70', 'dd')).toBe('tel:+4626166470');
    expect(link('Kontakt')).toBe('/kontakt/');
    expect(link('imy.se')).toBe('https://www.imy.se/');
    expect(link('integritetspolicy')).toBe('/integritetspolicy/');
    // No retention period and no mail provider are configured: none is invented.
    expect(facts).not.toContain('Hur länge vi sparar');
    expect(facts).not.toContain('utanför EU/EES');
    // Rättelse covers completing what is incomplete (art. 16).
    expect(accessibleDescription($, radio($, 'Rättelse'))).toBe('Vi rättar uppgifter om dig som är fel och kompletterar dem som är ofullständiga.');
    // Protected identity: before the form, folded away.
    const details = $('main details').filter((_, element) => readableText($, $(element).children('summary').get(0)) === 'Har du skyddade personuppgifter?');
    expect(details).toHaveLength(1);
    expect(details.attr('open')).toBeUndefined();
    expect($('main *').index(details)).toBeLessThan($('main *').index($('form[method="post"]')));
  });

  it('in English: explains the personnummer and states the art. 12 and 13 facts in English', async () => {
    const { status, $ } = await new Visitor(server.url).get('/en/your-data/');
    expect(status).toBe(200);
    const title = 'Ask for a copy of your data or for rectification';
    expect(readableText($, $('main h1').get(0))).toBe(title);
    expect($('title').text()).toMatch(new RegExp(`^${title} – `));
    expect(accessibleDescription($, '#request-personnummer')).toMatch(
      /Swedish personal identity number \(personnummer\) or coordination number \(samordningsnummer\)\. Write it as YYYYMMDD-XXXX/,
    );
    expect(labelOf($, 'request-email')).toBe('Email (optional if you want the answer by post)');
    expect(accessibleDescription($, '#request-email')).toMatch(/^Needed if you want the answer electronically\./);
    const channel = group($, 'How do you want the answer?');
    expect($(channel).find('input[type="radio"][checked]')).toHaveLength(0);
    expect(readableText($, channel)).not.toMatch(/recommended/);
    expect(accessibleDescription($, radio($, 'By post', 'fieldset:has(> legend:contains("How do you want the answer?"))'))).toBe(
      'To your registered address in Sweden, or to the address you have given if you are not registered in Sweden. Only you get the letter.',
    );
    expect($(group($, 'Are you registered in the Swedish Population Register (folkbokförd)?')).find('#request-address, #request-abroadAddress')).toHaveLength(2);
    expect($(group($, 'What do you want to ask for?')).find('input[type="radio"]')).toHaveLength(2);
    expect($(group($, 'Your registered address in Sweden')).find('input[type="text"]')).toHaveLength(3);

    const facts = region($, 'How we handle the data in your request');
    for (const text of [
      'J A Inkasso & Consulting AB, Box 358, 801 05 GÄVLE, is the data controller.',
      'Article 15 of the General Data Protection Regulation',
      'to have data about you rectified or completed (Article 16)',
      'Legal obligation (Article 6(1)(c))',
      'What your request is for, your name, your personnummer or samordningsnummer (if you have neither: your date of birth) and your address. If you want the answer electronically, also your email address.',
      'to find you in our records and to send the answer safely to you',
      'Email (when the answer comes by letter), phone and case number.',
      'Without it, we cannot handle your request through the form. You can write to us or call us instead:',
      'We check your address in SPAR, the Swedish state register of personal addresses (statens personadressregister).',
      'If we rectify or complete data about you, we tell those we have disclosed the data to.',
      '(our client) and the Swedish Enforcement Authority (Kronofogden)',
      'data processors',
      'You have the right to get a copy of it, and to have it rectified if it is wrong or incomplete.',
      'The right to object and the right to data portability do not apply here',
      'It is free.',
      'without undue delay and within one month at the latest',
      'at most two more months',
      'within the first month',
      'Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)',
      'You do not need to send a copy of your ID document.',
    ]) {
      expect(facts).toContain(text);
    }
    expect(facts).not.toContain('How long we keep it');
    expect(facts).not.toMatch(/No one else|outside the EU\/EEA|correction|extract/);
    const factsRegion = $('section[aria-labelledby]').filter((_, element) => $(element).find('dd').length > 0);
    const link = (name: string) =>
      factsRegion
        .find('a')
        .filter((_, a) => readableText($, a) === name)
        .attr('href');
    expect(link('Contact')).toBe('/en/contact/');
    expect(link('privacy policy')).toBe('/en/privacy-policy/');
    expect(accessibleDescription($, radio($, 'Rectification of your data'))).toBe(
      'We correct data about you that is wrong, and complete data that is incomplete (in Swedish: rättelse).',
    );
    expect($('main details > summary').filter((_, s) => readableText($, s) === 'Do you have protected personal details (skyddade personuppgifter)?')).toHaveLength(1);
  });
});
