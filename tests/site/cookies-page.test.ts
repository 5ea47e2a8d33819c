/**
 * What /cookies/ and /en/cookies/ list, as served: the cookie list with its facts, and the site's supplement. Static
 * HTML, so read without a browser; what the consent script shows there (the current choice, the buttons) and the
 * list's layout at 360 px are tests/e2e/consent/cookies-page.spec.ts.
 */
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readableText, served } from '../support/served';
import { site } from '../../src/site.config';

const GA_ID = process.env.PUBLIC_GA_ID?.trim() || 'G-XXXXXXXXXX';
/** The list's name for GA's per-property cookie: the real one, or `_ga_<measurement-ID>` in a build without PUBLIC_GA_ID. */
const GA_SESSION_NAME_SHOWN = {
  sv: GA_ID === 'G-XXXXXXXXXX' ? '_ga_<mätnings-ID>' : `_ga_${GA_ID.replace(/^G-/, '')}`,
  en: GA_ID === 'G-XXXXXXXXXX' ? '_ga_<measurement-ID>' : `_ga_${GA_ID.replace(/^G-/, '')}`,
};

/** The list named `name` (there is one), its cookies' names and each cookie's facts (terms, and the text of the whole item). */
function cookieList($: CheerioAPI, name: string) {
  const list = $('ul, ol').filter((_, el) => $(el).attr('aria-label') === name);
  expect(list, name).toHaveLength(1);
  const items = list.children('li').toArray();
  return {
    text: readableText($, list[0]),
    names: items.map((li) => readableText($, $(li).find('h3')[0])),
    terms: items.map((li) => $(li).find('dt').toArray().map((dt) => readableText($, dt))),
    items: items.map((li) => readableText($, li)),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether keeping a record `retention` months keeps it, whatever day of a four-year span it is made, until the consent
 * (`lifetimeDays`) has run out and GA has then kept what it collected for `gaMonths`: calendar months, as the server counts.
 */
function outlasts(retention: number, lifetimeDays: number, gaMonths: number): boolean {
  const plusMonths = (date: Date, months: number) => new Date(new Date(date).setUTCMonth(date.getUTCMonth() + months));
  for (let day = 0; day < 4 * 365 + 1; day++) {
    const recorded = new Date(Date.UTC(2027, 0, 1) + day * DAY_MS);
    // Written so that an unreadable figure (NaN) fails too.
    if (!(plusMonths(recorded, retention) >= plusMonths(new Date(recorded.getTime() + lifetimeDays * DAY_MS), gaMonths))) return false;
  }
  return true;
}

/** The region labelled by a heading named `name`: the section, its id and its text. */
function region($: CheerioAPI, name: string) {
  const section = $('section[aria-labelledby]').filter((_, el) => readableText($, `#${$(el).attr('aria-labelledby')}`) === name);
  expect(section, name).toHaveLength(1);
  return { id: section.attr('id'), text: readableText($, section[0]) };
}

describe('/cookies/', () => {
  it('lists every cookie and the localStorage key with Typ, Leverantör, Part, Syfte, Lagringstid and Kategori', async () => {
    const { $ } = await served('/cookies/');
    const list = cookieList($, 'Cookies och lokal lagring på webbplatsen');
    expect(list.names).toEqual(['cc_cookie', 'dina-uppgifter-kvitto', 'consent-records', '_ga', GA_SESSION_NAME_SHOWN.sv]);
    for (const terms of list.terms) expect(terms).toEqual(['Typ', 'Leverantör', 'Part', 'Syfte', 'Lagringstid', 'Kategori']);
    const [consent, receipt, queue, ga, gaSession] = list.items;
    expect(consent).toContain('182 dagar');
    expect(consent).toContain('Nödvändiga');
    expect(consent).toContain('och ditt samtyckes-ID');
    expect(queue).toContain('Lokal lagring (localStorage)');
    expect(queue).toContain('Tills uppgiften har skickats');
    expect(queue).toContain('Nödvändiga');
    expect(receipt).toContain('10 minuter');
    expect(receipt).toContain('Nödvändiga');
    expect(receipt).toContain('Visar ditt referensnummer på kvittosidan');
    expect(receipt).toContain('bara ett slumpat id');
    expect(receipt).not.toMatch(/ärendenummer|inga personuppgifter/);
    expect(ga).toContain('Google Ireland Ltd');
    expect(ga).toContain('Förstapart');
    expect(ga).toContain('Statistik');
    expect(gaSession).toContain('2 år');
    expect(readableText($)).not.toContain('XXXXXXXXXX');
  });

  it("adds the site's own supplement, labelled as such, naming Google Ireland Ltd and the USA, where the privacy policy's link leads", async () => {
    const policy = (await served('/integritetspolicy/')).$;
    const link = policy('a').filter((_, a) => readableText(policy, a) === 'Kompletterande information om webbplatsen');
    expect(link).toHaveLength(1);
    expect(link.attr('href')).toBe('/cookies/#kompletterande-information');

    const supplement = region((await served('/cookies/')).$, 'Kompletterande information om webbplatsen');
    expect(supplement.id).toBe('kompletterande-information');
    for (const text of [
      'inte en del av vår cookietext ovan',
      'Google Ireland Ltd',
      'USA',
      'Data Privacy Framework',
      'Den rättsliga grunden är ditt samtycke (artikel 6.1 a i dataskyddsförordningen)',
      '9 kap. 28 § lagen (2022:482) om elektronisk kommunikation (LEK)',
      'loggar eller lagrar Google Analytics 4 inte IP-adresser',
      'Din IP-adress skickas ändå till Google med varje anrop och används för att räkna fram ungefär var du befinner dig',
      'Neka alla',
      'Uppgifter som redan har skickats till Google raderas inte när du återkallar',
    ]) {
      expect(supplement.text).toContain(text);
    }
    // GA's retention is the client's setting: not shown until src/site.config.ts has it.
    expect(supplement.text).not.toContain('Hur länge statistiken sparas');
  });

  it('says the record of a choice is personal data, on which grounds it is kept, how to get or erase it, and keeps it as long as the consent and GA need', async () => {
    const { $ } = await served('/cookies/');
    const { text } = region($, 'Kompletterande information om webbplatsen');
    // Pseudonymous personal data: the ID is also in cc_cookie and shown to the visitor.
    expect(text).toContain('Uppgiften om ditt val är en personuppgift');
    expect(text).toContain('en personuppgift, i pseudonymiserad form (skäl 26 i dataskyddsförordningen)');
    expect(text).toContain('Det finns också i cookien cc_cookie och visas för dig under Cookieinställningar');
    expect(text).toContain('Din IP-adress sparar vi inte i uppgiften.');
    expect(text).not.toMatch(/något annat som pekar ut dig/);
    // Consents and withdrawals: art. 7(1) with 6(1)(c); refusals and GPC: 6(1)(f), with the right to object.
    expect(text).toMatch(/När du godkänner statistik eller återkallar ett samtycke [^.]*\(artikel 7\.1 i dataskyddsförordningen\)\. Den rättsliga grunden är då en rättslig förpliktelse \(artikel 6\.1 c\)\./);
    expect(text).toMatch(/När du nekar statistik, eller när din webbläsare skickar GPC, finns inget samtycke att visa\.[^.]*[^.]*vårt berättigade intresse \(artikel 6\.1 f\)\. Du har rätt att invända mot den behandlingen \(artikel 21\)\./);
    // Getting or erasing it: by quoting the consent ID.
    expect(text).toContain(`Du kan få en kopia av uppgifterna eller begära att de raderas: skriv till oss på ${site.email} och ange ditt samtyckes-ID`);
    // Retention: at least the consent's lifetime (as the table says it) plus GA's.
    const [, months, lifetime, ga] = /Uppgiften om ditt val sparas i (\d+) månader\. Därefter raderas den automatiskt\.[^:]*: ditt val gäller i (\d+) dagar, och det som Google Analytics har samlat in med samtycket kan finnas kvar där i upp till (\d+) månader efter det\./.exec(text) ?? [];
    expect([months, lifetime, ga], 'the retention sentence').toEqual(Array(3).fill(expect.stringMatching(/^\d+$/)));
    expect(cookieList($, 'Cookies och lokal lagring på webbplatsen').items[0]).toContain(`${lifetime} dagar`);
    expect(Number(ga)).toBe(site.gaRetentionMonths ?? 14);
    expect(outlasts(Number(months), Number(lifetime), Number(ga))).toBe(true);
  });
});

describe('/en/cookies/', () => {
  it('lists the same cookies as /cookies/, with English purposes and durations', async () => {
    const swedish = cookieList((await served('/cookies/')).$, 'Cookies och lokal lagring på webbplatsen');
    expect(swedish.names).toHaveLength(5);
    const { $ } = await served('/en/cookies/');
    expect($('h1, h2, h3, h4').toArray().map((h) => readableText($, h))).toContain('Cookies and local storage this website uses');
    const list = cookieList($, 'Cookies and local storage on the website');
    expect(list.names).toEqual(swedish.names.map((name) => (name === GA_SESSION_NAME_SHOWN.sv ? GA_SESSION_NAME_SHOWN.en : name)));
    for (const terms of list.terms) expect(terms).toEqual(['Type', 'Provider', 'Party', 'Purpose', 'Duration', 'Category']);
    const [consent, receipt, queue, ga, gaSession] = list.items;
    expect(consent).toContain('Stores your choice about cookies');
    expect(consent).toContain('and your consent ID');
    expect(queue).toContain('Local storage (localStorage)');
    expect(queue).toContain('Until the record has been sent');
    expect(consent).toContain('182 days');
    expect(consent).toContain('Necessary');
    expect(receipt).toContain('10 minutes');
    expect(ga).toContain('Google Ireland Ltd');
    expect(ga).toContain('First party');
    expect(ga).toContain('Statistics');
    expect(gaSession).toContain('2 years');
    expect(list.text).not.toMatch(/Förstapart|dagar|Nödvändiga|Statistik\b/);
    expect(readableText($)).not.toContain('XXXXXXXXXX');
  });

  it("adds the site's supplement in English, at #supplementary-information", async () => {
    const supplement = region((await served('/en/cookies/')).$, 'Supplementary information about this website');
    expect(supplement.id).toBe('supplementary-information');
    for (const text of [
      'not part of our cookie text above',
      'Google Ireland Ltd',
      'Google LLC in the USA',
      'Data Privacy Framework',
      'The legal basis is your consent (Article 6(1)(a) of the GDPR)',
      'Chapter 9, Section 28 of the Swedish Electronic Communications Act',
      'Google Analytics 4 does not log or store IP addresses',
      'Your IP address is still sent to Google with each request and used to work out your approximate location',
      'choose Reject all',
      `the cookies _ga and ${GA_SESSION_NAME_SHOWN.en} are deleted`,
      'Withdrawing does not delete data already sent to Google',
    ]) {
      expect(supplement.text).toContain(text);
    }
    // GA's retention is the client's setting: not shown until src/site.config.ts has it.
    expect(supplement.text).not.toContain('How long the statistics are kept');
  });

  it('says in English the record of a choice is personal data, on which grounds it is kept, how to get or erase it, and keeps it as long as the consent and GA need', async () => {
    const { $ } = await served('/en/cookies/');
    const { text } = region($, 'Supplementary information about this website');
    expect(text).toContain('The record of your choice is personal data');
    expect(text).toContain('personal data, in pseudonymised form (Recital 26 of the GDPR)');
    expect(text).toContain('It is also kept in the cookie cc_cookie and shown to you under Cookie settings');
    expect(text).toContain('a random code your browser was given');
    expect(text).toContain('We do not store your IP address in the record.');
    expect(text).not.toMatch(/anything else that identifies you|a random number/);
    expect(text).toMatch(/When you accept statistics or withdraw a consent, [^.]*\(Article 7\(1\) of the GDPR\)\. The legal basis is then a legal obligation \(Article 6\(1\)\(c\)\)\./);
    expect(text).toMatch(/When you refuse statistics, or your browser sends GPC, there is no consent to show\.[^.]*our legitimate interest \(Article 6\(1\)\(f\)\)\. You have the right to object to that processing \(Article 21\)\./);
    expect(text).toContain(`You can get a copy of the records or ask for them to be erased: write to us at ${site.email} and quote your consent ID`);
    const [, months, lifetime, ga] = /The record of your choice is kept for (\d+) months\. It is then deleted automatically\.[^:]*: your choice holds for (\d+) days, and what Google Analytics collected under it may be kept there for up to (\d+) months after that\./.exec(text) ?? [];
    expect([months, lifetime, ga], 'the retention sentence').toEqual(Array(3).fill(expect.stringMatching(/^\d+$/)));
    expect(cookieList($, 'Cookies and local storage on the website').items[0]).toContain(`${lifetime} days`);
    expect(Number(ga)).toBe(site.gaRetentionMonths ?? 14);
    expect(outlasts(Number(months), Number(lifetime), Number(ga))).toBe(true);
  });
});
