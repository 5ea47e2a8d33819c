/**
 * The art. 12 and 13 facts under the form, as a reader meets them: each term of the definition list with what it says,
 * in Swedish and in English. The facts only the client can give (transfers, retention) appear only once they are set.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageContext } from '../../../src/i18n/page-context';
import { localeOfPath } from '../../../src/i18n/routes';
import { site } from '../../../src/site.config';
import RequestPrivacy from '../../../src/components/form/RequestPrivacy.astro';

// A copy of the config that a test can complete, as the client would, and that afterEach puts back.
vi.mock('../../../src/site.config', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/site.config')>();
  return { ...actual, site: { ...actual.site } };
});
afterEach(() => {
  delete site.mailProvider;
  delete site.requestRetention;
});

async function render(path: string, props: Record<string, unknown> = {}): Promise<string> {
  const container = await AstroContainer.create();
  // The page's context as src/middleware.ts sets it (the container runs no middleware).
  const locals = { page: pageContext(localeOfPath(path), path) } as App.Locals;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- outside astro check, TypeScript cannot type an .astro import.
  return container.renderToString(RequestPrivacy, { locals, props, request: new Request(`https://www.jainkasso.se${path}`) });
}

/** The visible text of some HTML, white space (non-breaking too) folded. */
function text(html: string): string {
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
  return html
    .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ' ')
    .replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => entities[entity]!)
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:])/g, '$1')
    .trim();
}

/** The definition list as a screen reader announces it: each term, in order, with the text of each of its definitions. */
function facts(html: string): [term: string, definitions: string[]][] {
  const list = /<dl[^>]*data-privacy-facts[^>]*>([\s\S]*?)<\/dl>/.exec(html)![1]!;
  const pairs: [string, string[]][] = [];
  for (const [, tag, content] of list.matchAll(/<(dt|dd)[^>]*>([\s\S]*?)<\/\1>/g)) {
    if (tag === 'dt') pairs.push([text(content!), []]);
    else pairs.at(-1)![1].push(text(content!));
  }
  return pairs;
}

/** Where the link named `name` leads. */
function hrefOf(html: string, name: string): string | undefined {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([^<]*)<\/a>/g)].find(([, , label]) => text(label!) === name)?.[1];
}

function definition(html: string, term: string): string {
  const found = facts(html).find(([t]) => t === term);
  expect(found, `the term "${term}"`).toBeDefined();
  return found![1].join(' | ');
}

