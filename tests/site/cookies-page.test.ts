/**
 * What /cookies/ and /en/cookies/ list, as served: the cookie list with its facts, and the site's supplement. Static
 * HTML, so read without a browser; what the consent script shows there (the current choice, the buttons) and the
 * list's layout at 360 px are tests/e2e/consent/cookies-page.spec.ts.
 */
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readableText, served } from '../support/served';

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

/** The region labelled by a heading named `name`: the section, its id and its text. */
function region($: CheerioAPI, name: string) {
  const section = $('section[aria-labelledby]').filter((_, el) => readableText($, `#${$(el).attr('aria-labelledby')}`) === name);
  expect(section, name).toHaveLength(1);
  return { id: section.attr('id'), text: readableText($, section[0]) };
}

describe('/cookies/', () => {
  it('lists every cookie with Leverantör, Part, Syfte, Lagringstid and Kategori', async () => {
    const { $ } = await served('/cookies/');
    const list = cookieList($, 'Cookies på webbplatsen');
    expect(list.names).toEqual(['cc_cookie', 'dina-uppgifter-kvitto', '_ga', GA_SESSION_NAME_SHOWN.sv]);
    for (const terms of list.terms) expect(terms).toEqual(['Leverantör', 'Part', 'Syfte', 'Lagringstid', 'Kategori']);
    const [consent, receipt, ga, gaSession] = list.items;
    expect(consent).toContain('182 dagar');
    expect(consent).toContain('Nödvändiga');
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
});

describe('/en/cookies/', () => {
  it('lists the same cookies as /cookies/, with English purposes and durations', async () => {
    const swedish = cookieList((await served('/cookies/')).$, 'Cookies på webbplatsen');
    expect(swedish.names).toHaveLength(4);
    const { $ } = await served('/en/cookies/');
    expect($('h1, h2, h3, h4').toArray().map((h) => readableText($, h))).toContain('Cookies this website uses');
    const list = cookieList($, 'Cookies on the website');
    expect(list.names).toEqual(swedish.names.map((name) => (name === GA_SESSION_NAME_SHOWN.sv ? GA_SESSION_NAME_SHOWN.en : name)));
    for (const terms of list.terms) expect(terms).toEqual(['Provider', 'Party', 'Purpose', 'Duration', 'Category']);
    const [consent, receipt, ga, gaSession] = list.items;
    expect(consent).toContain('Stores your choice about cookies');
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
});
