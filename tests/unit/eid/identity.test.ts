import { describe, expect, it } from 'vitest';
import { identityFromClaims, methodName } from '../../../src/eid/identity';

const now = new Date('2026-12-04T10:00:00Z');
const authTime = Math.floor(now.getTime() / 1000) - 30;
const idToken = { iss: 'https://jainkasso.idura.broker', sub: 'abc', auth_time: authTime, name: 'Eva Legitimerad', ssn: '199001010017', acr: 'urn:grn:authn:se:bankid:same-device' };
/** Idura's settings accepting BankID on the same device (EID_ACR_VALUES). */
const idura = { personnummerClaim: 'ssn', acrValues: ['urn:grn:authn:se:bankid:same-device'] };

describe('the identity in an e-ID login', () => {
  it("takes the personnummer from the ID token's claim, as ÅÅÅÅMMDD-NNNN, with name, method, time and issuer", () => {
    expect(identityFromClaims(idToken, undefined, idura, now)).toEqual({
      ok: true,
      identity: {
        personnummer: '19900101-0017',
        name: 'Eva Legitimerad',
        method: 'BankID',
        acr: 'urn:grn:authn:se:bankid:same-device',
        authenticatedAt: new Date(authTime * 1000).toISOString(),
        issuer: 'https://jainkasso.idura.broker',
      },
    });
  });

  it('takes it from UserInfo when the ID token lacks it (Signicat: nin), and the name from given and family names', () => {
    const { ssn: _, name: __, ...bare } = idToken;
    const result = identityFromClaims(bare, { sub: 'abc', nin: '199001010017', given_name: 'Eva', family_name: 'Legitimerad' }, { personnummerClaim: 'nin', acrValues: idura.acrValues }, now);
    expect(result).toMatchObject({ ok: true, identity: { personnummer: '19900101-0017', name: 'Eva Legitimerad' } });
  });

  it('refuses a login without a personnummer, with one that is not valid, or without an authentication time', () => {
    const { ssn: _, ...noNumber } = idToken;
    expect(identityFromClaims(noNumber, {}, idura, now)).toEqual({ ok: false, problem: 'no-personnummer' });
    expect(identityFromClaims({ ...idToken, ssn: '199001010018' }, undefined, idura, now)).toEqual({ ok: false, problem: 'invalid-personnummer' });
    const { auth_time: __, ...noTime } = idToken;
    expect(identityFromClaims(noTime, undefined, idura, now)).toEqual({ ok: false, problem: 'no-auth-time' });
  });

  it('refuses an acr the settings do not accept, a token without one, and every token while no method is accepted', () => {
    const strict = { personnummerClaim: 'ssn', acrValues: ['urn:grn:authn:se:bankid:same-device'] };
    expect(identityFromClaims(idToken, undefined, strict, now).ok).toBe(true);
    expect(identityFromClaims({ ...idToken, acr: 'urn:grn:authn:se:frejaeid' }, undefined, strict, now)).toEqual({ ok: false, problem: 'acr-not-allowed' });
    const { acr: _, ...noAcr } = idToken;
    expect(identityFromClaims(noAcr, undefined, strict, now)).toEqual({ ok: false, problem: 'acr-not-allowed' });
    // The settings never leave the list empty (EID_ACR_VALUES is required); were it empty, no method would count.
    expect(identityFromClaims(idToken, undefined, { personnummerClaim: 'ssn', acrValues: [] }, now)).toEqual({ ok: false, problem: 'acr-not-allowed' });
  });

  it('names the method by its acr: BankID, Freja eID, else the acr itself', () => {
    expect(methodName('urn:grn:authn:se:bankid:another-device:qr')).toBe('BankID');
    expect(methodName('urn:signicat:oidc:method:freja')).toBe('Freja eID');
    expect(methodName('urn:example:other')).toBe('urn:example:other');
    expect(methodName('urn:grn:authn:se:frejaid')).toBe('Freja eID');
  });
});
