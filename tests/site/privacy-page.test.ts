/**
 * The privacy policy, as served, in both languages: the client's text, then the site's own supplement on the reader's
 * rights, labelled as such, as /cookies/ has one. The company's facts in it (legal basis, retention) are unset in the
 * config, so the built site shows none of them; tests/unit/content/privacy-supplement.test.ts renders them set.
 */
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readableText, served } from '../support/served';

/** The region labelled by a heading named `name` (there is one): its id, its terms, its text and its links. */
function region($: CheerioAPI, name: string) {
  const section = $('main section[aria-labelledby]').filter((_, el) => readableText($, `#${$(el).attr('aria-labelledby')}`) === name);
  expect(section, name).toHaveLength(1);
  return {
    /** Where the page's table of contents leads: its heading. */
    id: section.attr('aria-labelledby'),
    terms: section.find('dt').toArray().map((dt) => readableText($, dt)),
    text: readableText($, section[0]),
    link: (label: string) => section.find('a').filter((_, a) => readableText($, a) === label).attr('href'),
  };
}

const pages = [
  {
    path: '/integritetspolicy/',
    heading: 'Kompletterande information om dina rättigheter',
    id: 'kompletterande-information',
    toc: 'På den här sidan',
    terms: [
      'Rätt till registerutdrag',
      'Rätt till rättelse',
      'Rätt till radering',
      'Rätt till begränsning',
      'Rätt att invända',
      'När du får svar',
      'Så använder du dina rättigheter',
      'Klagomål till IMY',
    ],
    says: [
      'inte en del av vår integritetspolicy ovan',
      'Kopian är kostnadsfri. Begär du fler kopior får vi ta ut en rimlig avgift',
      'ofullständiga uppgifter kompletterade',
      'rätt att invända mot behandlingen',
      'inom en månad',
      'Integritetsskyddsmyndigheten (IMY)',
    ],
    form: ['Begär dina uppgifter', '/dina-uppgifter/'],
    facts: ['Rättslig grund för inkassoverksamheten', 'Hur länge uppgifterna sparas'],
  },
  {
    path: '/en/privacy-policy/',
    heading: 'Supplementary information about your rights',
    id: 'supplementary-information',
    toc: 'On this page',
    terms: [
      'Right of access (registerutdrag)',
      'Right to rectification',
      'Right to erasure',
      'Right to restriction',
      'Right to object',
      'When you get an answer',
      'How to use your rights',
      'Complaints to IMY',
    ],
    says: [
      'not part of our privacy policy above',
      'The copy is free of charge. If you ask for further copies, we may charge a reasonable fee',
      'incomplete data completed',
      'the right to object to the processing',
      'within one month',
      'Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)',
    ],
    form: ['Request your data', '/en/your-data/'],
    facts: ['Legal basis of the debt collection', 'How long the data is kept'],
  },
];

describe('the privacy policy', () => {
  it.each(pages)("$path adds the site's supplement on the reader's rights, labelled as such, listed on the page's table of contents", async ({ path, heading, id, toc, terms, says, form, facts }) => {
    const { $ } = await served(path);
    const supplement = region($, heading);
    expect(supplement.id).toBe(id);
    expect(supplement.terms).toEqual(terms);
    for (const text of says) expect(supplement.text).toContain(text);
    // How to use the rights: the form; where to complain: IMY.
    expect(supplement.link(form[0]!)).toBe(form[1]);
    expect(supplement.link('www.imy.se')).toBe('https://www.imy.se/');
    // The company's own facts are unset in the config: no term stands in for them.
    for (const term of facts) expect(supplement.text).not.toContain(term);
    // After the client's text, never in it: the policy's last section (Kontakt) comes first.
    const main = readableText($);
    expect(main.lastIndexOf(heading)).toBeGreaterThan(main.lastIndexOf(path.startsWith('/en/') ? 'you are always welcome to contact us' : 'är du alltid välkommen att kontakta oss'));
    const contents = $('nav').filter((_, nav) => readableText($, `#${$(nav).attr('aria-labelledby')}`) === toc);
    expect(contents.find('a').filter((_, a) => readableText($, a) === heading).attr('href')).toBe(`#${id}`);
  });
});
