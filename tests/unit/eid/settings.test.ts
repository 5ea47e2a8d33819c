import { describe, expect, it } from 'vitest';
import { eidSettings } from '../../../src/eid/settings';
import { loadGroup, processContext, SettingsError } from '../../../src/lib/settings';

const ACR_MISSING =
  'EID_ACR_VALUES must be set when EID_ISSUER is: the acr values of the e-ID methods to accept, separated by spaces (docs/e-id.md lists them for Idura and Signicat).';

const parseEidSettings = (env: Record<string, string>) => loadGroup(eidSettings, env, processContext());

const BANKID = 'urn:grn:authn:se:bankid:same-device urn:grn:authn:se:bankid:another-device:qr';
const complete = { EID_ISSUER: 'https://jainkasso.idura.broker', EID_CLIENT_ID: 'urn:my:application', EID_CLIENT_SECRET: 's3cret', EID_BROKER: 'Idura ApS', EID_ACR_VALUES: BANKID };

function problems(env: Record<string, string>): readonly string[] {
  try {
    parseEidSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  throw new Error('no problem found');
}

describe('the e-ID settings', () => {
  it('are off while nothing is set, or only set empty', () => {
    expect(parseEidSettings({})).toBeUndefined();
    expect(parseEidSettings({ EID_ISSUER: '', EID_CLIENT_ID: ' ', EID_PERSONNUMMER_CLAIM: 'nin' })).toBeUndefined();
  });

  it('take Idura\'s defaults: the personnummer in `ssn`, no extra scopes, ten minutes, the default return path; the accepted methods as set', () => {
    expect(parseEidSettings(complete)).toEqual({
      issuer: new URL(complete.EID_ISSUER),
      clientId: complete.EID_CLIENT_ID,
      clientSecret: complete.EID_CLIENT_SECRET,
      broker: 'Idura ApS',
      personnummerClaim: 'ssn',
      scopes: [],
      acrValues: ['urn:grn:authn:se:bankid:same-device', 'urn:grn:authn:se:bankid:another-device:qr'],
      redirectPath: '/e-legitimation/retur',
      verifiedSeconds: 600,
    });
  });

  it("take Signicat's: `nin` from UserInfo with its scope, and the acr values to require", () => {
    const settings = parseEidSettings({ ...complete, EID_PERSONNUMMER_CLAIM: 'nin', EID_SCOPES: 'profile nin', EID_ACR_VALUES: 'urn:signicat:oidc:method:sbid', EID_REDIRECT_PATH: '/eid/callback' });
    expect(settings).toMatchObject({ personnummerClaim: 'nin', scopes: ['profile', 'nin'], acrValues: ['urn:signicat:oidc:method:sbid'], redirectPath: '/eid/callback' });
  });

  it('stop the start with a sentence per missing or wrong value, never echoing it', () => {
    expect(problems({ EID_ISSUER: complete.EID_ISSUER })).toEqual([
      'EID_CLIENT_ID must be set when EID_ISSUER is (docs/e-id.md says where the broker shows it).',
      'EID_CLIENT_SECRET must be set when EID_ISSUER is (docs/e-id.md says where the broker shows it).',
      'EID_BROKER must be set when EID_ISSUER is (docs/e-id.md says where the broker shows it).',
      ACR_MISSING,
    ]);
    expect(problems({ EID_CLIENT_ID: 'x', EID_CLIENT_SECRET: 'hunter2' })).toEqual([
      'EID_CLIENT_ID and EID_CLIENT_SECRET are set but EID_ISSUER is not: set EID_ISSUER too, or unset them for no e-ID.',
    ]);
    const wrong = problems({ ...complete, EID_ISSUER: 'http://broker.example.com', EID_VERIFIED_SECONDS: '3600', EID_REDIRECT_PATH: 'retur', EID_PERSONNUMMER_CLAIM: 'ssn number' });
    expect(wrong).toHaveLength(4);
    expect(wrong.map((sentence) => sentence.split(' ')[0])).toEqual(['EID_ISSUER', 'EID_PERSONNUMMER_CLAIM', 'EID_REDIRECT_PATH', 'EID_VERIFIED_SECONDS']);
    expect(wrong.join(' ')).not.toContain('broker.example.com');
    expect(wrong[0]).toMatch(/^EID_ISSUER must be the broker's https issuer URL/);
  });

  it('stop the start with one sentence while e-ID is on and no accepted method is set: any method the broker offers would count', () => {
    const { EID_ACR_VALUES: _, ...withoutMethods } = complete;
    expect(problems(withoutMethods)).toEqual([ACR_MISSING]);
    expect(problems({ ...complete, EID_ACR_VALUES: '  ' })).toEqual([ACR_MISSING]);
    expect(problems({ ...complete, EID_ACR_VALUES: 'urn:a  urn:b' })).toEqual(['EID_ACR_VALUES must be acr values separated by spaces.']);
    // Off, nothing is required; set without the issuer, it is named with the others.
    expect(parseEidSettings({})).toBeUndefined();
    expect(problems({ EID_ACR_VALUES: BANKID })).toEqual(['EID_ACR_VALUES is set but EID_ISSUER is not: set EID_ISSUER too, or unset them for no e-ID.']);
  });

  it('name a wrong issuer and the missing client together, so one start shows both', () => {
    expect(problems({ EID_ISSUER: 'http://example.com', EID_CLIENT_SECRET: 'hunter2' })).toEqual([
      "EID_ISSUER must be the broker's https issuer URL, e.g. https://jainkasso.idura.broker.",
      'EID_CLIENT_ID must be set when EID_ISSUER is (docs/e-id.md says where the broker shows it).',
      'EID_BROKER must be set when EID_ISSUER is (docs/e-id.md says where the broker shows it).',
      ACR_MISSING,
    ]);
  });

  it('take scope names separated by spaces, and say so for commas', () => {
    expect(problems({ ...complete, EID_SCOPES: 'profile,nin' })).toEqual(['EID_SCOPES separates scope names with spaces, not commas, e.g. "profile nin".']);
    expect(problems({ ...complete, EID_SCOPES: 'profile, nin' })).toHaveLength(1);
  });

  it('allow http only on this machine (the tests\' provider)', () => {
    expect(parseEidSettings({ ...complete, EID_ISSUER: 'http://127.0.0.1:9000' })?.issuer.href).toBe('http://127.0.0.1:9000/');
    expect(problems({ ...complete, EID_ISSUER: 'http://10.0.0.5:9000' })).toHaveLength(1);
  });
});
