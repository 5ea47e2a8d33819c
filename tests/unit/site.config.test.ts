import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  site,
  toInternationalPhone,
  postalAddressLine,
  absoluteUrl,
  parseSiteFacts,
  readSiteFacts,
  siteFactsFile,
  SiteFactsError,
  SITE_FACTS_EXAMPLE,
} from '../../src/site.config';

describe('site config', () => {
  it("holds the client's contact facts as the client writes them", () => {
    expect(site.name).toBe('J A Inkasso & Consulting AB');
    expect(postalAddressLine).toBe('Box 358, 801 05 GÄVLE');
    expect(site.phone).toBe('026-16 64 70');
    expect(site.email).toBe('info@jainkasso.se');
  });

  it('invents none of the facts only the client can give: they stay unset until it does', () => {
    expect(site.organisationsnummer).toBeUndefined();
    expect(site.permit).toBeUndefined();
    expect(site.gaRetentionMonths).toBeUndefined();
    expect(site.requestRetention).toBeUndefined();
    expect(site.mailProvider).toBeUndefined();
  });

  it('turns the national phone number into the international form a tel: link needs', () => {
    expect(toInternationalPhone('026-16 64 70')).toBe('+4626166470');
    expect(toInternationalPhone('08-123 456 78')).toBe('+46812345678');
  });

  it("leaves the accessibility statement's date and answer time unset: the client and the team give them", () => {
    expect(site.accessibilityAssessedOn).toBeUndefined();
    expect(site.accessibilityResponseTime).toBeUndefined();
  });

  it('makes absolute URLs on the canonical origin', () => {
    expect(absoluteUrl('/kontakt/')).toBe('https://www.jainkasso.se/kontakt/');
  });
});

describe("the site's facts file (SITE_FACTS_FILE)", () => {
  const URL_ = 'https://www.jainkasso.se';
  const example = readFileSync(SITE_FACTS_EXAMPLE, 'utf8');

  it("is the repository's example unless SITE_FACTS_FILE names another, relative to the working directory", () => {
    expect(siteFactsFile({}, '/srv/jainkasso-web')).toBe('/srv/jainkasso-web/site-facts.example.json');
    expect(siteFactsFile({ SITE_FACTS_FILE: ' ' }, '/srv/jainkasso-web')).toBe('/srv/jainkasso-web/site-facts.example.json');
    expect(siteFactsFile({ SITE_FACTS_FILE: '/etc/jainkasso-web-facts.json' }, '/srv/jainkasso-web')).toBe('/etc/jainkasso-web-facts.json');
  });

  it('holds the facts the site shows (the example is what the site is built with here), checked by the schema', () => {
    expect(parseSiteFacts(example, 'example.json', URL_)).toEqual(site);
  });

  it("takes a fact only the client can give from the file, in the schema's shape", () => {
    const facts = { ...(JSON.parse(example) as object), organisationsnummer: '556000-0000', gaRetentionMonths: 14 };
    expect(parseSiteFacts(JSON.stringify(facts), 'facts.json', URL_)).toMatchObject({ organisationsnummer: '556000-0000', gaRetentionMonths: 14 });
  });

  it('names the file and each wrong field, without a stack trace', () => {
    const facts = { ...(JSON.parse(example) as object), organisationsnummer: '5560000000', phone: '+46 26 16 64 70' };
    let error: Error | undefined;
    try {
      parseSiteFacts(JSON.stringify(facts), '/etc/jainkasso-web-facts.json', URL_);
    } catch (e) {
      error = e as Error;
    }
    expect(error).toBeInstanceOf(SiteFactsError);
    expect(error?.message).toMatch(/^The site's facts file \/etc\/jainkasso-web-facts\.json \(SITE_FACTS_FILE\) is invalid:\n/);
    expect(error?.message).toContain('organisationsnummer must look like "556123-4567"\n  → at organisationsnummer');
    expect(error?.message).toContain('phone must be a Swedish number in national form');
    expect(error?.stack).toBe('');
  });

  it('says so when it is not JSON, or not there', () => {
    expect(() => parseSiteFacts('{ name: "x" }', 'facts.json', URL_)).toThrow("The site's facts file facts.json (SITE_FACTS_FILE) is not valid JSON: compare it with site-facts.example.json.");
    expect(() => readSiteFacts('/nonexistent/facts.json')).toThrow(
      "The site's facts file /nonexistent/facts.json (SITE_FACTS_FILE) does not exist: copy site-facts.example.json there, or point SITE_FACTS_FILE at it.",
    );
  });
});
