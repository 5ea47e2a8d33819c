import { describe, expect, it } from 'vitest';
import { site, toInternationalPhone, postalAddressLine, absoluteUrl } from '../../src/site.config';

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