describe('the facts under the form', () => {
  it('in Swedish: purpose with komplettera, the required fields and the way round them, recipients with SPAR and art. 19, the rights', async () => {
    const html = await render('/dina-uppgifter/');
    expect(facts(html).map(([term]) => term)).toEqual([
      'Vem som ansvarar',
      'Varför',
      'Rättslig grund',
      'Det här måste du fylla i',
      'Det här är frivilligt',
      'Om du inte vill lämna uppgifterna',
      'Vem som får uppgifterna',
      'Dina rättigheter till uppgifterna i din begäran',
      'Dina andra rättigheter',
      'Kostnad och tid',
      'Om du vill klaga',
    ]);
    expect(definition(html, 'Varför')).toContain('rätta eller komplettera uppgifter om dig (artikel 16)');
    expect(definition(html, 'Rättslig grund')).toMatch(/^Rättslig förpliktelse \(artikel 6\.1 c\)/);

    const required = definition(html, 'Det här måste du fylla i');
    expect(required).toMatch(/^Vad din begäran gäller, ditt namn, ditt personnummer eller samordningsnummer \(har du inget av dem: ditt födelsedatum\) och din adress\. Vill du få svaret elektroniskt behövs också din e-postadress\./);
    expect(required).toContain('Vid en rättelse också vad som är fel eller saknas.');
    expect(required).toContain('för att hitta dig i våra register och för att kunna skicka svaret säkert till dig');
    expect(definition(html, 'Det här är frivilligt')).toBe('E-post (när svaret kommer med brev), telefon och ärendenummer.');
    const without = definition(html, 'Om du inte vill lämna uppgifterna');
    expect(without).toMatch(/^Utan dem kan vi inte hantera din begäran i formuläret\. Du kan skriva eller ringa till oss i stället:/);
    expect(without).toContain('Box 358, 801 05 GÄVLE Tel: 026-16 64 70 E-post: info@jainkasso.se');
    expect(hrefOf(html, '026-16 64 70')).toBe('tel:+4626166470');

    const recipients = facts(html).find(([term]) => term === 'Vem som får uppgifterna')![1];
    expect(recipients).toEqual([
      'Vi kontrollerar din adress i SPAR, statens personadressregister.',
      expect.stringMatching(/^Om vi rättar eller kompletterar uppgifter om dig, meddelar vi det till dem som har fått uppgifterna av oss\./),
      'De företag som sköter vår e-post och vår webbserver behandlar uppgifterna åt oss, som personuppgiftsbiträden.',
    ]);
    expect(recipients[1]).toContain('(vår uppdragsgivare) och Kronofogden. Du kan fråga oss vilka de är.');
    expect(text(html)).not.toContain('Ingen annan');

    const rights = definition(html, 'Dina rättigheter till uppgifterna i din begäran');
    for (const right of ['få en kopia av dem', 'få dem rättade om de är fel eller ofullständiga', 'begränsa hur vi använder dem', 'radera dem']) {
      expect(rights).toContain(right);
    }
    expect(rights).toContain('Rätten att invända och rätten att flytta uppgifterna (dataportabilitet) gäller inte här');
    expect(definition(html, 'Dina andra rättigheter')).toMatch(/inkassoärende.*Skriv eller ring till oss\. Våra kontaktuppgifter finns på sidan Kontakt\.$/);
    expect(hrefOf(html, 'Kontakt')).toBe('/kontakt/');
    expect(hrefOf(html, 'integritetspolicy')).toBe('/integritetspolicy/');
  });

  it('in English: the same facts, in words an English reader knows', async () => {
    const html = await render('/en/your-data/');
    expect(facts(html).map(([term]) => term)).toEqual([
      'Who is responsible',
      'Why',
      'Legal basis',
      'What you must fill in',
      'What is optional',
      'If you do not want to give this data',
      'Who gets the data',
      'Your rights over the data in your request',
      'Your other rights',
      'Cost and time',
      'If you want to complain',
    ]);
    expect(definition(html, 'Why')).toContain('to have data about you rectified or completed (Article 16)');
    expect(definition(html, 'Legal basis')).toMatch(/^Legal obligation \(Article 6\(1\)\(c\)\)/);
    expect(definition(html, 'What you must fill in')).toMatch(
      /^What your request is for, your name, your personnummer or samordningsnummer \(if you have neither: your date of birth\) and your address\. If you want the answer electronically, also your email address\. For rectification, also what is wrong or missing\. We need this to find you in our records and to send the answer safely to you\./,
    );
    expect(definition(html, 'What is optional')).toBe('Email (when the answer comes by letter), phone and case number.');
    const without = definition(html, 'If you do not want to give this data');
    expect(without).toMatch(/^Without it, we cannot handle your request through the form\. You can write to us or call us instead:/);
    expect(without).toContain('Box 358, 801 05 GÄVLE Phone: 026-16 64 70 Email: info@jainkasso.se');

    const recipients = facts(html).find(([term]) => term === 'Who gets the data')![1];
    expect(recipients[0]).toBe('We check your address in SPAR, the Swedish state register of personal addresses (statens personadressregister).');
    expect(recipients[1]).toMatch(/^If we rectify or complete data about you, we tell those we have disclosed the data to\..*\(our client\) and the Swedish Enforcement Authority \(Kronofogden\)\. You can ask us who they are\.$/);
    expect(recipients[2]).toContain('as our data processors.');
    expect(text(html)).not.toMatch(/No one else|correction|extract/);

    const rights = definition(html, 'Your rights over the data in your request');
    for (const right of ['get a copy of it', 'have it rectified if it is wrong or incomplete', 'restrict how we use it', 'erase it']) {
      expect(rights).toContain(right);
    }
    expect(rights).toContain('The right to object and the right to data portability do not apply here');
    expect(definition(html, 'Your other rights')).toMatch(/debt collection case.*Write to us or call us\. Our contact details are on the page Contact\.$/);
    expect(hrefOf(html, 'Contact')).toBe('/en/contact/');
    expect(hrefOf(html, 'privacy policy')).toBe('/en/privacy-policy/');
  });

  it('say nothing about transfers outside the EU/EEA or retention while the client has not stated them', async () => {
    for (const path of ['/dina-uppgifter/', '/en/your-data/']) {
      const html = await render(path);
      expect(text(html)).not.toMatch(/EU\/E[EÉ]S|EU\/EEA|Hur länge|How long/);
    }
  });

  it('state the mail provider and its transfers, and the retention, in the page\'s language once the client has', async () => {
    site.mailProvider = { sv: 'Vår e-post sköts av Exempel AB och stannar inom EU/EES.', en: 'Our email is run by Exempel AB and stays within the EU/EEA.' };
    site.requestRetention = { sv: 'Ett år efter att ärendet är avslutat.', en: 'One year after the case is closed.' };
    const sv = await render('/dina-uppgifter/');
    expect(definition(sv, 'Överföring till länder utanför EU/EES')).toBe('Vår e-post sköts av Exempel AB och stannar inom EU/EES.');
    expect(definition(sv, 'Hur länge vi sparar dem')).toBe('Ett år efter att ärendet är avslutat.');
    const en = await render('/en/your-data/');
    expect(definition(en, 'Transfers to countries outside the EU/EEA')).toBe('Our email is run by Exempel AB and stays within the EU/EEA.');
    expect(definition(en, 'How long we keep it')).toBe('One year after the case is closed.');
    // After the recipients, before the rights.
    const terms = facts(en).map(([term]) => term);
    expect(terms.indexOf('Transfers to countries outside the EU/EEA')).toBe(terms.indexOf('Who gets the data') + 1);
  });

  it('name the e-ID broker as a processor, what it gives and why, only when e-ID is configured', async () => {
    expect(text(await render('/dina-uppgifter/'))).not.toContain('e-legitimation');
    const eid = { broker: 'Idura ApS', minutes: 10 };
    expect(definition(await render('/dina-uppgifter/', { eid }), 'Om du styrker din identitet med e-legitimation')).toBe(
      'Då får vi ditt namn och personnummer från din e-legitimation genom Idura ApS, som förmedlar inloggningen åt oss som personuppgiftsbiträde. Vi använder dem för att veta att begäran kommer från dig, så att vi kan skicka svaret säkert, även elektroniskt. Webbplatsen har kvar dem i högst 10 minuter, eller tills du har skickat din begäran.',
    );
    expect(definition(await render('/en/your-data/', { eid }), 'If you verify your identity with e-ID')).toContain('through Idura ApS, which handles the login for us as our data processor');
  });
});
